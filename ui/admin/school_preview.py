"""A sample letter with the letterhead as it is being typed, shown as the PDF it becomes.

The sample is one of the policy's letters, filled from the school's own template (or the
default one) with the example data of ``reports.fields`` and the school details from the
form, not yet saved. It is rendered in the thread pool half a second after typing stops;
a newer draft that arrives meanwhile is rendered as soon as the running one is done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from casemanager.dutch import long_date
from casemanager.letters.school import SchoolInfo
from casemanager.policy.schema import Policy
from reports.document import LetterDocument, Letterhead, Signer
from reports.fields import example_context
from reports.markup import TEMPLATE_SUFFIX
from ui.cases.case_common import kind_label
from ui.cases.form_widgets import hint_label
from ui.core_text import term
from ui.tasks import Task, error_text, run_task

DEBOUNCE_MS = 500
EXAMPLE_SIGNER = Signer("M. de Vries", "teamleider")  # reports.fields: maatregel.genomen_door
EXAMPLE_ADDRESS = ("De heer en mevrouw Doğan", "Voorbeeldstraat 12", "1234 AB Voorbeeldplaats")


@dataclass(frozen=True)
class Sample:
    """A letter type to show, the ladder it belongs to and whether it goes registered."""

    letter_type: str
    title: str
    ladder: str
    registered: bool


@dataclass(frozen=True)
class Draft:
    """What the form holds now: the details, the logo and the signers per ladder."""

    info: SchoolInfo
    logo: bytes | None
    signers: dict[str, tuple[Signer, ...]] = field(default_factory=dict)


def samples(policy: Policy) -> list[Sample]:
    """The letters to people that the policy's ladders make, registered ones first."""
    found: dict[str, Sample] = {}
    for name, ladder in policy.ladders.items():
        for rung in ladder.rungs:
            for code in (*rung.letters, *rung.intent_letters):
                if code in policy.recipients or code in found or code not in policy.letter_types:
                    continue
                found[code] = Sample(code, policy.letter_types[code], name, rung.registered_letter)
    return sorted(found.values(), key=lambda s: (not s.registered, s.ladder != "leerling"))


def school_fields(info: SchoolInfo) -> dict[str, str]:
    """The template's ``school`` group, as ``letters.context`` fills it for a real letter."""
    postal = " ".join(p for p in (info.postcode, info.place) if p)
    own_address = ", ".join(p for p in (info.street, postal) if p)
    return {
        "naam": info.name, "adres": info.street, "postcode": info.postcode,
        "plaats": info.place, "telefoon": info.phone, "email": info.email,
        "website": info.website, "bevoegd_gezag": info.board_name or info.name,
        "bevoegd_gezag_adres": info.board_address or own_address,
    }  # fmt: skip


def render_sample(draft: Draft, sample: Sample, source: str, on: dt.date) -> bytes:
    """The sample letter as PDF (runs in the thread pool: no Qt here)."""
    from reports.pdf_render import render_letter_pdf
    from reports.templating import render

    context = example_context()
    context["school"] = school_fields(draft.info)
    context["contactpersoon"] |= {"telefoon": draft.info.phone, "email": draft.info.email}
    parsed = render(f"{sample.letter_type}{TEMPLATE_SUFFIX}", source, context)
    info = draft.info
    signers = draft.signers.get(sample.ladder, ()) if sample.registered else ()
    document = LetterDocument(
        letterhead=Letterhead(
            school_name=info.name, street=info.street, postcode=info.postcode, place=info.place,
            phone=info.phone, email=info.email, website=info.website, logo_png=draft.logo,
        ),
        address_lines=EXAMPLE_ADDRESS,
        place_date=f"{info.place}, {long_date(on)}" if info.place else long_date(on),
        reference=str(context["zaak"]["nummer"]),
        subject=parsed.subject,
        blocks=parsed.blocks,
        signers=signers or (EXAMPLE_SIGNER,),
        registered=sample.registered,
        title=f"Voorbeeld: {sample.title}",
    )  # fmt: skip
    return render_letter_pdf(document)


class LetterPreview(QWidget):
    """The sample chooser and the PDF. ``show_draft`` (re)starts the half-second wait."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.samples: list[Sample] = []
        self.sources: dict[str, str] = {}
        self.draft: Draft | None = None
        self.pdf: bytes = b""  # the PDF on screen
        self.task: Task | None = None
        self._again = False
        self._buffer: QBuffer | None = None
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self._render)

        self.choice = QComboBox(objectName="sampleLetter")
        self.choice.currentIndexChanged.connect(lambda _i: self.show_draft(self.draft))
        self.document = QPdfDocument(self)
        self.view = QPdfView(objectName="schoolPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.status = hint_label(name="previewStatus")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Voorbeeld</b>")))
        top.addSpacing(8)
        top.addWidget(self.choice, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def set_samples(self, found: list[Sample], sources: dict[str, str]) -> None:
        self.samples, self.sources = found, sources
        previous = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        for sample in found:
            extra = self.tr(", aangetekend") if sample.registered else ""
            title, ladder = term(sample.title), kind_label(sample.ladder)
            self.choice.addItem(f"{title} ({ladder}{extra})", sample.letter_type)
        index = self.choice.findData(previous)
        self.choice.setCurrentIndex(max(index, 0))
        self.choice.blockSignals(False)

    def current_sample(self) -> Sample | None:
        index = self.choice.currentIndex()
        return self.samples[index] if 0 <= index < len(self.samples) else None

    def show_draft(self, draft: Draft | None) -> None:
        self.draft = draft
        if draft is not None:
            self.status.setText(self.tr("Het voorbeeld wordt bijgewerkt…"))
            self.timer.start()

    def _render(self) -> None:
        sample, draft = self.current_sample(), self.draft
        if sample is None or draft is None:
            return
        if self.task is not None:
            self._again = True
            return
        source = self.sources.get(sample.letter_type, "")
        today = dt.date.today()
        self.task = run_task(
            self,
            lambda: render_sample(draft, sample, source, today),
            self._rendered,
            on_error=self._failed,
        )

    def _rendered(self, pdf: bytes) -> None:
        self._finish()
        self.pdf = pdf
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        old, self._buffer = self._buffer, buffer
        if old is not None:
            old.close()
            old.deleteLater()
        self.status.setText(
            self.tr("Zo ziet een brief eruit met de gegevens links, ook als ze nog niet zijn "
                    "opgeslagen. De leerling en de zaak zijn verzonnen.")
        )  # fmt: skip

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.status.setText(
            self.tr("Het voorbeeld kon niet worden gemaakt. %s") % error_text(error)
        )

    def _finish(self) -> None:
        self.task = None
        if self._again:
            self._again = False
            self.timer.start()
