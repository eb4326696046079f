"""Names as a Dutch school has them: Dutch and Limburg names with their tussenvoegsels, and
names of Turkish, Moroccan, Polish, Surinamese, Antillean, Cape Verdean, Vietnamese, Syrian
and Eritrean origin, with their diacritics.

Faker's nl_NL, tr_TR and pl_PL locales fill pools once per seed; the other origins come
from the lists below. Everything is drawn with one ``random.Random``, so a seed always gives
the same names.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

POOL = 300  # names drawn from each Faker list per seed
TUSSENVOEGSELS = (
    "van der", "van den", "van de", "van het", "van 't", "in 't", "in de", "op de", "uit de",
    "van", "de", "den", "der", "ter", "ten", "te", "'t",
)  # fmt: skip
_SIMPLE_SURNAME = re.compile(r"^[^\W\d_][^\W\d_'\-]*(?:-[^\W\d_]+)?$")

LIMBURG = (
    ("", "Janssen"), ("", "Hermans"), ("", "Smeets"), ("", "Bemelmans"), ("", "Lemmens"),
    ("", "Ramakers"), ("", "Coenen"), ("", "Curfs"), ("", "Kerckhoffs"), ("", "Wetzels"),
    ("", "Pluijmaekers"), ("", "Frissen"), ("", "Schoonbrood"), ("", "Notermans"),
    ("", "Houben"), ("", "Habets"), ("", "Stassen"), ("", "Dassen"), ("", "Vroomen"),
    ("", "Wolfs"), ("", "Ubachs"), ("", "Lenaerts"), ("ter", "Horst"), ("ten", "Have"),
    ("van den", "Boogaard"), ("van de", "Wiel"), ("ter", "Beek"), ("van der", "Zee"),
    ("de", "Bruijn"), ("van", "Wijk"), ("van den", "Bosch"), ("'t", "Hart"),
)  # fmt: skip


@dataclass(frozen=True)
class Origin:
    """The names of one background. ``polish``: a woman or girl carries the female form of
    the family name (Kowalski → Kowalska). The adult lists, when given, are for parents and
    staff (a generation older); otherwise everyone draws from the children's lists."""

    key: str
    surnames: tuple[tuple[str, str], ...]
    male: tuple[str, ...]
    female: tuple[str, ...]
    adult_male: tuple[str, ...] = ()
    adult_female: tuple[str, ...] = ()
    polish: bool = False


# origin: surnames; boys; girls; men (parents, staff); women (parents, staff)
HAND = {
    "marokkaans": (
        "El Amrani, Bouzid, El Idrissi, Benali, Ouali, Azzouzi, El Khattabi, Boukhari, Tahiri, "
        "Ait Said, Bouchtaoui, El Haddouchi, Achahbar, Ziani",
        "Mohammed, Youssef, Ayoub, Bilal, Hamza, Ilias, Adam, Anas, Soufiane, Mehdi, Zakaria, "
        "Imran, Nassim, Othman",
        "Yasmina, Fatima, Nora, Imane, Salma, Aya, Hajar, Ikram, Soumaya, Kawtar, Malak, Rania, "
        "Sara, Doha",
        "Rachid, Abdelkader, Mustafa, Driss, Karim, Hassan, Mohamed, Ahmed",
        "Malika, Khadija, Samira, Naima, Loubna, Saïda, Fatiha, Hanane",
    ),
    "hindoestaans": (
        "Ramdin, Sewnandan, Ramkisoen, Jagesar, Mahabier, Baldewsingh, Sital, Ramautar, "
        "Jhinkoe, Bhagwandin, Rampersad, Autar, Soekhai, Kalloe",
        "Kishan, Ravi, Vikash, Dinesh, Ashwin, Navin, Rohan, Dev, Arjun",
        "Priya, Anjali, Kavita, Reshma, Nisha, Shanti, Asha, Divya, Sanjana",
        "Rajesh, Sunil, Anil, Radjinder, Soerin, Mahesh",
        "Sharda, Sunita, Radha, Indra, Sarita, Kamla",
    ),
    "creools": (
        "Martina, Isenia, Pinas, Doelwijt, Sabajo, Pengel, Wijngaarde, Tjon A Fong, Emanuelson, "
        "Martis, Koeiman, Felida, Girigorie, Leeflang, Kartosen, Sordam, Rozendaal",
        "Jermaine, Dwayne, Giovanni, Quincy, Jayden, Jurgen, Ryan, Shaquille",
        "Shanice, Kimberly, Chanella, Naomi, Jolyne, Zoë, Giselle, Shantè",
        "Clifton, Edsel, Rudsel, Humphrey, Orlando, Ruben",
        "Sharon, Jacqueline, Gracia, Mireille, Ingrid, Ivette",
    ),
    "kaapverdiaans": (
        "Gomes, Lopes, Fortes, Tavares, Monteiro, Semedo, Fernandes, Évora, Brito, Moreira, "
        "Delgado, Andrade",
        "Nélson, Adilson, Wilson, Edmilson, Denilson, Jailson, Kévin, Ivanildo",
        "Djamila, Cláudia, Jéssica, Ivanilda, Nádia, Sónia, Lúcia, Mariana",
        "António, José, Manuel, João, Zé",
        "Maria, Fátima, Conceição, Rosário, Celeste",
    ),
    "vietnamees": (
        "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Võ, Đặng, Bùi, Đỗ, Ngô",
        "Minh Khôi, Gia Huy, Bảo Long, Đức Anh, Quang Minh, Tuấn Kiệt, Hoàng Nam",
        "Minh Anh, Bảo Ngọc, Thảo Vy, Ngọc Hân, Khánh Linh, Phương Thảo, Mai Anh",
        "Văn Hùng, Văn Thành, Đức Minh, Quốc Bảo, Văn Long",
        "Thị Hương, Thị Lan, Thị Mai, Thị Thu Trang, Thị Hồng",
    ),
    "syrisch": (
        "Al-Hassan, Haddad, Khalil, Al-Khatib, Mansour, Darwish, Suleiman, Al-Masri, Hamdan",
        "Omar, Ahmad, Khaled, Rami, Yazan, Majd, Tarek, Karam",
        "Lina, Rasha, Nour, Layla, Rahaf, Sidra, Bayan, Joudi",
        "Mahmoud, Bassam, Fadi, Samer",
        "Huda, Rania, Dima, Souad",
    ),
    "eritrees": (
        "Tesfay, Ghebremedhin, Haile, Kidane, Tekle, Berhane, Mehari, Woldu",
        "Yonas, Filmon, Merhawi, Samuel, Dawit, Robel",
        "Senait, Semhar, Helen, Luwam, Saba, Mebrat",
        "Tekie, Amanuel, Yohannes",
        "Tsega, Almaz, Abrehet",
    ),
}
# the most common Dutch surnames, so the Faker pool's rarer names do not dominate
COMMON_DUTCH = (
    "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, de Boer, "
    "Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, "
    "Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, "
    "van den Heuvel, van der Veen, van den Broek, de Bruijn, van der Heijden, Schouten, "
    "van Beek, Willems, van Vliet, van de Ven, Hoekstra, Maas, Verhoeven, Koster, van Dam, "
    "van der Wal, Prins, Blom, Huisman, Peeters, de Jonge, Kuipers, van Veen, Post, Kuiper, "
    "Kramer, van den Brink, Scholten, van Wijk, Martens, Vink, de Ruiter, Timmermans, Groen, "
    "Gerritsen, Jonker, van Loon, Willemsen, de Lange, de Vos, van Dongen, Schipper, de Koning, "
    "van der Laan, Driessen, van Doorn, Evers, van der Meulen, Hofman, Bosman, Wolters, "
    "ter Horst, ten Brink, van 't Hof, in 't Veld, op de Beek"
)


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(","))


WEIGHTS = {
    "nederlands": 50, "limburgs": 14, "turks": 8, "marokkaans": 8, "pools": 5,
    "hindoestaans": 4, "creools": 4, "kaapverdiaans": 2, "vietnamees": 2, "syrisch": 2,
    "eritrees": 1,
}  # fmt: skip
STAFF_WEIGHTS = {**WEIGHTS, "nederlands": 65, "limburgs": 20, "syrisch": 0, "eritrees": 0}


@dataclass(frozen=True)
class Name:
    voornaam: str
    tussenvoegsel: str
    achternaam: str

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.voornaam, self.tussenvoegsel, self.achternaam) if p)


@dataclass(frozen=True)
class Family:
    origin: str
    tussenvoegsel: str
    achternaam: str


def split_dutch_surname(text: str) -> tuple[str, str] | None:
    """("van der", "Ploeg") from "van der Ploeg"; None for names a school would not see
    (nobility with commas, compound names with several parts)."""
    for prefix in TUSSENVOEGSELS:
        if text.startswith(prefix + " "):
            rest = text[len(prefix) + 1 :]
            return (prefix, rest) if _SIMPLE_SURNAME.match(rest) else None
    return ("", text) if _SIMPLE_SURNAME.match(text) else None


def female_form(surname: str, polish: bool) -> str:
    if polish:
        for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if surname.endswith(male):
                return surname[: -len(male)] + female
    return surname


def ascii_name(text: str) -> str:
    """For e-mail addresses: 'Öztürk' → 'ozturk', 'Łukasz' → 'lukasz'."""
    text = text.translate(str.maketrans("łŁıİđĐøØß", "lLiIdDoOs"))
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


class NameMaker:
    def __init__(self, rng: random.Random, seed: int) -> None:
        self.rng = rng
        self.origins = {o.key: o for o in self._faker_origins(seed)}
        for key, lists in HAND.items():
            surnames, male, female, adult_male, adult_female = (_names(t) for t in lists)
            self.origins[key] = Origin(
                key, tuple(("", s) for s in surnames), male, female, adult_male, adult_female
            )

    @staticmethod
    def _faker_origins(seed: int) -> list[Origin]:
        from faker import Faker  # only when a demo is made: the command line starts faster

        nl, tr, pl = Faker("nl_NL"), Faker("tr_TR"), Faker("pl_PL")
        for number, fake in enumerate((nl, tr, pl)):
            fake.seed_instance(seed * 7 + number)

        def pool(method, size: int = POOL) -> tuple[str, ...]:
            return tuple(dict.fromkeys(method() for _ in range(size)))

        dutch = tuple(
            dict.fromkeys(
                split
                for split in (split_dutch_surname(nl.last_name()) for _ in range(POOL * 2))
                if split is not None
            )
        )
        common = tuple(split_dutch_surname(name) or ("", name) for name in _names(COMMON_DUTCH))
        nl_male, nl_female = pool(nl.first_name_male), pool(nl.first_name_female)
        return [
            Origin("nederlands", common * 3 + dutch, nl_male, nl_female),
            Origin("limburgs", LIMBURG, nl_male, nl_female),
            Origin(
                "turks",
                tuple(("", s) for s in pool(tr.last_name)),
                pool(tr.first_name_male),
                pool(tr.first_name_female),
            ),
            Origin(
                "pools",
                tuple(("", s) for s in pool(pl.last_name_male)),
                pool(pl.first_name_male),
                pool(pl.first_name_female),
                polish=True,
            ),
        ]

    def origin(self, staff: bool = False) -> str:
        weights = STAFF_WEIGHTS if staff else WEIGHTS
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def family(self, origin: str | None = None) -> Family:
        key = origin or self.origin()
        tussenvoegsel, achternaam = self.rng.choice(self.origins[key].surnames)
        return Family(key, tussenvoegsel, achternaam)

    def first_name(self, origin: str, female: bool, adult: bool) -> str:
        o = self.origins[origin]
        names = (o.adult_female or o.female) if female else (o.adult_male or o.male)
        if not adult or self.rng.random() < 0.3:
            names = o.female if female else o.male
        return self.rng.choice(names)

    def person(self, family: Family, female: bool, *, adult: bool = False) -> Name:
        polish = self.origins[family.origin].polish
        surname = female_form(family.achternaam, polish and female)
        voornaam = self.first_name(family.origin, female, adult)
        return Name(voornaam[:100], family.tussenvoegsel, surname[:100])

    def stranger(self, female: bool, *, adult: bool = True, staff: bool = False) -> Name:
        return self.person(self.family(self.origin(staff)), female, adult=adult)
