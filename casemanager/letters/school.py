"""The school's details for the letterhead, the bevoegd gezag and who signs formal letters.

Set by the beheerder and kept in the dossier, so every letter from every workstation
carries the same letterhead.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from casemanager.errors import InvalidInput
from casemanager.permissions import Permission, require
from casemanager.texts import tr
from models.meta import SchoolDetails, SchoolSigner
from reports.document import Letterhead, Signer

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

MAX_LOGO_BYTES = 2 * 1024 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
LADDERS = ("leerling", "medewerker")
MAX_SIGNERS = 2


@dataclass(frozen=True)
class SchoolInfo:
    name: str
    street: str = ""
    postcode: str = ""
    place: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    board_name: str = ""
    board_street: str = ""
    board_postcode: str = ""
    board_place: str = ""
    has_logo: bool = False

    @property
    def board_address(self) -> str:
        """ "Postbus 1200, 6201 BE Maastricht": where an objection is sent."""
        postal = " ".join(p for p in (self.board_postcode, self.board_place) if p)
        return ", ".join(p for p in (self.board_street, postal) if p)


# the SchoolInfo fields a beheerder may set, and the model column each one is
EDITABLE = tuple(f.name for f in fields(SchoolInfo) if f.name != "has_logo")


def school_info(uow: UnitOfWork) -> SchoolInfo:
    """Readable by every signed-in user: it is on every letter."""
    row = _row(uow)
    values = {name: getattr(row, name) or "" for name in EDITABLE}
    return SchoolInfo(**values, has_logo=row.logo_png is not None)


def update_school(uow: UnitOfWork, **changes: str) -> SchoolInfo:
    require(uow.actor, Permission.MANAGE_SCHOOL)
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise InvalidInput(tr("Onbekend schoolgegeven: {names}.", names=", ".join(unknown)))
    if "name" in changes and not changes["name"].strip():
        raise InvalidInput(tr("De naam van de school mag niet leeg zijn."))
    row = _row(uow)
    for name, value in changes.items():
        setattr(row, name, value.strip())
    uow.audit("school.update", "school_details", row.id, fields=sorted(changes))
    return school_info(uow)


def set_logo(uow: UnitOfWork, png: bytes | None) -> None:
    """A PNG for the letterhead, or ``None`` to remove it."""
    require(uow.actor, Permission.MANAGE_SCHOOL)
    if png is not None:
        if not png.startswith(PNG_MAGIC):
            raise InvalidInput(
                tr(
                    "Het logo moet een PNG-bestand zijn. Sla het logo op als PNG en kies het "
                    "opnieuw."
                )
            )
        if not _readable_image(png):
            raise InvalidInput(
                tr("Het logo is beschadigd of geen echte afbeelding. Sla het opnieuw op als PNG.")
            )
        if len(png) > MAX_LOGO_BYTES:
            raise InvalidInput(
                tr(
                    "Het logo is {size} MB; het maximum is 2 MB. "
                    "Verklein het logo (een breedte van 600 pixels is ruim genoeg).",
                    size=len(png) / 1024 / 1024,
                )
            )
    row = _row(uow)
    row.logo_png = png
    uow.audit("school.logo", "school_details", row.id, removed=png is None)


def _readable_image(data: bytes) -> bool:
    from PIL import Image  # only the beheerder setting a logo needs it

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return False
    return True


def logo(uow: UnitOfWork) -> bytes | None:
    return _row(uow).logo_png


def set_signers(uow: UnitOfWork, ladder: str, signers: list[Signer]) -> None:
    """Who signs the formal (aangetekende) letters of this ladder, in order."""
    require(uow.actor, Permission.MANAGE_SCHOOL)
    if ladder not in LADDERS:
        raise InvalidInput(
            tr("Kies 'leerling' of 'medewerker' als soort zaak, niet '{ladder}'.", ladder=ladder)
        )
    if len(signers) > MAX_SIGNERS:
        raise InvalidInput(
            tr("Een brief heeft ten hoogste {maximum} ondertekenaars.", maximum=MAX_SIGNERS)
        )
    for signer in signers:
        if not signer.name.strip() or not signer.function.strip():
            raise InvalidInput(tr("Geef elke ondertekenaar een naam én een functie."))
    uow.session.execute(delete(SchoolSigner).where(SchoolSigner.ladder == ladder))
    for position, signer in enumerate(signers):
        uow.session.add(
            SchoolSigner(
                name=signer.name.strip(),
                function=signer.function.strip(),
                ladder=ladder,
                position=position,
            )
        )
    uow.audit("school.signers", "school_signer", ladder, count=len(signers))


def signers_for(uow: UnitOfWork, ladder: str) -> tuple[Signer, ...]:
    rows = uow.session.scalars(
        select(SchoolSigner).where(SchoolSigner.ladder == ladder).order_by(SchoolSigner.position)
    )
    return tuple(Signer(row.name, row.function) for row in rows)


def letterhead(uow: UnitOfWork) -> Letterhead:
    row = _row(uow)
    return Letterhead(
        school_name=row.name,
        street=row.street,
        postcode=row.postcode,
        place=row.place,
        phone=row.phone,
        email=row.email,
        website=row.website,
        logo_png=row.logo_png,
    )


def _row(uow: UnitOfWork) -> SchoolDetails:
    row = uow.session.scalar(select(SchoolDetails).order_by(SchoolDetails.id).limit(1))
    if row is None:  # every dossier gets one at creation; this only guards damaged files
        raise InvalidInput(
            tr("Dit dossier heeft geen schoolgegevens. Vraag de beheerder ze in te vullen.")
        )
    return row
