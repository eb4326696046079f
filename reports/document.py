"""What a letter or a report says, as plain data: the renderers turn it into PDF and DOCX.

Keeping the content apart from the format is what makes the PDF and the Word file of one
letter say exactly the same, and lets a stored letter be exported again without looking
at the case a second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Paragraph:
    """Running text; a ``"\\n"`` inside is a line break within the paragraph."""

    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # relative column widths (any scale); empty means equal widths
    widths: tuple[float, ...] = ()


Block = Heading | Paragraph | Bullets | Table


@dataclass(frozen=True)
class Letterhead:
    school_name: str
    street: str = ""
    postcode: str = ""
    place: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo_png: bytes | None = None

    @property
    def contact_lines(self) -> tuple[str, ...]:
        """The lines under the school's name, empty ones left out."""
        postal = " ".join(p for p in (self.postcode, self.place) if p)
        lines = [self.street, postal]
        if self.phone:
            lines.append(f"Telefoon {self.phone}")
        lines += [self.email, self.website]
        return tuple(line for line in lines if line)


@dataclass(frozen=True)
class Signer:
    name: str
    function: str


@dataclass(frozen=True)
class LetterDocument:
    """One letter to one addressee."""

    letterhead: Letterhead
    # the window-envelope block: name line(s), street, postcode and place
    address_lines: tuple[str, ...]
    place_date: str  # "Maastricht, 26 november 2026"
    reference: str  # the case number
    subject: str
    blocks: tuple[Block, ...]
    signers: tuple[Signer, ...] = ()
    registered: bool = False  # printed as "Aangetekend" above the address
    confidential: bool = True  # printed as "Vertrouwelijk"
    title: str = ""  # document metadata, e.g. "Schriftelijke waarschuwing 2026-0042"


@dataclass(frozen=True)
class ReportDocument:
    """A document that is not a letter: the aangifte summary, the inzage overview."""

    letterhead: Letterhead
    title: str
    reference: str
    date_line: str  # "Opgesteld op 26 november 2026 door …"
    blocks: tuple[Block, ...]
    subtitle: str = ""
    confidential: bool = True
    extra_meta: dict[str, str] = field(default_factory=dict)
