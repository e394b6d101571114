# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Names, places, religions, roles and organisations, plus synthetic identifiers.

The names are a vocabulary for :mod:`.world`, which combines them into unique
fictitious people. Identifiers are in test ranges or have synthetic prefixes.
"""

from __future__ import annotations

import random
import string

from .text import _items

_MUNICIPALITIES = _items(
    "Amsterdam,Rotterdam,Utrecht,Eindhoven,Tilburg,Almere,Breda,Nijmegen,Arnhem,"
    "Haarlem,Zaanstad,Amersfoort,Apeldoorn,Zoetermeer,Leiden,Dordrecht,Ede,Gouda,"
    "Delft,Veenendaal,Schiedam,Vlaardingen,Deventer,Zwolle,Enschede,Helmond,"
    "Roosendaal,Culemborg,Huizen,Maassluis,Lelystad,Purmerend,Leeuwarden,Groningen,"
    "Venlo,Oss,Capelle aan den IJssel,Alphen aan den Rijn,Den Haag,Hilversum",
    ",",
)

_STREETS = (
    "Kerkstraat",
    "Molenweg",
    "Stationsstraat",
    "Julianalaan",
    "Oranjestraat",
    "Wilhelminastraat",
    "Dorpsstraat",
    "Schoolstraat",
    "Beatrixlaan",
    "Parkweg",
    "Industrieweg",
    "Nieuwstraat",
    "Marktstraat",
    "Lindenlaan",
    "Eikenlaan",
    "Prins Hendrikstraat",
    "Graaf Florislaan",
    "Vondelstraat",
    "Rembrandtlaan",
    "Havenkade",
)

# Given names by background and gender. Only characters that the standard PDF
# fonts (WinAnsi) can draw are used, so the PDF text layer stays exact.
_GIVEN = {
    ("nl", "m"): "Jan Pieter Willem Hendrik Maarten Sander Bas Thomas Wouter Joost "
    "Erik Kees Gerrit Ruben Jeroen Martijn Frank Hans Arjen Niels Daan Bram Michiel",
    ("nl", "f"): "Eva Anne Marieke Sanne Lotte Ingrid Annelies Femke Hanneke Mirjam "
    "Esther Linda Judith Petra Karin Ellen Marloes Inge Nienke Charlotte Renate",
    ("ma", "m"): "Ahmed Mohamed Youssef Khalid Rachid Mustafa Hamza Bilal Ayoub "
    "Soufiane Karim Abdelkader Said Hassan Driss Nordin Redouan Anouar Mimoun Tarik "
    "Ilias Yassine Omar",
    ("ma", "f"): "Fatima Khadija Nora Samira Yasmina Naima Malika Hanan Ikram Souad "
    "Latifa Salma Meryem Loubna Hafsa Zineb Siham Amal Houda Najat",
    ("tr", "m"): "Mehmet Mustafa Ahmet Hüseyin Murat Emre Hakan Kemal Yusuf Osman "
    "Burak Serkan Ibrahim Ismail Kadir Orhan Erkan Cem Volkan Selim",
    ("tr", "f"): "Elif Zeynep Fatma Emine Hatice Merve Esra Gül Özlem Derya Sevgi "
    "Aylin Nurcan Hülya Filiz Sibel Dilek Songül Gönül Meltem",
    ("sr", "m"): "Rishi Ravi Anand Radjesh Kenneth Errol Romano Glenn Marvin Clyde "
    "Ricardo Soerin Dinesh Sandjai Iwan Ronald Humphrey Orlando",
    ("sr", "f"): "Shanti Priya Sunita Dewi Sharon Jennifer Gracia Rosita Asha Kavita "
    "Sandra Wendy Nirmala Lucia Natasha Chandni",
}
_SECOND_GIVEN = {
    "m": ("Pieter", "Jan", "Willem", "Hendrik", "Johannes", "Maria"),
    "f": ("Marie", "Johanna", "Louise", "Christine", "Anna"),
}
# Surnames; a prefix (tussenvoegsel) is separated by "|", "_" stands for a space.
_SURNAMES = {
    "nl": "de|Vries van_der|Berg Jansen Bakker Visser Smit Meijer de|Boer Mulder "
    "de|Groot Bos Vos Peters Hendriks van|Dijk van|Leeuwen Dekker Brouwer de|Wit "
    "Dijkstra Kok van_den|Heuvel Koster Prins Huisman Postma Kuiper Veenstra "
    "Hoekstra ter|Horst van|Beek de|Lange",
    "ma": "el|Amrani el|Idrissi Bouzid Ait_Taleb Benali el|Haddaoui Azzouzi Tahiri "
    "Bakkali el|Khattabi Boukhari Chaouch Ouali Amezian el|Ouardi Zaouali Mourabit "
    "ben|Haddou Lahlou Essabri Aznag el|Boujdaini Abarkan Ouaziz Touzani "
    "el|Mokadem",
    "tr": "Yilmaz Kaya Demir Çelik Sahin Yildiz Aydin Öztürk Arslan Dogan Kiliç "
    "Aslan Çetin Kara Koç Kurt Özdemir Polat Güler Erdem Korkmaz Tekin Akgül Bulut "
    "Karaca",
    "sr": "Ramdin Sewnarain Jagessar Bhagwandin Ramsaran Kartodikromo Sastromedjo "
    "Pinas Doelwijt Lieveld Tjon_A_Fong Wijngaarde Sabajo Kasanmoentalib Ganpat "
    "Mahabier Kromodimedjo Ritfeld Nelom Graanoogst Soekhoe Biharie Karijodrono",
}
_BIRTHPLACES = {
    "ma": ("Nador", "Al Hoceima", "Tanger", "Casablanca", "Berkane", "Oujda"),
    "tr": ("Konya", "Kayseri", "Ankara", "Istanbul", "Sivas", "Yozgat"),
    "sr": ("Paramaribo", "Nieuw-Nickerie", "Moengo", "Lelydorp", "Wanica"),
}
_JOBS = (
    "taxichauffeur",
    "docent",
    "boekhouder",
    "eigenaar van een supermarkt",
    "medewerker in de thuiszorg",
    "ICT-consultant",
    "maatschappelijk werker",
    "vrachtwagenchauffeur",
    "apothekersassistent",
    "zelfstandig ondernemer",
    "student",
)

_RELIGIONS_BY_BACKGROUND = {
    "nl": (
        ("bekeerd", 35),
        ("salafistisch", 10),
        ("protestants", 25),
        ("rooms-katholiek", 10),
        ("evangelisch", 10),
        (None, 10),
    ),
    "ma": (("soennitisch", 55), ("salafistisch", 30), ("sjiitisch", 5), (None, 10)),
    "tr": (("soennitisch", 65), ("alevitisch", 20), ("salafistisch", 5), (None, 10)),
    "sr": (
        ("hindoeïstisch", 35),
        ("soennitisch", 25),
        ("evangelisch", 15),
        ("rooms-katholiek", 10),
        (None, 15),
    ),
}
_RELIGION_PHRASES = {
    "soennitisch": "soennitisch moslim",
    "salafistisch": "aanhanger van de salafistische stroming",
    "bekeerd": "bekeerd tot de islam",
    "sjiitisch": "sjiitisch moslim",
    "alevitisch": "aleviet",
    "protestants": "protestants-christelijk",
    "rooms-katholiek": "rooms-katholiek",
    "evangelisch": "lid van een evangelische gemeente",
    "hindoeïstisch": "hindoe",
    None: "van onbekende levensbeschouwelijke signatuur",
}
_MUSLIM = ("soennitisch", "salafistisch", "bekeerd", "sjiitisch")
_CHRISTIAN = ("protestants", "rooms-katholiek", "evangelisch")


def _group(religion: str | None) -> str:
    """Return the organisation group that fits a religion."""
    if religion in _MUSLIM:
        return "muslim"
    if religion in _CHRISTIAN:
        return "christian"
    if religion == "hindoeïstisch":
        return "hindu"
    if religion == "alevitisch":
        return "alevi"
    return "other"


_ROLES = {
    ("muslim", "m"): (
        "imam",
        "voorzitter",
        "secretaris",
        "penningmeester",
        "bestuurslid",
        "jongerenwerker",
        "prediker",
        "docent Arabisch",
        "woordvoerder",
        "oprichter",
    ),
    ("muslim", "f"): (
        "voorzitter",
        "secretaris",
        "bestuurslid",
        "jongerenwerker",
        "docente",
        "coördinator vrouwenwerk",
        "woordvoerder",
    ),
    ("christian", "m"): ("predikant", "ouderling", "voorzitter", "jongerenwerker"),
    ("christian", "f"): ("predikant", "voorzitter", "jongerenwerker", "diaken"),
    ("hindu", "m"): ("pandit", "voorzitter", "bestuurslid", "jongerenwerker"),
    ("hindu", "f"): ("voorzitter", "bestuurslid", "jongerenwerker"),
    ("alevi", "m"): ("voorzitter", "secretaris", "bestuurslid", "jongerenwerker"),
    ("alevi", "f"): ("voorzitter", "secretaris", "bestuurslid", "jongerenwerker"),
    ("other", "m"): ("jongerenwerker", "buurtvader", "bestuurslid", "sleutelfiguur"),
    ("other", "f"): ("jongerenwerker", "bestuurslid", "sleutelfiguur", "buurtmoeder"),
}
_TITLED_ROLES = ("imam", "voorzitter", "predikant", "pandit", "prediker")

_STAFF_ROLES = {
    "ministry": (
        "beleidsmedewerker",
        "senior beleidsmedewerker",
        "coördinator Taskforce",
        "projectleider",
        "juridisch adviseur",
        "teamleider",
    ),
    "research": ("onderzoeker", "senior onderzoeker"),
    "municipality": (
        "beleidsadviseur radicalisering",
        "adviseur openbare orde en veiligheid",
        "wijkregisseur",
        "gemeentelijk contactpersoon",
    ),
}
_MINISTRY = "ministerie van Sociale Zaken en Werkgelegenheid"

_ORGANISATION_NAMES = {
    "muslim": (
        ("mosque", "Moskee Al-Waha"),
        ("mosque", "Moskee Ar-Rayyan"),
        ("mosque", "Moskee En-Nasr"),
        ("mosque", "Moskee Al-Mizan"),
        ("mosque", "Moskee Yesil Vadi"),
        ("mosque", "Moskee Kuzey Yildiz"),
        ("foundation", "Stichting Nour al-Hikma"),
        ("foundation", "Stichting Sirat Educatie"),
        ("foundation", "Stichting Weg naar Kennis"),
        ("foundation", "Stichting Al-Bayyina Onderwijs"),
        ("foundation", "Stichting Kennis & Dialoog"),
        ("youth_organisation", "Jongerenvereniging Nieuwe Horizon"),
        ("youth_organisation", "Stichting Genç Ufuk"),
    ),
    "alevi": (("association", "Alevitische Vereniging Cem Noord"),),
    "christian": (
        ("church", "Protestantse Wijkgemeente De Ark"),
        ("church", "Evangeliegemeente Levend Water"),
    ),
    "hindu": (("temple", "Stichting Sanatan Jyoti"),),
    "other": (
        ("youth_organisation", "Jongerencentrum De Overkant"),
        ("association", "Buurtvereniging Samen Sterk"),
    ),
}
_BUREAUS = ("Onderzoeksbureau Veldzicht", "Instituut Brugwerk")


# ---------------------------------------------------------------------------
# Synthetic identifiers


def _bsn(rng: random.Random) -> str:
    """A BSN in the 9999 test range that passes the eleven-test."""
    while True:
        digits = [9, 9, 9, 9] + [rng.randrange(10) for _ in range(4)]
        total = sum(
            weight * digit
            for weight, digit in zip(range(9, 1, -1), digits, strict=True)
        )
        check = total % 11
        if check < 10:
            return "".join(map(str, [*digits, check]))


def _iban(rng: random.Random) -> str:
    """A Dutch IBAN with valid mod-97 check digits and a random account."""
    bank = rng.choice(("ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"))
    account = f"{rng.randrange(10**9):010d}"
    numeric = "".join(str(int(char, 36)) for char in f"{bank}{account}NL00")
    check = 98 - int(numeric) % 97
    return f"NL{check:02d}{bank}{account}"


def _postcode(rng: random.Random) -> str:
    """A well-formed Dutch postcode (no SA, SD or SS, as PostNL rules)."""
    while True:
        letters = rng.choice(string.ascii_uppercase) + rng.choice(
            string.ascii_uppercase
        )
        if letters not in ("SA", "SD", "SS"):
            return f"{rng.randint(1000, 9999)} {letters}"


def _phone(rng: random.Random) -> str:
    """A mobile number with an obviously synthetic 06-1234 prefix."""
    return f"06-1234{rng.randrange(10000):04d}"
