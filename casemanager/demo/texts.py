"""The words of the demo cases: subjects per violation, facts, statements, hearing reports,
motivations, objections; and small generated screenshots as evidence."""

from __future__ import annotations

import random
import struct
import zlib

from casemanager.policy.schema import Violation

STUDENT_PLATFORMS = ("Snapchat", "TikTok", "Instagram", "WhatsApp", "Discord", "YouTube")
ADULT_PLATFORMS = ("Facebook", "WhatsApp", "X", "Instagram", "LinkedIn")
SCHOOL_SYSTEMS = ("Somtoday", "itslearning", "Microsoft Teams", "Outlook", "OneDrive")
PLACES = ("online", "online", "online", "in de les", "schoolplein", "kantine", "mediatheek")

SUBJECTS: dict[str, tuple[str, ...]] = {
    "A1-LES": ("Tijdens de les actief op {platform} zonder toestemming",),
    "A2-INFO": (
        "Persoonlijke gegevens van een medeleerling gedeeld op {platform}",
        "Vertrouwelijke informatie over een klasgenoot doorgestuurd",
    ),
    "A5-BEELD": (
        "Filmpje van een les op {platform} gezet zonder toestemming",
        "Foto van een docent op {platform} geplaatst",
    ),
    "A5-SEKS": ("Naaktfoto van een leerling doorgestuurd via {platform}",),
    "A6-PEST": (
        "Pesten van een klasgenoot in de groepsapp",
        "Buitensluiten en uitlachen via {platform}",
    ),
    "A6-KWETS": (
        "Beledigende reacties onder een bericht op {platform}",
        "Kwetsende opmerkingen over uiterlijk via {platform}",
    ),
    "A6-STALK": ("Herhaaldelijk ongewenste berichten gestuurd via {platform}",),
    "A6-DREIG": (
        "Dreigend bericht aan een medeleerling op {platform}",
        "Bedreiging van een docent in een reactie op {platform}",
    ),
    "A6-ZWART": ("Valse beschuldigingen over een docent op {platform}",),
    "A6-DISCR": ("Discriminerende opmerkingen in de klassenchat",),
    "A6-INTIM": ("Een klasgenoot onder druk gezet via {platform}",),
    "A6-DOXING": ("Adres en telefoonnummer van een leerling online gezet",),
    "A6-SEXTORTION": ("Gedreigd met het verspreiden van foto's tenzij er betaald wordt",),
    "PRIVE": ("Privéberichten uitgewisseld tussen leerling en medewerker via {platform}",),
    "B1-VERMELD": (
        "Over de school gediscussieerd op {platform} zonder te zeggen medewerker te zijn",
    ),
    "B2-ESCALATIE": ("Ontsporende discussie met ouders niet voorgelegd aan de leidinggevende",),
    "B3-TWIJFEL": ("Bericht over een schoolincident geplaatst zonder overleg",),
    "C1-VERTROUWELIJK": ("Vertrouwelijke informatie over leerlingen gedeeld op {platform}",),
    "C2-TITEL": ("Reactie over de school geplaatst zonder vermelding van persoonlijke titel",),
    "C3-MENING": ("Bericht over schoolbeleid zonder de vermelding 'persoonlijke mening'",),
    "INT-VERGRENDEL": ("Computer in het lokaal onvergrendeld achtergelaten",),
    "INT-WACHTWOORD": ("Wachtwoord van het schoolaccount gedeeld met een ander",),
    "INT-ACCOUNT": (
        "Ingelogd op het Somtoday-account van een ander",
        "Berichten verstuurd vanaf het schoolaccount van een medeleerling",
    ),
    "INT-SOFTWARE": ("App zonder verwerkersovereenkomst gebruikt voor leerlinggegevens",),
    "INT-SCHOOLACCOUNT": ("Schoolaccount gebruikt voor respectloze berichten via {platform}",),
    "INT-APPARAAT": ("Schoolgegevens op een onbeveiligde eigen laptop gezet",),
    "INT-VERLIES": ("Verlies van een schoollaptop niet gemeld",),
    "INT-DATALEK": ("E-mail met een cijferlijst naar de verkeerde ontvanger; niet gemeld",),
}
ADULT_SUBJECTS: dict[str, dict[str, str]] = {
    "ouder": {
        "A2-INFO": "Gegevens van een leerling gedeeld in een oudergroep op {platform}",
        "A5-BEELD": "Foto's van een schoolactiviteit met andere kinderen op {platform} gezet",
        "A6-PEST": "Negatieve berichten over een leerling in een oudergroep",
        "A6-KWETS": "Beledigende reacties over een docent op {platform}",
        "A6-ZWART": "Beschuldigingen aan het adres van een docent op {platform}",
        "A6-DREIG": "Dreigend bericht aan een docent via {platform}",
        "A6-INTIM": "Intimiderende berichten aan een mentor via {platform}",
    },
    "medewerker": {
        "A1-LES": "Tijdens de les actief op {platform} zonder toestemming",
        "A2-INFO": "Informatie over een leerling gedeeld op {platform}",
        "A5-BEELD": "Foto van leerlingen op een privéaccount op {platform} gezet",
        "A6-KWETS": "Kwetsende opmerking over een leerling op {platform}",
        "PRIVE": "Privéberichten uitgewisseld met een leerling via {platform}",
    },
}
FACTS = {
    "leerling": (
        "Het bericht werd binnen korte tijd door veel leerlingen gezien.",
        "Een medeleerling maakte schermafbeeldingen en gaf die aan de mentor.",
        "De melding kwam binnen via de mentor na een gesprek met de klas.",
        "Ouders van een betrokken leerling belden de school over de berichten.",
        "Het account is inmiddels verwijderd, maar er circuleren nog kopieën.",
        "De betrokkene erkent het bericht te hebben geplaatst en noemt het een grap.",
        "Het slachtoffer voelt zich niet veilig op school en bleef een dag thuis.",
        "Het gaat om meerdere berichten, verspreid over ongeveer een week.",
        "Een docent zag het gebeuren en meldde het direct bij de teamleider.",
    ),
    "volwassene": (
        "Het bericht is door een collega opgemerkt en aan de leidinggevende doorgegeven.",
        "Een ouder heeft de school op het bericht gewezen.",
        "Het bericht is openbaar en is meerdere keren gedeeld.",
        "De betrokkene heeft het bericht na een telefoontje van de school verwijderd.",
        "De melder heeft schermafbeeldingen gemaakt.",
    ),
    "internet": (
        "De ICT-afdeling heeft de inloggegevens in het logboek nagekeken.",
        "Een docent merkte het op tijdens een toets.",
        "De systeembeheerder zag ongebruikelijke inlogpogingen.",
        "Het wachtwoord is inmiddels gewijzigd.",
        "De melding kwam van de functionaris gegevensbescherming.",
    ),
}
STATEMENTS = {
    "betrokkene": (
        "Ik wilde niemand kwetsen; het was bedoeld als grap binnen de groep.",
        "Ik heb het bericht doorgestuurd, maar ik heb het niet zelf gemaakt.",
        "Ik geef toe dat het fout was en ik heb het meteen verwijderd.",
        "Ik was boos na de ruzie van die middag en heb niet nagedacht.",
    ),
    "slachtoffer": (
        "Ik zag het bericht 's avonds en durfde de volgende dag niet naar school.",
        "Dit gaat al weken zo; ik word steeds uitgelachen in de groep.",
        "Ik wil vooral dat het stopt en dat de foto overal wordt verwijderd.",
    ),
    "getuige": (
        "Ik zat in dezelfde groepsapp en zag dat het bericht daar werd geplaatst.",
        "Ik heb gezien dat er in de pauze werd gefilmd zonder dat iemand het vroeg.",
    ),
    "ouder": (
        "Wij zijn geschrokken en willen dat de school dit serieus oppakt.",
        "Wij hebben thuis met onze zoon of dochter gepraat; er is spijt.",
    ),
}
HEARING_REPORTS = {
    "leerling": (
        "De leerling erkent de feiten en toont spijt; er zijn afspraken over online gedrag.",
        "De leerling ontkent een deel van de feiten; de schermafbeeldingen zijn samen bekeken.",
        "Het gesprek verliep rustig. De gevolgen voor het slachtoffer zijn besproken.",
        "De leerling heeft de eigen kant van het verhaal verteld; de ouders waren aanwezig.",
    ),
    "volwassene": (
        "De betrokkene erkent de feiten en begrijpt waarom dit niet past bij de afspraken.",
        "De betrokkene betwist een deel van de feiten; de schermafbeeldingen zijn besproken.",
        "Het gesprek verliep rustig; de betrokkene werd bijgestaan door een adviseur.",
    ),
}
NOTES = (
    "Ouders telefonisch geïnformeerd over de melding.",
    "Mentor op de hoogte gebracht.",
    "Overleg met de zorgcoördinator.",
    "Herstelgesprek tussen de betrokken leerlingen gepland.",
    "Overleg met de vertrouwenspersoon.",
)
MOTIVATION_DOWN = (
    "De betrokkene toont oprecht spijt, heeft de berichten zelf verwijderd en excuses "
    "aangeboden aan het slachtoffer.",
    "Gezien de jonge leeftijd en de open houding tijdens het hoorgesprek volstaat hier een "
    "lichtere maatregel.",
    "De rol van de betrokkene was beperkt: het bericht is doorgestuurd, niet zelf gemaakt of "
    "bedacht.",
)
MOTIVATION_UP = (
    "De berichten zijn over langere tijd herhaald en het slachtoffer heeft grote gevolgen "
    "ondervonden; een zwaardere maatregel is nodig.",
    "Eerdere gesprekken en afspraken hebben geen verandering gebracht; de veiligheid van "
    "anderen op school weegt zwaar.",
)
DISMISSALS = (
    "Na onderzoek is niet vast komen te staan dat de betrokkene het bericht heeft geplaatst.",
    "Het account bleek niet van de betrokkene te zijn; de melding berustte op een misverstand.",
    "De situatie is in een herstelgesprek opgelost; een maatregel is niet nodig.",
)
REOPENINGS = (
    "Er zijn nieuwe schermafbeeldingen aangeleverd die de eerdere conclusie in twijfel trekken.",
    "Het slachtoffer meldt dat de berichten opnieuw zijn begonnen.",
)
OBJECTION_GROUNDS = (
    "De maatregel is te zwaar, omdat het de eerste keer was en er direct excuses zijn gemaakt.",
    "De betrokkene stelt niet degene te zijn die het bericht heeft geplaatst.",
    "Het hoorgesprek heeft niet zorgvuldig plaatsgevonden; niet alle feiten zijn besproken.",
)
OUTCOMES = {
    "ongegrond": "Na heroverweging blijft het besluit in stand; de maatregel past bij de ernst.",
    "gegrond": "Onvoldoende is vastgesteld dat de betrokkene de overtreding beging. Het besluit "
    "wordt ingetrokken.",
    "ingetrokken": "Het bezwaar is na een gesprek door de indiener ingetrokken.",
}
FOLLOW = {
    "gegrond": "Het besluit vervalt; neem zo nodig een nieuw besluit.",
    "deels_gegrond": "Neem een nieuw besluit dat de beslissing volgt.",
}
KEEP = "Het besluit blijft staan; de zaak kan worden afgesloten."
LEAK_CATEGORIES = (
    "naam en klas", "adres en telefoonnummer", "cijfers uit Somtoday", "foto's",
    "inloggegevens", "gegevens over zorg en begeleiding",
)  # fmt: skip
LEAK_REPORTED = "Gegevens van minderjarigen zijn openbaar geworden; risico niet uit te sluiten."
LEAK_NOT_REPORTED = (
    "Het apparaat was versleuteld; er is geen risico voor de betrokkenen.",
    "De gegevens zijn binnen een uur verwijderd en niet verder verspreid.",
)


def subject_for(rng: random.Random, violation: Violation, platform: str, audience: str) -> str:
    """A subject line; ``audience`` is the subject's kind, or 'internet' for INT- codes."""
    where = platform or "sociale media"
    if audience in ADULT_SUBJECTS:
        template = ADULT_SUBJECTS[audience].get(violation.code)
        if template is None:
            return (f"{violation.title} ({platform})" if platform else violation.title)[:300]
        return template.format(platform=where)[:300]
    templates = SUBJECTS.get(violation.code, (violation.title,))
    return rng.choice(templates).format(platform=where)[:300]


def description_for(rng: random.Random, subject: str, audience: str) -> str:
    pool = FACTS.get(audience) or FACTS["volwassene" if audience in ADULT_SUBJECTS else "leerling"]
    return " ".join([f"{subject}.", *rng.sample(pool, rng.randint(1, 2))])


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def screenshot_png(rng: random.Random, width: int = 40, height: int = 20) -> bytes:
    """A tiny valid PNG that looks like a message: a coloured bar and a few 'text lines'."""
    background = bytes(rng.randint(200, 255) for _ in range(3))
    bar = bytes(rng.randint(0, 160) for _ in range(3))
    ink = bytes(rng.randint(20, 90) for _ in range(3))
    rows = []
    for y in range(height):
        if y < 4:
            rows.append(b"\x00" + bar * width)
        elif y % 3 == 0:
            length = rng.randint(8, width - 4)
            rows.append(b"\x00" + background * 2 + ink * length + background * (width - 2 - length))
        else:
            rows.append(b"\x00" + background * width)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + _chunk(b"IEND", b"")
    )


def handle(rng: random.Random) -> str:
    words = ("sunny", "dark", "real", "just", "its", "the", "mr", "xx", "lil", "echt")
    tails = ("fox", "vibes", "gamer", "limburg", "mestreech", "queen", "king", "maas")
    return f"{rng.choice(words)}_{rng.choice(tails)}{rng.randint(1, 999)}"


def evidence_url(rng: random.Random, platform: str, account: str) -> str:
    code = "".join(
        rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(11)
    )
    digits = "".join(str(rng.randint(0, 9)) for _ in range(19))
    return {
        "Instagram": f"https://www.instagram.com/p/{code}/",
        "TikTok": f"https://www.tiktok.com/@{account}/video/{digits}",
        "YouTube": f"https://www.youtube.com/watch?v={code}",
        "X": f"https://x.com/{account}/status/{digits}",
        "Facebook": f"https://www.facebook.com/{account}/posts/{digits[:15]}",
        "Discord": f"https://discord.com/channels/{digits[:18]}/{digits[1:19]}",
        "LinkedIn": f"https://www.linkedin.com/posts/{account}_{code}",
    }.get(platform, "")
