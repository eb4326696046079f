"""The recovery key on paper: one page to print and keep in a safe place."""

from __future__ import annotations

from reports.document import Bullets, Heading, Letterhead, Paragraph, ReportDocument


def recovery_key_document(
    school_name: str, dossier_name: str, recovery_key: str, made_on: str
) -> ReportDocument:
    return ReportDocument(
        letterhead=Letterhead(school_name=school_name),
        title="Herstelsleutel van het dossier",
        subtitle=dossier_name,
        reference=dossier_name,
        date_line=f"Aangemaakt op {made_on}",
        blocks=(
            Paragraph(
                "Met deze sleutel kan de beheerder het dossier weer openen als niemand zijn "
                "wachtwoord meer weet. Zonder wachtwoord én zonder deze sleutel is het dossier "
                "voor altijd onleesbaar: ook de leverancier kan dan niet helpen."
            ),
            Heading("De herstelsleutel"),
            Paragraph(recovery_key),
            Heading("Zo bewaart u hem"),
            Bullets(
                (
                    "Druk deze pagina af en bewaar haar in een kluis of een afgesloten kast, "
                    "niet bij de computer.",
                    "Bewaar geen digitale kopie op dezelfde computer of in de e-mail.",
                    "Geef de sleutel alleen aan wie het dossier namens de school mag beheren.",
                    "Is de sleutel mogelijk in verkeerde handen gekomen? Meld dat dan direct aan "
                    "de directie en de beheerder: het is een mogelijk datalek.",
                )
            ),
        ),
    )
