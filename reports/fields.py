"""The fields a letter template may use, with a description and an example of each.

This one table serves three purposes: ``policy check`` refuses a template that names a
field not listed here (with the template's name and line), the check renders every
template once with the examples, and the beheerder can print the list to see what is
available.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Field:
    description: str
    example: Any


@dataclass(frozen=True)
class Group:
    """A field with named sub-fields: ``{{ zaak.nummer }}``. ``optional`` groups may be
    empty (no hearing yet), so a template tests them first: ``{% if hoorgesprek %}``."""

    description: str
    fields: dict[str, Field]
    optional: bool = False


@dataclass(frozen=True)
class ListOf:
    """A list of groups, for ``{% for o in overtredingen %}``."""

    description: str
    fields: dict[str, Field]


Spec = Field | Group | ListOf

F = Field

SCHOOL = Group("de school", {
    "naam": F("naam van de school", "Stedelijk College De Maas"),
    "adres": F("straat en huisnummer", "Wilhelminasingel 12"),
    "postcode": F("postcode", "6211 KL"),
    "plaats": F("plaats", "Maastricht"),
    "telefoon": F("telefoonnummer", "043 321 45 67"),
    "email": F("e-mailadres", "info@demaas.example"),
    "website": F("website", "www.demaas.example"),
    "bevoegd_gezag": F("naam van het bevoegd gezag", "Stichting Voortgezet Onderwijs Maasland"),
    "bevoegd_gezag_adres": F("adres van het bevoegd gezag op één regel",
                             "Postbus 1200, 6201 BE Maastricht"),
})  # fmt: skip

CASE = Group("de zaak", {
    "nummer": F("zaaknummer, ook het kenmerk van de brief", "2026-0042"),
    "onderwerp": F("korte omschrijving van de zaak", "Beledigende berichten in een klassengroep"),
    "datum_voorval": F("datum van het voorval", "12 november 2026"),
    "tijd_voorval": F("tijd van het voorval, of leeg", "14.35 uur"),
    "plaats_voorval": F("waar het gebeurde", "klassengroep van 2B"),
    "platform": F("platform of dienst", "WhatsApp"),
    "omschrijving": F("de feiten, in neutrale woorden",
                      "In de klassengroep zijn berichten over een medeleerling geplaatst."),
    "datum_melding": F("datum van de melding", "13 november 2026"),
})  # fmt: skip

SUBJECT_PERSON = Group("de persoon over wie de zaak gaat", {
    "naam": F("volledige naam", "Ayşe Doğan"),
    "voornaam": F("voornaam", "Ayşe"),
    "achternaam": F("achternaam met tussenvoegsel", "Doğan"),
    "klas": F("klas (leerlingen)", "2B"),
    "team": F("team of afdeling", "onderbouw havo/vwo"),
    "functie": F("functie (medewerkers)", ""),
    "soort": F("leerling, medewerker, ouder of overig", "leerling"),
    "minderjarig": F("waar als de persoon jonger is dan 18", True),
    "geboortedatum": F("geboortedatum, of leeg", "3 maart 2012"),
})  # fmt: skip

ADDRESSEE = Group("aan wie deze brief is gericht", {
    "naam": F("naam op de envelop", "De heer en mevrouw Doğan"),
    "aanhef": F("aanhef, zonder komma", "Geachte heer en mevrouw Doğan"),
    "is_ouder": F("waar als de brief aan ouders of verzorgers gaat", True),
})  # fmt: skip

VIOLATIONS = ListOf("de overtredingen in deze zaak", {
    "code": F("code uit het beleid", "SM-04"),
    "titel": F("naam van de overtreding", "Pesten of beledigen via sociale media"),
    "artikel": F("artikel van het protocol", "4.2"),
    "artikeltekst": F("tekst van het artikel",
                      "Leerlingen plaatsen geen berichten die anderen kwetsen of beledigen."),
    "pestprotocol": F("waar als bij deze overtreding het pestprotocol leidend is", True),
})  # fmt: skip

MEASURE = Group("de (voorgenomen) maatregel", {
    "code": F("code van de trede", "externe_schorsing"),
    "naam": F("naam van de maatregel", "Externe schorsing"),
    "begindatum": F("eerste dag, of leeg", "30 november 2026"),
    "einddatum": F("laatste dag, of leeg", "1 december 2026"),
    "duur": F("duur in woorden, of leeg", "2 schooldagen"),
    "dagen": F("duur als getal (0 zonder duur)", 2),
    "melding_inspectie": F("waar als het besluit bij de Inspectie wordt gemeld", True),
    "melding_leerplicht": F("waar als de leerplichtambtenaar wordt ingelicht", True),
    "motivering": F("motivering van de beslisser, of leeg", ""),
    "besluitdatum": F("datum van het besluit", "26 november 2026"),
    "genomen_door": F("naam en functie van wie besloot", "M. de Vries, teamleider"),
    "is_voornemen": F("waar als het nog een voornemen is", False),
}, optional=True)  # fmt: skip

HEARING = Group("het (geplande) hoorgesprek", {
    "datum": F("datum", "1 december 2026"),
    "tijd": F("tijd", "15.30 uur"),
    "plaats": F("plaats of lokaal", "kamer van de teamleider, lokaal A1.12"),
    "aanwezigen": F("wie er bij zijn", "M. de Vries (teamleider)"),
}, optional=True)  # fmt: skip

TERMS = Group("termijnen", {
    "bezwaar_weken": F("bezwaartermijn in weken", 6),
    "bezwaar_tot": F("laatste dag om bezwaar te maken, of leeg", "7 januari 2027"),
    "zienswijze_weken": F("termijn voor de zienswijze in weken", 3),
    "beslissing_bezwaar_weken": F("weken na de bezwaartermijn waarin op een bezwaar wordt beslist",
                                  4),
    "zienswijze_tot": F("laatste dag voor de zienswijze, of leeg", ""),
})  # fmt: skip

ARTICLES = ListOf("artikelen van het Wetboek van Strafrecht die kunnen gelden", {
    "artikel": F("artikelnummer", "266"),
    "omschrijving": F("in één regel", "eenvoudige belediging"),
})  # fmt: skip

PEOPLE = ListOf("betrokkenen en hun rol (nooit een adres)", {
    "naam": F("naam", "Ayşe Doğan"),
    "rol": F("rol in de zaak", "betrokkene"),
    "soort": F("leerling, medewerker, ouder of overig", "leerling"),
    "klas": F("klas, of leeg", "2B"),
    "geboortedatum": F("geboortedatum, of leeg", "3 maart 2012"),
})  # fmt: skip

CHRONOLOGY = ListOf("wat er gebeurde, op volgorde", {
    "datum": F("datum", "12 november 2026"),
    "tijd": F("tijd, of leeg", "14.35 uur"),
    "gebeurtenis": F("wat er gebeurde", "Melding ontvangen van de mentor."),
})  # fmt: skip

EVIDENCE = ListOf("bewijsmateriaal", {
    "bestandsnaam": F("bestandsnaam", "schermafbeelding-groep.png"),
    "platform": F("platform", "WhatsApp"),
    "url": F("internetadres, of leeg", "https://chat.example/g/2b"),
    "account": F("accountnaam, of leeg", "@2b_klassengroep"),
    "vastgelegd": F("wanneer het is vastgelegd", "12 november 2026 15.02 uur"),
    "sha256": F("SHA-256 van het bestand", "9f2c" * 16),
    "omschrijving": F("omschrijving, of leeg", "Schermafbeelding van het gesprek"),
})  # fmt: skip

MEASURES_TAKEN = ListOf("maatregelen die de school al nam", {
    "naam": F("maatregel", "Externe schorsing"),
    "besluitdatum": F("datum van het besluit", "26 november 2026"),
    "periode": F("begin en einde in woorden, of leeg", "30 november tot en met 1 december 2026"),
})  # fmt: skip

CONTACT = Group("contactpersoon van de school", {
    "naam": F("naam", "M. de Vries"),
    "functie": F("functie", "teamleider"),
    "telefoon": F("telefoon", "043 321 45 67"),
    "email": F("e-mailadres", "info@demaas.example"),
})  # fmt: skip

FIELDS: dict[str, Spec] = {
    "school": SCHOOL,
    "datum": F("datum van de brief", "26 november 2026"),
    "zaak": CASE,
    "betrokkene": SUBJECT_PERSON,
    "geadresseerde": ADDRESSEE,
    "overtredingen": VIOLATIONS,
    "maatregel": MEASURE,
    "hoorgesprek": HEARING,
    "termijnen": TERMS,
    "strafbaar": F("waar als een overtreding strafbaar kan zijn", True),
    "wetsartikelen": ARTICLES,
    "betrokkenen": PEOPLE,
    "chronologie": CHRONOLOGY,
    "bewijs": EVIDENCE,
    "maatregelen": MEASURES_TAKEN,
    "contactpersoon": CONTACT,
}


def example_context() -> dict[str, Any]:
    """Every field filled with its example: what ``policy check`` renders each template with."""
    context: dict[str, Any] = {}
    for name, spec in FIELDS.items():
        if isinstance(spec, Field):
            context[name] = spec.example
        elif isinstance(spec, Group):
            context[name] = {key: field.example for key, field in spec.fields.items()}
        else:
            context[name] = [{key: field.example for key, field in spec.fields.items()}] * 2
    return context


def field_list() -> list[tuple[str, str]]:
    """``(name, description)`` for every field, sub-fields written as ``zaak.nummer``."""
    rows: list[tuple[str, str]] = []
    for name, spec in FIELDS.items():
        rows.append((name, spec.description))
        if isinstance(spec, Group | ListOf):
            rows += [(f"{name}.{key}", field.description) for key, field in spec.fields.items()]
    return rows
