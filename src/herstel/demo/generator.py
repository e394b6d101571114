# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Deterministic synthetic dossiers for the demo data set.

Everything here is fictitious: people, organisations, addresses, phone numbers,
e-mail addresses (``example.nl`` and ``example.org`` only), BSNs (in the 9999
test range) and IBANs. Only municipality names are real. The Dutch text lives in
the template bank below because it *is* the demo data, not user interface text.

Output depends on ``seed`` alone: every random choice comes from one
``random.Random(seed)``, and file formats that embed timestamps (PDF, DOCX zip
entries, e-mail headers) get dates derived from the document date.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import random
import re
import string
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from typing import TypeVar
from xml.sax.saxutils import escape as xml_escape

import docx
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

_T = TypeVar("_T")

__all__ = [
    "DemoDocument",
    "DemoDossier",
    "Organisation",
    "Person",
    "generate_dossiers",
]

# ---------------------------------------------------------------------------
# Public value types


@dataclass(frozen=True, slots=True)
class Person:
    """A fictitious person who is mentioned in demo documents."""

    name: str
    """Full name as first written in a document, e.g. ``"Ahmed el Amrani"``."""
    given_name: str
    """Given name(s), e.g. ``"Jan Pieter"``."""
    surname: str
    """Surname including any prefix, e.g. ``"van der Berg"``."""
    place: str
    """Municipality of residence (real municipality, fictitious resident)."""
    religion: str | None
    """Religious affiliation as written in the documents, or ``None``."""
    role: str
    """Role as written in the documents, e.g. ``"imam"`` or ``"beleidsmedewerker"``."""


@dataclass(frozen=True, slots=True)
class Organisation:
    """A fictitious organisation named in demo documents."""

    name: str
    kind: str
    """One of ``mosque``, ``foundation``, ``youth_organisation``, ``church``,
    ``temple``, ``association`` or ``research_bureau``."""
    place: str


@dataclass(frozen=True, slots=True)
class DemoDocument:
    """One generated file."""

    filename: str
    """E.g. ``"2017-03-14 Verslag gesprek Moskee Al-Waha.pdf"``."""
    data: bytes
    media_type: str
    kind: str
    """``policy_note``, ``research_report``, ``email``, ``meeting_notes`` or
    ``memo``."""
    persons: tuple[str, ...]
    """Full names of every :class:`Person` mentioned, attachments included, in
    order of first mention. Ground truth for detection tests."""


@dataclass(frozen=True, slots=True)
class DemoDossier:
    """A dossier with its documents and the people and organisations in it."""

    slug: str
    title: str
    description: str
    documents: tuple[DemoDocument, ...]
    persons: tuple[Person, ...]
    """Every person mentioned in at least one document of this dossier."""
    organisations: tuple[Organisation, ...]


# ---------------------------------------------------------------------------
# Fixed vocabulary

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EML = "message/rfc822"
TXT = "text/plain"

FORMAT_SHARES = ((PDF, 0.35), (DOCX, 0.25), (EML, 0.25), (TXT, 0.15))
"""Share of each file format in the generated documents."""

_EXTENSIONS = {PDF: "pdf", DOCX: "docx", EML: "eml", TXT: "txt"}

_KINDS_BY_FORMAT: dict[str, tuple[tuple[str, int], ...]] = {
    PDF: (
        ("research_report", 40),
        ("policy_note", 30),
        ("meeting_notes", 15),
        ("memo", 15),
    ),
    DOCX: (
        ("policy_note", 30),
        ("meeting_notes", 30),
        ("research_report", 20),
        ("memo", 20),
    ),
    TXT: (("memo", 55), ("meeting_notes", 45)),
    EML: (("email", 1),),
}

_FIRST_DAY = dt.date(2016, 1, 4)
_LAST_DAY = dt.date(2019, 12, 20)


def _items(text: str, separator: str | None = None) -> tuple[str, ...]:
    """Split a compact word list."""
    return tuple(text.split(separator))


_MONTHS = _items(
    "januari februari maart april mei juni juli augustus september oktober "
    "november december"
)
_WEEKDAYS = _items("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag")

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

_DOSSIERS = (
    (
        "salafisme-2016-2019",
        "Salafisme en aanverwante onderwerpen 2016–2019",
        "Krachtenveldanalyses, nota's, verslagen en e-mails over salafistische "
        "invloeden in gemeenten, 2016–2019.",
        "sal",
    ),
    (
        "taskforce-pgobf",
        "Taskforce Problematisch Gedrag en Ongewenste Buitenlandse Financiering",
        "Stukken van de Taskforce over problematisch gedrag en buitenlandse "
        "financiering van religieuze en maatschappelijke organisaties.",
        "tf",
    ),
)

# ---------------------------------------------------------------------------
# Template bank. "== pool tag ..." starts a pool; paragraphs are separated by
# blank lines and their lines are joined with spaces. Tags: "sal"/"tf" limit a
# template to one dossier; "muslim", "salafi", "convert", "christian", "hindu"
# and "migrant" constrain the person in slot {a}.
#
# Slots: {a} {b} {c} are subjects, {s} {t} {u} staff of the author's
# organisation, {m} the municipal contact. Lower case gives a mention, upper case
# the same mention capitalised. {a_role}, {a_org}, {a_place}, {a_rel}, {a_pron},
# {a_obj}, {a_poss}, {a_quote}, ... are attributes and do not count as mentions.

_BANK = """
== research.summary sal
In deze rapportage worden de uitkomsten beschreven van de krachtenveldanalyse die in
{period} in {place} is uitgevoerd. Het onderzoek richtte zich op de vraag welke
personen en organisaties invloed hebben op de religieuze beleving van jongeren, en
in hoeverre daarbij sprake is van salafistische invloeden. Kort samengevat: het
krachtenveld is divers, de meeste organisaties staan open voor contact met de
gemeente, maar rond {org} bestaan zorgen die nader onderzoek rechtvaardigen.

De analyse laat zien dat in {place} een beperkt aantal sleutelfiguren een grote rol
speelt in het religieuze leven van de moslimgemeenschap. Zij zijn actief in het
bestuur van moskeeën, geven lessen aan kinderen en jongeren en onderhouden contacten
met organisaties buiten de gemeente. De onderzoekers hebben geen aanwijzingen
gevonden voor strafbare feiten, wel voor een toenemende orthodoxie bij een kleine
groep.

== research.summary tf
Deze verkenning is uitgevoerd in het kader van de Taskforce Problematisch Gedrag en
Ongewenste Buitenlandse Financiering. Onderzocht is welke geldstromen er lopen naar
religieuze en maatschappelijke organisaties in {place}, en of er signalen zijn van
gedrag dat de democratische rechtsorde ondermijnt. De belangrijkste bevinding is dat
de financiering van {org} onvoldoende transparant is.

In opdracht van de Taskforce is gekeken naar de rol van {org} in {place} en naar de
herkomst van de middelen waarmee de stichting haar activiteiten bekostigt. Uit de
gesprekken en de beschikbare documenten komt naar voren dat een deel van de
inkomsten afkomstig is uit het buitenland. Of daarbij voorwaarden zijn gesteld aan
de inhoud van de activiteiten, kon niet worden vastgesteld.

== research.intro sal
In opdracht van het ministerie van Sociale Zaken en Werkgelegenheid en in nauwe
samenwerking met de gemeente {place} is in {period} een krachtenveldanalyse
uitgevoerd. Doel van de analyse is inzicht te krijgen in de verhoudingen tussen
religieuze organisaties, sleutelfiguren en jongeren in {place}, en in de mate waarin
salafistische invloeden daarin een rol spelen.

== research.intro
De gemeente {place} heeft aangegeven behoefte te hebben aan een beter beeld van de
ontwikkelingen rond {org}. Aanleiding vormden signalen van wijkbewoners en scholen
over het gedrag van een kleine groep jongeren en over de rol van enkele bestuurders.
De gemeente wil op basis van deze analyse bepalen met wie zij het gesprek aangaat.

De onderzoeksvragen luidden als volgt. Welke religieuze en maatschappelijke
organisaties zijn actief in {place}, en hoe verhouden zij zich tot elkaar? Welke
personen hebben binnen deze organisaties een sleutelrol? En welke signalen zijn er
van gedrag dat de sociale cohesie in de wijk onder druk zet?

Sinds {year} ontvangt de gemeente {place} met enige regelmaat signalen over de
activiteiten van {org}. De signalen zijn afkomstig van scholen, wijkteams en
buurtbewoners, en hebben onder meer betrekking op lessen voor kinderen en op
lezingen door sprekers van buiten de gemeente. De gemeente heeft het ministerie om
ondersteuning gevraagd bij het duiden van deze signalen.

Deze analyse maakt deel uit van een reeks krachtenveldanalyses die in de periode
2016–2019 in verschillende gemeenten zijn uitgevoerd. De aanpak is in alle gemeenten
vergelijkbaar, zodat de resultaten onderling kunnen worden vergeleken. De rapportage
is uitsluitend bestemd voor de gemeente {place} en het ministerie.

== research.method
Het onderzoek is uitgevoerd door {s} en {t} van {bureau}. Naast de interviews is
gebruikgemaakt van openbare bronnen, zoals websites en sociale-mediakanalen van de
betrokken organisaties, en van informatie die door de gemeente beschikbaar is
gesteld.

Er zijn in totaal {num} gesprekken gevoerd met sleutelfiguren uit de
moskeegemeenschappen, het jongerenwerk, het onderwijs en de wijkteams. De gesprekken
vonden plaats zonder dat de betrokken organisaties vooraf over het onderzoek waren
geïnformeerd. Van de gesprekken zijn aantekeningen gemaakt; geluidsopnamen zijn niet
gemaakt.

De respondenten zijn geselecteerd via de sneeuwbalmethode. Een deel van hen wilde
uitsluitend anoniem meewerken; hun uitspraken zijn in deze rapportage niet
herleidbaar opgenomen. Van de overige respondenten zijn naam, woonplaats en rol
vastgelegd in de bijlage bij dit rapport.

Het veldwerk vond plaats tussen {date} en {date2}. De onderzoekers hebben daarnaast
{few} bijeenkomsten bijgewoond, waaronder een vrijdagpreek en een informatieavond
voor ouders. Tijdens deze bijeenkomsten is niet actief deelgenomen aan de
gesprekken.

Bij de uitvoering is samengewerkt met {m}, die als contactpersoon namens de gemeente
optrad en de onderzoekers in contact bracht met de eerste respondenten. De gemeente
heeft geen invloed gehad op de inhoud van de rapportage.

== research.org
{Org} is opgericht in {orgyear} en houdt kantoor aan de {street} in {place}. De
organisatie beheert een gebedsruimte en organiseert daarnaast huiswerkbegeleiding,
Arabische les en lezingen voor jongeren. Volgens de eigen website bezoeken wekelijks
ongeveer {hundreds} mensen het vrijdaggebed.

Het bestuur van {org} bestaat uit {few} personen. Volgens de inschrijving bij de
Kamer van Koophandel zijn er sinds {year} meerdere bestuurswisselingen geweest.
Respondenten wijzen erop dat de huidige bestuurders een meer behoudende koers varen
dan hun voorgangers.

Naast {org} zijn in {place} nog twee andere moskeeorganisaties actief, alsmede
{org2}. De onderlinge verhoudingen zijn volgens respondenten gespannen; er is weinig
contact en op sommige punten is sprake van openlijke concurrentie om de gunst van
jongeren.

{Org2} richt zich vooral op jongeren tussen de twaalf en vijfentwintig jaar. De
organisatie biedt sport, huiswerkbegeleiding en gespreksgroepen aan. Enkele
respondenten menen dat de organisatie wordt gebruikt om jongeren in contact te
brengen met orthodoxe sprekers; anderen wijzen juist op de preventieve waarde van
het werk.

De lessen van {org} worden gegeven in een pand aan de {street}. Er nemen volgens de
organisatie zelf ongeveer {hundreds} kinderen deel, verdeeld over weekendklassen. De
lesmethoden zijn niet openbaar; de gemeente heeft daar geen zicht op.

== research.org tf
{Org} beschikt over een eigen pand dat in {year} is aangekocht voor {amount}.
Volgens het bestuur is het pand gefinancierd met giften van de achterban.
Respondenten betwijfelen dat: de gemeenschap in {place} is klein en overwegend niet
vermogend.

== research.person
{A} ({a_age} jaar, woonachtig in {a_place}) is sinds {a_since} {a_role} van {a_org}.
{A} is {a_rel} en geldt binnen de gemeenschap als een gezaghebbend persoon.

{A} woont in {a_place} en is telefonisch bereikbaar via {a_phone}. {A_pron} is
{a_rel} en onderhoudt contacten met {b} en {c}.

Over de rol van {a} lopen de meningen uiteen. Waar de ene respondent {a_obj}
omschrijft als "een bruggenbouwer die jongeren juist weghoudt van radicale ideeën",
noemt een ander {a_obj} "iemand die twee gezichten heeft".

{A} trad in {a_since} toe tot het bestuur van {a_org}. Uit de inschrijving in het
handelsregister blijkt dat {a_pron} daarnaast bestuurder is van {org2}, gevestigd in
{place2}.

Tijdens een gesprek op {date} verklaarde {a} dat "{a_quote}". {A_pron} gaf daarbij
aan dat {a_poss} contacten met de gemeente de laatste tijd zijn verslechterd.

{A} is {a_rel} en wordt door respondenten gezien als een van de meest invloedrijke
personen in {a_place}. {A_pron} onderhoudt nauwe banden met {b}, met wie {a_pron} in
{year} een lezingenreeks organiseerde.

== research.person muslim
{A} verzorgt binnen {a_org} de contacten met ouders en scholen. Volgens {m} van de
gemeente is {a_pron} "een constructieve gesprekspartner, maar wel iemand met
uitgesproken opvattingen over de rol van vrouwen".

Volgens meerdere respondenten heeft {a} in de afgelopen jaren een steeds orthodoxere
koers gevaren. Tijdens een bijeenkomst in {a_orgplace} zou {a_pron} hebben gezegd
dat "{a_quote}". {A} ontkent de uitspraak niet, maar stelt dat die uit zijn verband
is gehaald.

{A} is actief op sociale media en heeft enkele duizenden volgers. In berichten
spreekt {a_pron} zich uit over actuele onderwerpen; in {year} deelde {a_pron}
meermaals video's van buitenlandse predikers. Een respondent zegt: "Jongeren
luisteren meer naar {a_obj} dan naar hun eigen ouders."

== research.person convert
{A} is in {a_conv} bekeerd tot de islam en volgt sindsdien lessen bij {b}. Volgens
de wijkagent neemt {a_pron} deel aan een studiekring die wekelijks bij iemand thuis
in {a_place} bijeenkomt.

Opvallend is de rol van {a}, die enkele jaren geleden is bekeerd en inmiddels zelf
lezingen geeft. {A_pron} trekt vooral jongeren die eveneens zijn bekeerd. Een
respondent omschrijft {a_obj} als "fanatieker dan wie ook in de moskee".

== research.person salafi
{A} wordt door respondenten in verband gebracht met de salafistische stroming.
{A_pron} verwijst in lessen naar geleerden uit Saudi-Arabië en heeft in {year}
enkele maanden in het buitenland gestudeerd. Volgens {b} zou {a_pron} tijdens een
les hebben gezegd: "{a_quote}".

== research.person christian
{A} is {a_role} van {a_org} en woont in {a_place}. {A_pron} is betrokken bij het
interreligieus beraad in {place} en heeft zich meermaals uitgesproken voor meer
contact tussen kerken en moskeeën. "{A_quote}", aldus {a}.

== research.person hindu
{A} ({a_role} bij {a_org}) is {a_rel} en woont in {a_place}. {A_pron} werd door de
gemeente betrokken als vertegenwoordiger van de Hindoestaanse gemeenschap, maar
heeft volgens eigen zeggen weinig zicht op de ontwikkelingen binnen de moskeeën.

== research.person migrant
{A} is geboren in {a_birthplace} en kwam op jonge leeftijd naar Nederland. {A_pron}
werkt als {a_job} en is daarnaast actief bij {a_org}. In de gesprekken wordt
{a_pron} beschreven als iemand die goed bereikbaar is voor de gemeente.

== research.signal muslim
In {period} ontving de gemeente meldingen over lezingen in {org} waarin volgens
ouders werd opgeroepen om afstand te nemen van niet-moslims. {A}, die als spreker
werd aangekondigd, ontkent dat. "{A_quote}", aldus {a}.

Tijdens de ramadan van {year} organiseerde {org} een iftar waarvoor ook de
burgemeester was uitgenodigd. {A} hield daar een toespraak waarin {a_pron} opriep
tot "respect over en weer". Respondenten zien hierin een teken dat de organisatie
toenadering zoekt.

Op sociale media deelt {a} regelmatig berichten van buitenlandse predikers. In een
bericht van {date} riep {a_pron} volgers op zich "niet te laten misleiden door de
overheid". Het bericht werd meer dan {hundreds} keer gedeeld.

Verschillende respondenten wijzen op de komst van sprekers van buiten de regio. In
{year} sprak een bekende prediker uit België in {org}, op uitnodiging van {a}. De
gemeente was daarvan niet op de hoogte.

Een moeder uit {place} heeft zich bij het wijkteam gemeld met zorgen over haar zoon,
die sinds enkele maanden lessen volgt bij {a}. De jongen zou zijn kleding hebben
veranderd en weigeren nog met zijn zussen te spreken. Het wijkteam heeft contact
opgenomen met {m}.

== research.signal
Een docent van een middelbare school in {place} meldde dat enkele leerlingen na het
bijwonen van lessen bij {a} weigerden deel te nemen aan gemengde zwemlessen. De
school heeft hierover contact gezocht met {b}, die toezegde het gesprek met de
ouders aan te gaan.

De wijkagent in {a_place} heeft aangegeven dat {a} bekend is bij de politie vanwege
een conflict met buurtbewoners in {year}. Er zijn geen aanwijzingen dat dit conflict
een religieuze achtergrond had.

Uit gesprekken met jongerenwerkers blijkt dat een groep van ongeveer {num} jongeren
zich heeft teruggetrokken uit activiteiten in de wijk. Zij komen samen in de woning
van {a} aan de {a_street} in {a_place}. Wat daar besproken wordt, is niet bekend.

== research.signal tf
De gemeente ontving in {year} een verzoek van {org} om subsidie voor
jongerenactiviteiten. Bij de beoordeling bleek dat de stichting tegelijkertijd een
donatie van {amount} had ontvangen van een stichting uit de Golfregio. {A}, {a_role}
van {a_org}, verklaarde dat het geld bestemd was voor de verbouwing van het pand.

== research.signal tf muslim
Volgens {m} zijn er aanwijzingen dat {a} geld inzamelt voor een school in het
buitenland. De inzameling vindt plaats via contante giften na het vrijdaggebed. Het
is niet bekend of deze giften bij de Belastingdienst worden verantwoord.

== research.conclusion
Het krachtenveld in {place} laat zich het best omschrijven als gefragmenteerd. Er is
geen sprake van één dominante organisatie; wel lijkt {org} de afgelopen jaren aan
invloed te hebben gewonnen, mede door de inzet van {a}.

De onderzoekers adviseren de gemeente om het contact met {a} en {b} te intensiveren
en hen te betrekken bij een op te richten klankbordgroep. Tegelijkertijd verdient
het aanbeveling de ontwikkelingen rond {org} nauwlettend te blijven volgen.

Aanbevolen wordt de resultaten van deze analyse niet breder te delen dan strikt
noodzakelijk. De rapportage bevat persoonsgegevens van respondenten en van personen
over wie is gesproken, waaronder gegevens over hun religieuze overtuiging.

Tot slot wijzen de onderzoekers op het belang van investeren in vertrouwen.
Verschillende respondenten, onder wie {a}, gaven aan dat zij zich door de overheid
vooral als risico benaderd voelen. "{A_quote}", zei {a} in een van de gesprekken.

== research.conclusion tf
De herkomst van de middelen van {org} is niet volledig te herleiden. Aanbevolen
wordt dat de gemeente in gesprek gaat met het bestuur over transparantie, en dat de
Taskforce nagaat of via het diplomatieke kanaal meer informatie kan worden
verkregen.

== research.conclusion sal muslim
Op basis van de beschikbare informatie kan niet worden vastgesteld dat er in {place}
sprake is van een georganiseerde salafistische beweging. Wel zijn er individuen,
onder wie {a}, die een orthodoxe geloofsopvatting uitdragen en daarmee een zekere
aantrekkingskracht hebben op jongeren.

== policy.reason
Op {date} heeft u gesproken met de burgemeester van {place} over de ontwikkelingen
rond {org}. In dat gesprek is toegezegd dat het ministerie zou onderzoeken op welke
wijze de gemeente verder kan worden ondersteund. Deze nota geeft daarvan een
overzicht.

De gemeente {place} heeft het ministerie gevraagd mee te denken over de positie van
{a}, {a_role} van {a_org}. {A} zou in preken kritiek hebben geuit op de Nederlandse
samenleving. De gemeente overweegt een gesprek aan te gaan, maar wil eerst een beter
beeld van {a_poss} netwerk.

Naar aanleiding van berichtgeving in de media over {org} zijn Kamervragen gesteld.
Deze nota informeert u over de stand van zaken en bevat een voorstel voor de
beantwoording.

== policy.reason tf
De Taskforce Problematisch Gedrag en Ongewenste Buitenlandse Financiering heeft in
haar vergadering van {date} gesproken over signalen met betrekking tot {org}.
Volgens informatie van de gemeente zou de stichting in {year} een bedrag van
{amount} hebben ontvangen van een donor uit de Golfregio.

== policy.reason sal
In de voortgangsrapportage over de aanpak van radicalisering is toegezegd dat het
ministerie gemeenten ondersteunt bij het in kaart brengen van salafistische
invloeden. Deze nota beschrijft de resultaten van de krachtenveldanalyses die tot nu
toe zijn uitgevoerd, waaronder die in {place}.

== policy.advice
U wordt gevraagd in te stemmen met de financiering van een krachtenveldanalyse in
{place} en {place2}, uit te voeren door {bureau}. De kosten bedragen {amount} en
komen ten laste van het budget voor de aanpak van radicalisering.

Geadviseerd wordt kennis te nemen van de bevindingen en in te stemmen met bijgaande
brief aan de gemeente {place}, waarin het ministerie aangeeft welke ondersteuning
mogelijk is en welke rol de gemeente zelf heeft bij het voeren van gesprekken met
{a} en andere sleutelfiguren.

Wij adviseren u op dit moment geen contact te zoeken met het bestuur van {org}. De
gemeente {place} heeft aangegeven dat een gesprek met de minister de positie van {a}
binnen de gemeenschap zou kunnen versterken.

== policy.advice tf
Geadviseerd wordt de casus {org} te agenderen voor het eerstvolgende bestuurlijk
overleg met de gemeente {place} en de betrokken ministeries, en tot die tijd geen
publieke uitspraken te doen.

== policy.keypoint
Het krachtenveld in {place} is gefragmenteerd; {org} lijkt aan invloed te winnen.

Er zijn geen aanwijzingen voor strafbare feiten, wel voor toenemende orthodoxie bij
een kleine groep jongeren.

{A} speelt een centrale rol in het netwerk rond {a_org}.

De gemeente heeft behoefte aan ondersteuning bij het voeren van het gesprek met
moskeebesturen.

Voor het delen van persoonsgegevens tussen gemeente en ministerie ontbreekt een
grondslag.

{M} is namens de gemeente {place} aanspreekpunt voor het ministerie.

== policy.keypoint tf
De herkomst van de middelen van {org} is onduidelijk; het gaat om ten minste
{amount}.

Buitenlandse Zaken kan het diplomatieke kanaal benutten, mits de informatie
voldoende is onderbouwd.

== policy.explain
Uit de gesprekken die de afgelopen maanden met gemeenten zijn gevoerd, komt een
wisselend beeld naar voren. In {place} is de samenwerking met moskeebesturen goed;
in {place2} is sprake van wantrouwen, mede naar aanleiding van publicaties in de
lokale pers over {org}.

Er is geen wettelijke grondslag voor het verzamelen van informatie over de
geloofsovertuiging van individuele personen door het ministerie. Geadviseerd wordt
daarom de rapportages uitsluitend op hoofdlijnen te bespreken en geen
persoonsgegevens in de eindrapportage op te nemen.

Met de gemeente {place} is afgesproken dat {m} de komende maanden fungeert als
aanspreekpunt voor het ministerie. {M_pron} onderhoudt ook het contact met {a} en de
andere bestuurders van {org}.

De minister heeft eerder aan de Tweede Kamer toegezegd dat de aanpak zich richt op
gedrag en niet op geloofsovertuiging. In de praktijk blijkt dat onderscheid lastig
te maken: in verschillende rapportages wordt de religieuze signatuur van personen
uitgebreid beschreven.

Tijdens het bestuurlijk overleg van {date} is afgesproken dat gemeenten informatie
over personen alleen delen voor zover dat noodzakelijk is voor de aanpak. Voor
uitwisseling van persoonsgegevens met het ministerie ontbreekt een convenant.

In de krachtenveldanalyse wordt {a} ({a_place}) omschreven als iemand met veel
invloed op jongeren; {a_pron} is {a_rel}. {A_pron} heeft in het verleden openlijk
kritiek geuit op het integratiebeleid, maar heeft zich volgens de gemeente nooit
uitgesproken voor geweld.

== policy.explain sal
De analyses in {place} en {place2} laten een vergelijkbaar beeld zien: kleine
groepen jongeren die zich aangetrokken voelen tot salafistische predikers, en
moskeebesturen die daar zelf ook zorgen over hebben. {A} en {b} hebben aangegeven
graag met de overheid samen te werken om jongeren weerbaarder te maken.

== policy.explain tf
Het ministerie van Buitenlandse Zaken heeft aangegeven dat het diplomatieke kanaal
kan worden benut om zorgen over ongewenste financiering over te brengen. Dit vraagt
wel om een zorgvuldige onderbouwing; de huidige informatie over {org} is daarvoor
nog onvoldoende.

Gemeenten ervaren handelingsverlegenheid wanneer gedrag van personen niet strafbaar
is maar wel als problematisch wordt gezien, bijvoorbeeld het weigeren van een hand
aan ambtenaren of het afwijzen van gemengd onderwijs. De Taskforce werkt aan een
handreiking voor deze situaties.

Uit informatie van de gemeente blijkt dat {a}, {a_role} van {a_org}, in {year}
meerdere keren naar het buitenland is gereisd voor overleg met een financier. {A}
zegt zelf dat het ging om "gewone contacten met geloofsgenoten".

== policy.explain muslim
Het beeld dat uit de analyse naar voren komt, is dat {a} een centrale rol speelt in
het netwerk rond {a_org}. {A} onderhoudt contacten met predikers in België en
Duitsland en is regelmatig te gast bij {org2}.

== policy.finance
De kosten van het onderzoek worden gedekt uit de middelen die in {year} beschikbaar
zijn gesteld voor het Actieprogramma Integrale Aanpak Jihadisme. Er is geen
aanvullend budget nodig.

De kosten van de ondersteuning aan de gemeente {place} worden geraamd op {amount}.
Dekking is voorzien binnen het bestaande budget van de directie.

== policy.comms
Er is op dit moment geen aanleiding om actief te communiceren. Indien er Kamervragen
komen over {org}, wordt voorgesteld te verwijzen naar de lokale verantwoordelijkheid
van de gemeente {place}.

De gemeente {place} communiceert zelf over de uitkomsten van het gesprek met het
bestuur van {org}. Het ministerie houdt zich daarbij op de achtergrond.

== policy.next
De komende periode wordt de analyse in {place2} afgerond. Een volgende nota over de
stand van zaken ontvangt u na de zomer.

Na uw akkoord zal {s} contact opnemen met {m} om de vervolgstappen af te stemmen.

== meeting.opening
De voorzitter opent de vergadering en heet iedereen welkom, in het bijzonder {m},
die namens de gemeente {place} aanschuift. De agenda wordt ongewijzigd vastgesteld.

{S} opent het overleg. Er zijn geen aanvullingen op de agenda. {T} meldt dat
{t_pron} na de pauze eerder moet vertrekken.

Na een korte voorstelronde licht {s} het doel van het gesprek toe: kennismaken met
het bestuur van {org} en bespreken hoe de samenwerking met de gemeente kan worden
verbeterd.

== meeting.minutes
Het verslag van het overleg van {date} wordt met een tekstuele wijziging
vastgesteld. Naar aanleiding van het verslag meldt {s} dat de actie rond {org} nog
loopt.

Het verslag wordt vastgesteld. {T} vraagt of de passage over {a} kan worden
geanonimiseerd voordat het verslag breder wordt verspreid. Dat wordt toegezegd.

== meeting.case
{S} licht de stand van zaken toe. In {place} heeft een eerste gesprek plaatsgevonden
met {a} en {b} van {org}. Het gesprek verliep constructief; het bestuur staat open
voor verdere contacten, maar wil niet dat de gemeente zich met de inhoud van de
lessen bemoeit.

Naar aanleiding van de bespreking wordt opgemerkt dat {a} niet alleen in {a_place}
actief is maar ook regelmatig spreekt in {place2}. De deelnemers zijn het erover
eens dat afstemming tussen beide gemeenten nodig is.

{A} ({a_role}) geeft aan dat het bestuur zich zorgen maakt over de beeldvorming.
"{A_quote}", aldus {a}. {S} benadrukt dat het ministerie geen oordeel heeft over de
geloofsopvattingen van het bestuur.

{M} vertelt dat {a}, woonachtig in {a_place}, inmiddels is gestopt als {a_role}.
Onduidelijk is wie {a_poss} rol heeft overgenomen. Volgens {b} is het bestuur
verdeeld over de koers van de organisatie.

Bespreking krachtenveldanalyse: {t} heeft het concept gelezen en vindt de
beschrijving van {a} te stellig. De onderzoekers zullen worden gevraagd de bronnen
beter te vermelden.

== meeting.case tf
Financiering: {s} meldt dat volgens de Kamer van Koophandel {org} in {year} een pand
heeft aangekocht voor {amount}. Onduidelijk is waar dit geld vandaan komt. {A},
{a_role} van {a_org}, heeft in een gesprek verklaard dat het geld afkomstig is van
giften van de achterban.

De deelnemers bespreken de mogelijkheden om meer zicht te krijgen op buitenlandse
geldstromen naar {org}. {T} wijst erop dat het ministerie daarvoor geen wettelijke
bevoegdheden heeft en dat de informatie van de gemeente moet komen.

== meeting.case muslim
Casus {place}: de gemeente ontving signalen dat {a} jongeren zou benaderen na afloop
van het vrijdaggebed. {M} geeft aan dat er geen concrete aanwijzingen zijn voor
ronselen. Afgesproken wordt dat de wijkagent het contact met {a_obj} onderhoudt.

== meeting.policy
Er wordt gesproken over de vraag of in verslagen namen van personen moeten worden
opgenomen. Afgesproken wordt dat dit punt wordt voorgelegd aan de juridische
afdeling.

{S} informeert de deelnemers over de voortgang van de krachtenveldanalyses.
Inmiddels zijn analyses afgerond in {place} en {place2}; in {few} andere gemeenten
loopt het onderzoek nog.

== meeting.any
Rondvraag: {m} meldt dat {a} ({a_place}) contact heeft gezocht met de gemeente over
een subsidieaanvraag van {a_org}. Het verzoek wordt aangehouden tot de analyse is
afgerond.

Rondvraag: {t} vraagt aandacht voor een bijeenkomst op {date2} in {place2}, waar {a}
als spreker is aangekondigd. De gemeente {place2} is hiervan op de hoogte.

Rondvraag: er zijn geen punten voor de rondvraag.

== meeting.closing
De voorzitter dankt de aanwezigen voor hun inbreng en sluit de vergadering. Het
volgende overleg staat gepland op {date2}.

{S} sluit het gesprek en bedankt de aanwezigen voor hun openheid. Afgesproken wordt
over drie maanden opnieuw bij elkaar te komen.

== meeting.action
Nagaan welke informatie over {a} bij de gemeente {place} bekend is

Contact opnemen met {a} over de uitnodiging voor de klankbordgroep

Concept krachtenveldanalyse {place} becommentariëren

Juridische toets op het delen van persoonsgegevens met de gemeente

Afspraak plannen met het bestuur van {org}

== meeting.action tf
Opvragen jaarrekening {org} over {year}

== memo.body
Naar aanleiding van ons telefoongesprek van vanochtend hierbij een korte
samenvatting van wat ik heb gehoord over {org}. {A} heeft aangegeven dat het bestuur
in gesprek wil met de gemeente, maar zich overvallen voelt door de berichtgeving.

Ter informatie: {a} ({a_rel}) heeft op {date} een lezing gegeven in {place2}.
Volgens onze contactpersoon waren er ongeveer {num} bezoekers, voornamelijk jongeren
tussen de 16 en 25 jaar.

De gemeente {place} heeft gevraagd om een overzicht van de personen die in de
krachtenveldanalyse worden genoemd. Ik stel voor dat wij dit niet schriftelijk
verstrekken maar mondeling toelichten.

{A} is op {date} door {m} en de wijkagent bezocht. Tijdens het gesprek gaf {a_pron}
aan: "{A_quote}". {M} heeft de indruk dat {a_pron} openstaat voor verder contact.

Volgens {b} heeft {a} zich de laatste maanden teruggetrokken uit het bestuur van
{a_org}. De reden daarvan is niet bekend; er gaan geruchten over een conflict over
de besteding van giften.

Kort verslag van het gesprek met {a} en {b} op {date}. Beiden maken zich zorgen over
jongeren in de wijk die zich afkeren van de moskee en hun informatie via internet
halen. Zij vragen de gemeente om meer ruimte voor jongerenwerk.

Signaal van {m}: in de wijk rond de {street} worden flyers verspreid voor een
lezingenreeks van {org}. Als sprekers worden onder anderen {a} en {b} genoemd.

Graag bespreek ik met je hoe we omgaan met het verzoek van {a} om inzage in wat er
over {a_obj} is vastgelegd. {A_pron} heeft gehoord dat {a_poss} naam in een
onderzoeksrapport staat en wil weten wat er over {a_obj} is geschreven.

== memo.body christian
Ik heb {a} gesproken tijdens de bijeenkomst van het interreligieus beraad. {A_pron}
is {a_rel} en vertelde dat {a_poss} gemeente zich zorgen maakt over de toenemende
polarisatie in {place}. "{A_quote}", aldus {a}.

== memo.body tf
Uit de jaarrekening van {org} over {year} blijkt een post "giften buitenland" van
{amount}. {A}, {a_role} van {a_org}, heeft op verzoek van de gemeente een
toelichting gegeven, maar daarin worden de gevers niet genoemd.

== email.open
Zoals besproken stuur ik je hierbij het concept van de krachtenveldanalyse {place}.
Wil je vooral kijken naar hoofdstuk 3, waarin de rol van {a} en {b} wordt
beschreven? Ik twijfel of we daar niet te veel in detail treden.

Vanmiddag sprak ik {a} van {a_org}. {A_pron} gaf aan dat het bestuur zich zorgen
maakt over de berichtgeving in de lokale krant. Ik heb toegezegd dat ik dat signaal
aan jullie zou doorgeven.

Er is vanochtend een melding binnengekomen van een school in {place}. Een ouder
maakt zich zorgen over lessen die {a} geeft bij {a_org}. Kunnen we dit meenemen in
het overleg van donderdag?

Dank voor je snelle reactie. Ik zal de passage over {a} aanpassen en de verwijzing
naar {a_poss} geloofsovertuiging verwijderen, zoals de juristen adviseren.

Ik heb contact gehad met {a}, {a_role} van {a_org}. {A_pron} is bereid om mee te
werken aan een gesprek, maar wil niet dat {a_poss} naam in stukken terechtkomt.

== email.open tf
Ik kreeg vandaag een telefoontje van {m}. De gemeente heeft informatie ontvangen dat
{org} een nieuwe donatie uit het buitenland verwacht, mogelijk rond de {amount}. {A}
zou daarover contact hebben met een tussenpersoon in België.

== email.open sal
Goed nieuws: {a} heeft toegezegd mee te werken aan het onderzoek in {place}.
{A_pron} kan ons ook in contact brengen met {b}, die jarenlang bij {b_org} actief is
geweest.

== email.body
Kun je mij laten weten of jullie nog aanvullende informatie hebben over {a}? Ik
begreep van {m} dat {a_pron} inmiddels verhuisd is naar {place2}. {A_poss} nieuwe
telefoonnummer zou {a_phone} zijn.

Ter voorbereiding op het overleg van {date2}: de gemeente {place} heeft laten weten
dat {a} niet meer actief is binnen {a_org}. Wel zou {a_pron} nog lessen geven aan
een groep jongeren in {a_place}.

Kort ter info: {a} heeft via {a_email} gereageerd op onze uitnodiging. {A_pron} laat
weten: "{A_quote}". Ik stel voor dat we {a_obj} toch uitnodigen voor de bijeenkomst.

Hierbij de gegevens waar je om vroeg: {a}, {a_street}, {a_postcode} {a_place}, tel.
{a_phone}. Let op: deze gegevens zijn afkomstig van de gemeente en mogen niet verder
worden verspreid.

Volgens {m} is de verhouding tussen {a} en {b} de laatste tijd verslechterd. Het zou
gaan om een meningsverschil over de koers van {org}. Ik denk dat het goed is om dit
in de analyse mee te nemen.

Ik heb het verslag nog eens gelezen. In alinea 4 staat dat {a} {a_rel} is; ik weet
niet waar die informatie vandaan komt en of we die wel mogen vastleggen. Kun jij dat
navragen bij de onderzoekers?

Ik ben volgende week afwezig. Voor dringende zaken kun je contact opnemen met mijn
collega {u} ({u_email}, {u_phone}).

== email.attach
In de bijlage vind je de stukken voor het overleg van {date2}. Met name de passage
over {org} vraagt om een zorgvuldige formulering.

Bijgevoegd het document waar we het vanochtend over hadden. Het is nog een concept,
dus graag niet verder verspreiden.

Hierbij stuur ik je de aantekeningen van het gesprek met {a}. Ik heb ze nog niet
uitgewerkt, dus excuses voor de vorm.

== email.close
Laat maar weten als je nog vragen hebt.

Alvast bedankt voor je reactie.

Ik hoor graag of je hiermee akkoord bent.

Bel me gerust als het handiger is om dit telefonisch te bespreken: {s_phone}.

== email.external
Dank voor uw bericht van {date}. Graag maak ik een afspraak om kennis te maken en te
bespreken hoe de samenwerking tussen {a_org} en de gemeente {place} kan worden
versterkt.

Zoals telefonisch besproken nodig ik u uit voor een bijeenkomst van de
klankbordgroep op {date2} in het gemeentehuis van {place}. Ook {b} heeft toegezegd
aanwezig te zijn.

Naar aanleiding van uw vraag kan ik u laten weten dat de gemeente nog geen besluit
heeft genomen over de subsidieaanvraag van {a_org}. Ik verwacht u binnen vier weken
meer duidelijkheid te kunnen geven.

Wij stellen het op prijs dat u bereid bent uw ervaringen met ons te delen. Uw
gegevens worden vertrouwelijk behandeld en uitsluitend gebruikt voor de
voorbereiding van het gesprek.

Ik begrijp dat de berichtgeving over {a_org} bij uw achterban onrust heeft
veroorzaakt. De gemeente wil graag met u bespreken hoe wij daar samen op kunnen
reageren, en welke rol {b} daarin kan spelen.

Graag ontvang ik van u de namen van de bestuursleden die bij het gesprek aanwezig
zullen zijn, zodat ik de toegang tot het gemeentehuis kan regelen. U kunt mij ook
telefonisch bereiken via {m_phone}.

In het kader van de voorbereiding willen wij graag weten welke onderwerpen volgens u
aandacht verdienen. Denkt u daarbij aan de contacten met scholen, het jongerenwerk
en de samenwerking met andere organisaties in {place}.

== email.fromexternal
Namens het bestuur van {a_org} wil ik reageren op het artikel dat vorige week in de
krant verscheen. Wij herkennen ons niet in het beeld dat daarin wordt geschetst.
{A_quote}.

Ik heb begrepen dat er een onderzoek is gedaan waarin mijn naam wordt genoemd. Graag
zou ik willen weten welke gegevens over mij zijn vastgelegd en met wie deze zijn
gedeeld.

Hierbij bevestig ik onze afspraak van {date2}. Ik kom samen met {b}, die binnen onze
organisatie verantwoordelijk is voor het jongerenwerk.

Wij zijn altijd bereid om met de gemeente in gesprek te gaan. Wel vragen wij dat er
eerlijk wordt gecommuniceerd over het doel van de gesprekken. {A_quote}.

Graag wil ik u erop wijzen dat ik al jaren vrijwilliger ben in de wijk en altijd heb
samengewerkt met de gemeente. Het verbaast mij dan ook dat ik nu op deze manier word
benaderd.

Het bestuur van {a_org} heeft uw uitnodiging besproken. Wij komen graag, maar willen
vooraf weten wie er namens de overheid aanwezig zijn en wat er met de verslagen
gebeurt.

Zoals afgesproken stuur ik u hierbij het jaarverslag van {a_org} over {year}. Daarin
vindt u ook een overzicht van de inkomsten en uitgaven van de stichting.

== pii.bsn
Volgens de gegevens die de gemeente {a_place} heeft aangeleverd, staat {a}
ingeschreven op {a_street}, {a_postcode} {a_place} (BSN {a_bsn}). Deze gegevens zijn
opgenomen in het casusoverzicht.

Het dossier van {a} (geboren {a_birthdate}, BSN {a_bsn}) is door de gemeente gedeeld
met het ministerie. Daarin staat onder meer dat {a_pron} sinds {a_since} een
uitkering ontvangt.

== pii.iban
De gift van {amount} is op {date} overgemaakt naar rekeningnummer {org_iban} ten
name van {org}. {A}, {a_role} van {a_org}, bevestigde de ontvangst maar wilde de
herkomst niet toelichten.

Uit de stukken blijkt dat {a} vanaf rekening {a_iban} maandelijks een bedrag
overmaakt aan {org2}. {A_pron} verklaart dat het gaat om een vrijwillige bijdrage
voor het onderhoud van het gebouw.

== pii.contact
Contactgegevens {a}: {a_street}, {a_postcode} {a_place}, telefoon {a_phone}, e-mail
{a_email}. {A_pron} heeft toestemming gegeven om benaderd te worden voor de
klankbordgroep.

== quote.muslim
wij hebben niets te verbergen, iedereen is welkom in onze moskee

de overheid moet zich niet bemoeien met wat er in de moskee wordt onderwezen

jongeren moeten eerst hun eigen geloof goed leren kennen voordat zij een mening
vormen

wij werken graag samen met de gemeente, zolang wij als gelijkwaardige partner worden
behandeld

er wordt over ons gepraat, maar nooit met ons

het geld komt van gewone gelovigen uit de buurt, niet uit het buitenland

de moskee is een plek voor gebed, niet voor politiek

de media maken van elke orthodoxe moslim een extremist

ik heb mij nooit uitgesproken tegen de rechtsstaat

de lessen zijn bedoeld om kinderen de Koran te leren lezen, meer niet

== quote.salafi
democratie is door mensen bedacht en staat daarom onder de wetten van God

muziek en de feestdagen van niet-moslims horen niet thuis in een moslimgezin

een moslim hoort zich niet te vermengen met mensen die de religie bespotten

mannen en vrouwen horen gescheiden te zitten, ook bij bijeenkomsten van de gemeente

wij leven hier volgens de Nederlandse wet, maar ons geweten volgt de Koran

== quote.christian
als kerk willen wij een brug slaan tussen de gemeenschappen in de wijk

wij merken dat ook in onze gemeente mensen zich steeds meer terugtrekken

geloof hoort bij het leven, en dus ook bij het gesprek in de wijk

== quote.hindu
onze gemeenschap wil vooral in rust haar geloof beleven

wij worden vaak vergeten als het over religie in de stad gaat

== quote.other
het vertrouwen in de overheid is hier tot een dieptepunt gedaald

jongeren voelen zich niet gehoord door de gemeente

ik zie vooral jongeren die op zoek zijn naar erkenning

niemand heeft ons ooit gevraagd wat wij nodig hebben
"""

_TITLES = {
    ("research_report", "sal"): (
        "Krachtenveldanalyse {place}",
        "Krachtenveldanalyse {place} – eindrapportage",
        "Verkenning lokaal krachtenveld {place}",
        "Tussenrapportage krachtenveldanalyse {place}",
    ),
    ("research_report", "tf"): (
        "Quickscan {org}",
        "Verkenning financiering {org}",
        "Onderzoeksrapportage netwerk rond {org}",
        "Krachtenveldanalyse {place} (Taskforce)",
    ),
    ("policy_note", "sal"): (
        "Nota aan de minister – ondersteuning gemeente {place}",
        "Beslisnota krachtenveldanalyse {place}",
        "Notitie aanpak salafisme stand van zaken {docyear}",
        "Nota Kamervragen over {org}",
    ),
    ("policy_note", "tf"): (
        "Nota ongewenste buitenlandse financiering {org}",
        "Notitie stand van zaken Taskforce {docyear}",
        "Beslisnota casus {place}",
        "Nota bestuurlijk overleg {place}",
    ),
    ("meeting_notes", "sal"): (
        "Verslag gesprek {org}",
        "Verslag casusoverleg {place}",
        "Verslag werkbezoek {place}",
        "Verslag regionaal overleg radicalisering",
    ),
    ("meeting_notes", "tf"): (
        "Verslag gesprek {org}",
        "Verslag overleg Taskforce PGOBF",
        "Verslag bestuurlijk overleg {place}",
        "Verslag casusoverleg {place}",
    ),
    ("memo", "sal"): (
        "Memo signalen {place}",
        "Memo gesprek met {org}",
        "Aantekeningen telefoongesprek {place}",
        "Memo lezing {org}",
    ),
    ("memo", "tf"): (
        "Memo signalen {place}",
        "Memo financiering {org}",
        "Aantekeningen gesprek {org}",
        "Memo casus {place}",
    ),
    ("email", "sal"): (
        "Krachtenveldanalyse {place} – concept",
        "RE: afspraak met bestuur {org}",
        "FW: signaal {place}",
        "Verslag gesprek {org}",
        "RE: vraag over {org}",
        "Uitnodiging klankbordgroep {place}",
    ),
    ("email", "tf"): (
        "FW: jaarrekening {org}",
        "Taskforce – agenda overleg",
        "RE: casus {place}",
        "Verslag gesprek {org}",
        "RE: donatie {org}",
        "FW: signaal {place}",
    ),
}

_MARKINGS = ("Departementaal vertrouwelijk", "Vertrouwelijk", "Intern")
_SIGN_OFFS = ("Met vriendelijke groet,", "Groet,", "Hartelijke groet,")


@dataclass(frozen=True, slots=True)
class _Template:
    """One paragraph template of the bank."""

    number: int
    pool: str
    text: str
    tags: tuple[str, ...]
    letters: tuple[str, ...]
    """Subject slots used, in order of first appearance (``a``, ``b``, ``c``)."""


def _parse_bank(bank: str) -> dict[str, tuple[_Template, ...]]:
    """Split the template bank into pools."""
    pools: dict[str, list[_Template]] = {}
    pool, tags = "", ()
    number = 0
    formatter = string.Formatter()
    for block in re.split(r"\n\s*\n", bank.strip()):
        lines = block.strip().splitlines()
        if lines and lines[0].startswith("== "):
            pool, *tag_list = lines[0][3:].split()
            tags = tuple(tag_list)
            lines = lines[1:]
        if not lines:
            continue
        text = " ".join(line.strip() for line in lines)
        letters: list[str] = []
        for _, name, _, _ in formatter.parse(text):
            if name is None:
                continue
            letter = name.split("_", 1)[0].lower()
            if letter in "abc" and len(letter) == 1 and letter not in letters:
                letters.append(letter)
        pools.setdefault(pool, []).append(
            _Template(number, pool, text, tags, tuple(letters))
        )
        number += 1
    return {name: tuple(templates) for name, templates in pools.items()}


_POOLS = _parse_bank(_BANK)


def _templates() -> tuple[_Template, ...]:
    """Every prose template (quotes excluded)."""
    return tuple(
        template
        for name, templates in _POOLS.items()
        if not name.startswith("quote.")
        for template in templates
    )


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


def _ascii(text: str) -> str:
    """Lower-case ASCII letters of ``text``, for e-mail local parts."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if char.isascii() and char.isalnum())


def _dutch_date(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------------------
# The fictitious world


@dataclass(frozen=True, slots=True)
class _Profile:
    """A person plus the details that templates may reveal about them."""

    person: Person
    gender: str
    background: str
    group: str
    """``ministry``, ``research`` or ``municipality`` for staff, else ``subject``."""
    employer: str
    organisation: Organisation | None
    first_forms: tuple[str, ...]
    variants: tuple[str, ...]
    attributes: dict[str, str] = field(hash=False, compare=False)

    @property
    def is_staff(self) -> bool:
        return self.group != "subject"


@dataclass(slots=True)
class _World:
    """All people and organisations, shared by both dossiers."""

    organisations: dict[str, list[Organisation]]
    """By dossier theme."""
    subjects: dict[str, list[_Profile]]
    """By organisation name."""
    staff: dict[str, list[_Profile]]
    """``ministry`` and ``research`` lists, plus one list per municipality."""
    org_ibans: dict[str, str]


def _weighted(rng: random.Random, options: Sequence[tuple[_T, int]]) -> _T:
    """Choose one value; each option is ``(value, weight)``."""
    values = [value for value, _ in options]
    weights = [weight for _, weight in options]
    return rng.choices(values, weights)[0]


class _WorldBuilder:
    """Create fictitious people with unique names and identifiers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: set[str] = set()
        self.emails: set[str] = set()
        self.bsns: set[str] = set()

    def person(
        self,
        *,
        gender: str,
        background: str,
        group: str,
        role: str,
        place: str,
        religion: str | None,
        organisation: Organisation | None,
        employer: str,
        domain: str,
    ) -> _Profile:
        rng = self.rng
        while True:
            given = rng.choice(_GIVEN[(background, gender)].split())
            if background == "nl" and rng.random() < 0.3:
                second = rng.choice(_SECOND_GIVEN[gender])
                if second != given:
                    given = f"{given} {second}"
            raw = rng.choice(_SURNAMES[background].split()).replace("_", " ")
            prefix, _, base = raw.rpartition("|")
            surname = f"{prefix} {base}" if prefix else base
            name = f"{given} {surname}"
            if name not in self.names:
                self.names.add(name)
                break
        initials = "".join(f"{part[0]}." for part in given.split())
        alone = _capitalise(surname)
        mister, missus = ("dhr.", "de heer"), ("mevrouw", "mw.")
        honorifics = mister if gender == "m" else missus
        variants = [
            f"{initials} {surname}",
            alone,
            f"{honorifics[0]} {alone}",
            f"{honorifics[1]} {alone}",
            f"{honorifics[rng.randrange(2)]} {initials} {surname}",
        ]
        first_forms = [name]
        if role in _TITLED_ROLES:
            variants.append(f"{role} {alone}")
            first_forms.append(f"{role} {name}")
        if prefix and background == "ma":
            variants.append(f"{given} {alone}")

        local = f"{_ascii(given.split()[0][0])}.{_ascii(surname)}".lower()
        email = f"{local}@{domain}"
        counter = 2
        while email in self.emails:
            email = f"{local}{counter}@{domain}"
            counter += 1
        self.emails.add(email)
        bsn = _bsn(rng)
        while bsn in self.bsns:
            bsn = _bsn(rng)
        self.bsns.add(bsn)
        age = rng.randint(19, 68)
        birth = dt.date(2018 - age, rng.randint(1, 12), rng.randint(1, 28))
        attributes = {
            "role": role,
            "place": place,
            "rel": _RELIGION_PHRASES[religion],
            "pron": "hij" if gender == "m" else "zij",
            "obj": "hem" if gender == "m" else "haar",
            "poss": "zijn" if gender == "m" else "haar",
            "age": str(age),
            "since": str(rng.randint(2006, 2015)),
            "conv": str(rng.randint(2008, 2015)),
            "phone": _phone(rng),
            "email": email,
            "street": f"{rng.choice(_STREETS)} {rng.randint(1, 180)}",
            "postcode": _postcode(rng),
            "bsn": bsn,
            "iban": _iban(rng),
            "birthdate": _dutch_date(birth),
            "birthplace": rng.choice(_BIRTHPLACES.get(background, ("Utrecht",))),
            "job": rng.choice(_JOBS),
            "first": given.split()[0],
            "org": organisation.name if organisation else employer,
            "orgplace": organisation.place if organisation else place,
            "dear": f"{'heer' if gender == 'm' else 'mevrouw'} {alone}",
        }
        person = Person(
            name=name,
            given_name=given,
            surname=surname,
            place=place,
            religion=religion,
            role=role,
        )
        return _Profile(
            person=person,
            gender=gender,
            background=background,
            group=group,
            employer=employer,
            organisation=organisation,
            first_forms=tuple(first_forms),
            variants=tuple(variants),
            attributes=attributes,
        )


def _build_world(rng: random.Random) -> _World:
    """Create organisations, subjects and staff for both dossiers."""
    builder = _WorldBuilder(rng)
    places = list(_MUNICIPALITIES)
    rng.shuffle(places)

    all_orgs: list[tuple[str, Organisation]] = []
    for index, (group, names) in enumerate(_ORGANISATION_NAMES.items()):
        for kind, name in names:
            place = places[(len(all_orgs) + index) % 24]
            all_orgs.append((group, Organisation(name=name, kind=kind, place=place)))
    muslim = [org for group, org in all_orgs if group == "muslim"]
    others = [org for group, org in all_orgs if group != "muslim"]
    # Overlap on purpose: some organisations (and their people) are in both.
    split = len(muslim) // 2
    by_theme = {
        "sal": muslim[: split + 2] + others[:3],
        "tf": muslim[split - 1 :] + others[2:],
    }
    bureaus = [
        Organisation(name=name, kind="research_bureau", place=place)
        for name, place in zip(_BUREAUS, ("Utrecht", "Amsterdam"), strict=True)
    ]
    for theme in by_theme:
        by_theme[theme] = by_theme[theme] + bureaus

    subjects: dict[str, list[_Profile]] = {}
    group_of = {org.name: group for group, org in all_orgs}
    backgrounds = (("ma", 40), ("tr", 20), ("nl", 25), ("sr", 15))
    for _, org in all_orgs:
        group = group_of[org.name]
        members: list[_Profile] = []
        size = rng.randint(4, 7)
        while len(members) < size:
            background = _weighted(rng, backgrounds)
            religion = _weighted(rng, _RELIGIONS_BY_BACKGROUND[background])
            # People of other beliefs turn up in neighbourhood organisations.
            if _group(religion) != group and not (
                group == "other" and rng.random() < 0.5
            ):
                continue
            place = org.place if rng.random() < 0.7 else rng.choice(places)
            gender = rng.choice(("m", "f"))
            members.append(
                builder.person(
                    gender=gender,
                    background=background,
                    group="subject",
                    role=rng.choice(_ROLES[(group, gender)]),
                    place=place,
                    religion=religion,
                    organisation=org,
                    employer=org.name,
                    domain="example.org",
                )
            )
        subjects[org.name] = members

    staff: dict[str, list[_Profile]] = {"ministry": [], "research": []}
    staff_backgrounds = (("nl", 60), ("ma", 15), ("tr", 10), ("sr", 15))
    for _ in range(7):
        staff["ministry"].append(
            builder.person(
                gender=rng.choice(("m", "f")),
                background=_weighted(rng, staff_backgrounds),
                group="ministry",
                role=rng.choice(_STAFF_ROLES["ministry"]),
                place=rng.choice(("Den Haag", "Delft", "Leiden", "Zoetermeer")),
                religion=None,
                organisation=None,
                employer=_MINISTRY,
                domain="example.nl",
            )
        )
    for bureau in bureaus:
        for _ in range(3):
            staff["research"].append(
                builder.person(
                    gender=rng.choice(("m", "f")),
                    background=_weighted(rng, staff_backgrounds),
                    group="research",
                    role=rng.choice(_STAFF_ROLES["research"]),
                    place=rng.choice(places),
                    religion=None,
                    organisation=bureau,
                    employer=bureau.name,
                    domain="example.org",
                )
            )
    for place in sorted({org.place for _, org in all_orgs} | set(places[:30])):
        staff[place] = [
            builder.person(
                gender=rng.choice(("m", "f")),
                background=_weighted(rng, staff_backgrounds),
                group="municipality",
                role=rng.choice(_STAFF_ROLES["municipality"]),
                place=place,
                religion=None,
                organisation=None,
                employer=f"gemeente {place}",
                domain="example.nl",
            )
        ]
    org_ibans = {org.name: _iban(rng) for _, org in all_orgs}
    return _World(
        organisations=by_theme, subjects=subjects, staff=staff, org_ibans=org_ibans
    )


# ---------------------------------------------------------------------------
# Composition: documents as blocks of text


@dataclass(slots=True)
class _Block:
    """A structural element of a document."""

    style: str
    """``h1``, ``h2``, ``p``, ``bullet``, ``meta`` or ``table``."""
    text: str = ""
    label: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(slots=True)
class _Doc:
    """A composed document, ready to be rendered in any format."""

    kind: str
    title: str
    date: dt.date
    marking: str
    author: str
    blocks: list[_Block] = field(default_factory=list)
    crlf: bool = False


class _Mentions:
    """Which people one file mentions; the first mention is the full name."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.order: list[_Profile] = []
        self._seen: set[str] = set()

    def has(self, profile: _Profile) -> bool:
        return profile.person.name in self._seen

    def full(self, profile: _Profile) -> str:
        """Register ``profile`` and return the full name."""
        if not self.has(profile):
            self._seen.add(profile.person.name)
            self.order.append(profile)
        return profile.person.name

    def mention(self, profile: _Profile) -> str:
        """Return the full name the first time, later one of the variants."""
        if not self.has(profile):
            self.full(profile)
            return self.rng.choice(profile.first_forms)
        return self.rng.choice((profile.person.name, *profile.variants))


class _Slots:
    """Values for ``str.format_map``, looked up lazily in reading order.

    Laziness matters: the first slot of a person that is formatted becomes the
    full-name mention, so later slots of the same person get variants.
    """

    def __init__(self, composer: _Composer, people: dict[str, _Profile]) -> None:
        self.composer = composer
        self.people = people

    def __getitem__(self, key: str) -> str:
        head, _, attribute = key.partition("_")
        profile = self.people.get(head.lower()) if len(head) == 1 else None
        if profile is None:
            value = self.composer.document_value(key.lower())
        elif not attribute:
            value = self.composer.mentions.mention(profile)
        elif attribute == "quote":
            value = self.composer.quote(profile)
        else:
            value = profile.attributes[attribute]
        return _capitalise(value) if key[:1].isupper() else value


_CONSTRAINTS: dict[str, Callable[[_Profile], bool]] = {
    "muslim": lambda p: _group(p.person.religion) == "muslim",
    "salafi": lambda p: p.person.religion == "salafistisch",
    "convert": lambda p: p.person.religion == "bekeerd",
    "christian": lambda p: _group(p.person.religion) == "christian",
    "hindu": lambda p: _group(p.person.religion) == "hindu",
    "migrant": lambda p: p.background != "nl",
}
_SMALL_NUMBERS = ("twee", "drie", "vier", "vijf", "zes", "zeven")
_AMOUNTS = (
    "€ 7.500",
    "€ 12.000",
    "€ 25.000",
    "€ 40.000",
    "€ 75.000",
    "€ 120.000",
    "€ 250.000",
    "€ 1,2 miljoen",
)


class _Composer:
    """Write the text of one file for a cast of people."""

    def __init__(
        self,
        rng: random.Random,
        world: _World,
        theme: str,
        cast: list[_Profile],
        staff: dict[str, _Profile],
        organisation: Organisation,
        other_organisation: Organisation,
        place2: str,
        date: dt.date,
        used: set[int],
    ) -> None:
        self.rng = rng
        self.world = world
        self.theme = theme
        self.cast = cast
        self.staff = staff
        self.organisation = organisation
        self.other_organisation = other_organisation
        self.place2 = place2
        self.date = date
        self.used = used
        self.mentions = _Mentions(rng)
        self.words = 0

    # -- slot values -------------------------------------------------------

    def document_value(self, key: str) -> str:
        """Return a document-level slot value."""
        rng, date = self.rng, self.date
        if key == "place":
            return self.organisation.place
        if key == "place2":
            return self.place2
        if key == "org":
            return self.organisation.name
        if key == "org2":
            return self.other_organisation.name
        if key == "org_iban":
            return self.world.org_ibans[self.organisation.name]
        if key == "bureau":
            researcher = self.staff["s"]
            if researcher.group == "research":
                return researcher.employer
            return _BUREAUS[date.toordinal() % len(_BUREAUS)]
        if key == "year":
            return str(rng.randint(2012, date.year - 1))
        if key == "docyear":
            return str(date.year)
        if key == "orgyear":
            return str(rng.randint(1984, 2012))
        if key == "date":
            return _dutch_date(date - dt.timedelta(days=rng.randint(3, 120)))
        if key == "date2":
            return _dutch_date(date + dt.timedelta(days=rng.randint(7, 60)))
        if key == "period":
            earlier = date - dt.timedelta(days=rng.randint(30, 200))
            season = ("de winter", "het voorjaar", "de zomer", "het najaar")[
                (earlier.month % 12) // 3
            ]
            return f"{season} van {earlier.year}"
        if key == "num":
            return str(rng.randint(6, 28))
        if key == "few":
            return rng.choice(_SMALL_NUMBERS)
        if key == "hundreds":
            return str(rng.randrange(40, 600, 10))
        if key == "amount":
            return rng.choice(_AMOUNTS)
        if key == "street":
            return rng.choice(_STREETS)
        raise KeyError(key)

    def quote(self, profile: _Profile) -> str:
        """A statement that fits the person's religion."""
        religion = profile.person.religion
        group = _group(religion)
        pool = list(_POOLS["quote.other" if group == "alevi" else f"quote.{group}"])
        if religion == "salafistisch":
            pool += _POOLS["quote.salafi"]
        fresh = [quote for quote in pool if quote.number not in self.used]
        quote = self.rng.choice(fresh or pool)
        self.used.add(quote.number)
        return quote.text

    # -- paragraphs --------------------------------------------------------

    def paragraph(self, pool: str, forced: _Profile | None = None) -> str | None:
        """Fill an unused template of ``pool``, or return ``None``."""
        candidates = [
            template
            for template in _POOLS.get(pool, ())
            if template.number not in self.used and self._theme_fits(template)
        ]
        self.rng.shuffle(candidates)
        for template in candidates:
            people = self._assign(template, forced)
            if people is None:
                continue
            self.used.add(template.number)
            text = template.text.format_map(_Slots(self, people))
            self.words += len(text.split())
            return text
        return None

    def _theme_fits(self, template: _Template) -> bool:
        return all(
            tag not in ("sal", "tf") or tag == self.theme for tag in template.tags
        )

    def _assign(
        self, template: _Template, forced: _Profile | None
    ) -> dict[str, _Profile] | None:
        """Pick subjects for the slots, preferring people not yet mentioned."""
        people = dict(self.staff)
        constraint = next(
            (_CONSTRAINTS[tag] for tag in template.tags if tag in _CONSTRAINTS), None
        )
        fresh = [p for p in self.cast if not self.mentions.has(p)]
        known = [p for p in self.cast if self.mentions.has(p)]
        for letter in template.letters:
            if letter == "a" and forced is not None:
                options = [forced]
            else:
                options = fresh + known
            chosen = None
            for option in options:
                if any(option is taken for taken in people.values()):
                    continue
                if letter == "a" and constraint is not None and not constraint(option):
                    continue
                chosen = option
                break
            if chosen is None:
                return None
            people[letter] = chosen
        return people

    def fill(self, text: str) -> str:
        """Format a short text (a title) with document-level slots."""
        value = text.format_map(_Slots(self, dict(self.staff)))
        self.words += len(value.split())
        return value

    def count(self, text: str) -> str:
        self.words += len(text.split())
        return text


def _new_doc(composer: _Composer, kind: str, title: str) -> _Doc:
    rng = composer.rng
    author = composer.staff["s"].employer
    return _Doc(
        kind=kind,
        title=title,
        date=composer.date,
        marking=rng.choice(_MARKINGS),
        author=author,
        crlf=rng.random() < 0.4,
    )


def _add(doc: _Doc, style: str, text: str | None) -> bool:
    if text is None:
        return False
    doc.blocks.append(_Block(style, text))
    return True


def _add_pii(composer: _Composer, doc: _Doc) -> None:
    """Now and then add a BSN, an IBAN or contact details."""
    rng = composer.rng
    for pool, chance in (("pii.bsn", 0.07), ("pii.iban", 0.07), ("pii.contact", 0.1)):
        if rng.random() < chance:
            _add(doc, "p", composer.paragraph(pool))


def _ensure_minimum(composer: _Composer, doc: _Doc, minimum: int) -> None:
    """Top a short document up to ``minimum`` words."""
    for pool in ("memo.body", "research.signal", "policy.explain", "email.body"):
        while composer.words < minimum and _add(doc, "p", composer.paragraph(pool)):
            pass


def _compose_research(composer: _Composer, title: str, target: int) -> _Doc:
    rng = composer.rng
    doc = _new_doc(composer, "research_report", title)
    s, t = composer.staff["s"], composer.staff["t"]
    meta = (
        ("Opdrachtgever", f"{_MINISTRY} en gemeente {composer.organisation.place}"),
        ("Uitgevoerd door", s.employer),
        ("Auteurs", f"{composer.mentions.full(s)} en {composer.mentions.full(t)}"),
        ("Datum", _dutch_date(composer.date)),
        ("Status", rng.choice(("Definitief", "Concept", "Concept v0.3"))),
    )
    for label, value in meta:
        doc.blocks.append(_Block("meta", composer.count(value), label=label))

    def section(heading: str, pool: str, low: int, high: int) -> None:
        doc.blocks.append(_Block("h1", composer.count(heading)))
        for index in range(rng.randint(low, high)):
            if index and composer.words > target:
                break
            _add(doc, "p", composer.paragraph(pool))

    section("Samenvatting", "research.summary", 1, 1)
    section("1. Aanleiding en onderzoeksvragen", "research.intro", 1, 2)
    section("2. Werkwijze", "research.method", 1, 2)
    section("3. Het lokale krachtenveld", "research.org", 1, 3)
    doc.blocks.append(_Block("h1", composer.count("4. Sleutelfiguren")))
    for number, subject in enumerate(composer.cast, start=1):
        if number > 2 and composer.words > target - 250:
            break
        heading = f"4.{number} {composer.mentions.full(subject)}"
        doc.blocks.append(_Block("h2", composer.count(heading)))
        for index in range(rng.randint(1, 2)):
            if index and composer.words > target - 250:
                break
            _add(doc, "p", composer.paragraph("research.person", forced=subject))
    section("5. Signalen", "research.signal", 1, 3)
    _add_pii(composer, doc)
    section("6. Conclusies en aanbevelingen", "research.conclusion", 1, 3)
    mentioned = [p for p in composer.mentions.order if not p.is_staff]
    if mentioned and composer.words < target and rng.random() < 0.6:
        doc.blocks.append(_Block("h1", composer.count("Bijlage 1. Gesprekspartners")))
        rows = [("Naam", "Rol", "Woonplaats")]
        for subject in mentioned[:8]:
            name = composer.mentions.mention(subject)
            rows.append((name, subject.person.role, subject.person.place))
        for row in rows:
            composer.count(" ".join(row))
        doc.blocks.append(_Block("table", rows=tuple(rows)))
    return doc


def _compose_policy(composer: _Composer, title: str, target: int) -> _Doc:
    rng = composer.rng
    doc = _new_doc(composer, "policy_note", title)
    s = composer.staff["s"]
    contact = f"{composer.mentions.full(s)}, {s.person.role}, T {s.attributes['phone']}"
    meta = (
        ("Aan", "de minister van Sociale Zaken en Werkgelegenheid"),
        ("Van", "directie Samenleving en Integratie"),
        ("Datum", _dutch_date(composer.date)),
        ("Kenmerk", f"{composer.date.year}-0000{rng.randrange(10**6):06d}"),
        ("Contactpersoon", contact),
    )
    for label, value in meta:
        doc.blocks.append(_Block("meta", composer.count(value), label=label))
    for heading, pool in (
        ("Aanleiding", "policy.reason"),
        ("Geadviseerd besluit", "policy.advice"),
    ):
        doc.blocks.append(_Block("h1", composer.count(heading)))
        _add(doc, "p", composer.paragraph(pool))
    doc.blocks.append(_Block("h1", composer.count("Kernpunten")))
    for _ in range(rng.randint(3, 4)):
        _add(doc, "bullet", composer.paragraph("policy.keypoint"))
    doc.blocks.append(_Block("h1", composer.count("Toelichting")))
    for index in range(6):
        if index >= 2 and composer.words > target - 150:
            break
        _add(doc, "p", composer.paragraph("policy.explain"))
    _add_pii(composer, doc)
    for heading, pool, chance in (
        ("Financiële gevolgen", "policy.finance", 0.6),
        ("Communicatie", "policy.comms", 0.8),
        ("Vervolg", "policy.next", 0.8),
    ):
        if rng.random() < chance:
            doc.blocks.append(_Block("h1", composer.count(heading)))
            _add(doc, "p", composer.paragraph(pool))
    return doc


def _compose_meeting(composer: _Composer, title: str, target: int) -> _Doc:
    rng = composer.rng
    doc = _new_doc(composer, "meeting_notes", title)
    s, t, m = composer.staff["s"], composer.staff["t"], composer.staff["m"]
    t_label = "SZW" if t.group == "ministry" else t.employer
    attendees = [
        f"{composer.mentions.full(s)} (SZW)",
        f"{composer.mentions.full(t)} ({t_label})",
        f"{composer.mentions.full(m)} ({m.employer})",
    ]
    if "gesprek" in title or rng.random() < 0.3:
        for subject in composer.cast[: rng.randint(1, 2)]:
            role = subject.person.role
            attendees.append(f"{composer.mentions.full(subject)} ({role})")
    location = rng.choice(
        (
            "ministerie van SZW, Den Haag",
            f"gemeentehuis {composer.organisation.place}",
            f"{composer.organisation.name}, {composer.organisation.place}",
            "Teams-overleg",
        )
    )
    meta = (
        ("Datum", _dutch_date(composer.date)),
        ("Locatie", location),
        ("Aanwezig", ", ".join(attendees)),
        ("Verslag", composer.mentions.mention(s)),
    )
    for label, value in meta:
        doc.blocks.append(_Block("meta", composer.count(value), label=label))
    agenda = [("Opening en vaststelling agenda", "meeting.opening", 1)]
    if rng.random() < 0.6:
        agenda.append(("Verslag vorig overleg", "meeting.minutes", 1))
    agenda.append((f"Casus {composer.organisation.place}", "meeting.case", 3))
    if rng.random() < 0.5:
        agenda.append(("Voortgang en werkwijze", "meeting.policy", 2))
    agenda += [("Rondvraag", "meeting.any", 1), ("Sluiting", "meeting.closing", 1)]
    for number, (heading, pool, most) in enumerate(agenda, start=1):
        doc.blocks.append(_Block("h1", composer.count(f"{number}. {heading}")))
        for index in range(rng.randint(1, most)):
            if index and composer.words > target:
                break
            _add(doc, "p", composer.paragraph(pool))
        if pool == "meeting.case":
            _add_pii(composer, doc)
    rows = [("Nr.", "Actie", "Wie", "Gereed")]
    for number in range(1, rng.randint(2, 4) + 1):
        action = composer.paragraph("meeting.action")
        if action is None:
            break
        owner = composer.mentions.mention(rng.choice((s, t, m)))
        rows.append((str(number), action, owner, composer.document_value("date2")))
    if len(rows) > 1:
        doc.blocks.append(_Block("h1", composer.count("Actiepunten")))
        for row in rows:
            composer.count(" ".join(row))
        doc.blocks.append(_Block("table", rows=tuple(rows)))
    return doc


def _compose_memo(composer: _Composer, title: str, target: int) -> _Doc:
    rng = composer.rng
    doc = _new_doc(composer, "memo", title)
    s, t = composer.staff["s"], composer.staff["t"]
    meta = (
        ("Aan", composer.mentions.full(t)),
        ("Van", composer.mentions.full(s)),
        ("Datum", _dutch_date(composer.date)),
        ("Betreft", title),
    )
    for label, value in meta:
        doc.blocks.append(_Block("meta", composer.count(value), label=label))
    for index in range(rng.randint(2, 5)):
        if index >= 2 and composer.words > target:
            break
        _add(doc, "p", composer.paragraph("memo.body"))
    _add_pii(composer, doc)
    return doc


_COMPOSERS: dict[str, Callable[[_Composer, str, int], _Doc]] = {
    "research_report": _compose_research,
    "policy_note": _compose_policy,
    "meeting_notes": _compose_meeting,
    "memo": _compose_memo,
}
_TARGETS = {
    "research_report": (700, 1350),
    "policy_note": (400, 950),
    "meeting_notes": (300, 850),
    "memo": (170, 450),
    "email": (170, 420),
}


# ---------------------------------------------------------------------------
# Rendering


def _pdf_styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14)
    return {
        "marking": ParagraphStyle(
            "marking",
            parent=body,
            fontName="Helvetica-Bold",
            textColor=colors.darkred,
            spaceAfter=6,
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName="Helvetica-Bold",
            fontSize=12,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName="Helvetica-BoldOblique", spaceBefore=6
        ),
        "p": ParagraphStyle("p", parent=body, spaceAfter=6),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14, spaceAfter=3),
        "meta": ParagraphStyle("meta", parent=body, fontSize=9, leading=12),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11),
    }


_PDF_STYLES = _pdf_styles()


def _pdf_timestamp(day: dt.date) -> str:
    offset = "+02'00'" if 4 <= day.month <= 10 else "+01'00'"
    return f"D:{day:%Y%m%d}090000{offset}"


def _render_pdf(doc: _Doc) -> bytes:
    """A PDF with a real text layer and a classification on every page."""
    buffer = io.BytesIO()
    stamp = _pdf_timestamp(doc.date)
    styles = _PDF_STYLES

    def decorate(canvas: Canvas, _template: object) -> None:
        canvas.setDateFormatter(lambda *_: stamp)
        canvas.saveState()
        canvas.setFont("Helvetica-Bold", 8)
        canvas.setFillColor(colors.darkred)
        canvas.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, doc.marking.upper())
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 12 * mm, f"Pagina {canvas.getPageNumber()}")
        canvas.restoreState()

    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=doc.title,
        author=doc.author,
        creator="Herstel demo",
        invariant=1,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
    )
    story: list[object] = [
        Paragraph(xml_escape(doc.marking), styles["marking"]),
        Paragraph(xml_escape(doc.title), styles["title"]),
        Spacer(1, 6 * mm),
    ]
    for block in doc.blocks:
        if block.style == "meta":
            text = f"<b>{xml_escape(block.label)}:</b> {xml_escape(block.text)}"
            story.append(Paragraph(text, styles["meta"]))
        elif block.style == "bullet":
            story.append(
                Paragraph(xml_escape(block.text), styles["bullet"], bulletText="–")
            )
        elif block.style == "table":
            rows = [
                [Paragraph(xml_escape(cell), styles["cell"]) for cell in row]
                for row in block.rows
            ]
            table = Table(rows, repeatRows=1)
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [Spacer(1, 2 * mm), table, Spacer(1, 4 * mm)]
        else:
            story.append(Paragraph(xml_escape(block.text), styles[block.style]))
    template.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def _docx_datetime(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 9, 0, tzinfo=dt.UTC)


def _render_docx(doc: _Doc) -> bytes:
    """A DOCX whose bytes depend on the content only."""
    document = docx.Document()
    core = document.core_properties
    core.author = doc.author
    core.title = doc.title
    core.comments = ""
    core.last_modified_by = doc.author
    core.revision = 1
    core.created = core.modified = _docx_datetime(doc.date)
    document.sections[0].header.paragraphs[0].text = doc.marking
    marking = document.add_paragraph()
    marking.add_run(doc.marking.upper()).bold = True
    document.add_heading(doc.title, level=0)
    for block in doc.blocks:
        if block.style == "meta":
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{block.label}: ").bold = True
            paragraph.add_run(block.text)
            paragraph.paragraph_format.space_after = Pt(0)
        elif block.style in ("h1", "h2"):
            document.add_heading(block.text, level=1 if block.style == "h1" else 2)
        elif block.style == "bullet":
            document.add_paragraph(block.text, style="List Bullet")
        elif block.style == "table":
            table = document.add_table(
                rows=len(block.rows), cols=len(block.rows[0]), style="Table Grid"
            )
            for row, values in zip(table.rows, block.rows, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
            for cell in table.rows[0].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        else:
            document.add_paragraph(block.text)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue(), doc.date)


def _fixed_zip(data: bytes, day: dt.date) -> bytes:
    """Rewrite a zip file with fixed entry timestamps and attributes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(
                entry.filename, (day.year, day.month, day.day, 9, 0, 0)
            )
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            target.writestr(info, source.read(entry.filename))
    return buffer.getvalue()


def _render_txt(doc: _Doc) -> bytes:
    """Plain UTF-8 text, as saved from a note-taking tool."""
    lines = [doc.marking.upper(), "", doc.title, "=" * len(doc.title), ""]
    previous = ""
    for block in doc.blocks:
        if block.style == "meta":
            lines.append(f"{block.label}: {block.text}")
        else:
            if previous == "meta":
                lines.append("")
            if block.style in ("h1", "h2"):
                underline = "-" if block.style == "h1" else "."
                lines += [block.text, underline * len(block.text)]
            elif block.style == "bullet":
                lines.append(f"- {block.text}")
            elif block.style == "table":
                lines += [" | ".join(row) for row in block.rows]
                lines.append("")
            else:
                lines += [block.text, ""]
        previous = block.style
    text = ("\r\n" if doc.crlf else "\n").join(lines).rstrip() + (
        "\r\n" if doc.crlf else "\n"
    )
    return text.encode("utf-8")


_RENDERERS: dict[str, Callable[[_Doc], bytes]] = {
    PDF: _render_pdf,
    DOCX: _render_docx,
    TXT: _render_txt,
}


# ---------------------------------------------------------------------------
# E-mail


def _address(profile: _Profile) -> str:
    name = profile.person.name
    local, _, domain = profile.attributes["email"].partition("@")
    return str(Address(display_name=name, username=local, domain=domain))


def _sent_at(rng: random.Random, day: dt.date) -> dt.datetime:
    offset = dt.timedelta(hours=2 if 4 <= day.month <= 10 else 1)
    return dt.datetime(
        day.year,
        day.month,
        day.day,
        rng.randint(8, 18),
        rng.randrange(60),
        tzinfo=dt.timezone(offset),
    )


def _outlook_date(moment: dt.datetime) -> str:
    weekday = _WEEKDAYS[moment.weekday()]
    return f"{weekday} {_dutch_date(moment.date())} {moment:%H:%M}"


def _signature(composer: _Composer, sender: _Profile) -> str:
    lines = [composer.rng.choice(_SIGN_OFFS), "", sender.person.name]
    if sender.is_staff:
        lines += [
            _capitalise(sender.person.role),
            _capitalise(sender.employer),
            f"T {sender.attributes['phone']}",
            f"E {sender.attributes['email']}",
        ]
    else:
        lines += [f"{_capitalise(sender.person.role)}, {sender.employer}"]
        lines.append(sender.attributes["phone"])
    return composer.count("\n".join(lines))


_EMAIL_MODES = (("internal", 70), ("to_subject", 15), ("from_subject", 15))
"""Civil servants among themselves, to a person concerned, or from one."""


def _compose_email(
    composer: _Composer, subject: str, kind: str
) -> tuple[list[_Profile], list[_Profile], list[_Profile], list[str]]:
    """Return sender, recipients, cc and the body paragraphs of an e-mail."""
    rng = composer.rng
    s, t, m = composer.staff["s"], composer.staff["t"], composer.staff["m"]
    external = composer.cast[0]
    if kind == "internal":
        sender, to = [s], [rng.choice((t, m))]
        cc = [p for p in (t, m) if p is not to[0]][: rng.randint(0, 1)]
    elif kind == "to_subject":
        sender, to, cc = [m], [external], []
    else:
        sender, to, cc = [external], [m], [s][: rng.randint(0, 1)]
    for profile in (*sender, *to, *cc):
        composer.mentions.full(profile)
    composer.count(subject)

    paragraphs: list[str] = []

    def add(pool: str, forced: _Profile | None = None) -> bool:
        text = composer.paragraph(pool, forced=forced)
        if text is not None:
            paragraphs.append(text)
        return text is not None

    if kind == "internal":
        first = to[0].attributes["first"]
        paragraphs.append(
            rng.choice((f"Beste {first},", f"Hoi {first},", "Dag allen,"))
        )
        add("email.open")
        for _ in range(rng.randint(1, 3)):
            add("email.body")
    elif kind == "to_subject":
        paragraphs.append(f"Geachte {external.attributes['dear']},")
        for _ in range(rng.randint(2, 3)):
            add("email.external", forced=external)
    else:
        paragraphs.append(f"Geachte {m.attributes['dear']},")
        for _ in range(rng.randint(2, 3)):
            add("email.fromexternal", forced=external)
    return sender, to, cc, paragraphs


def _quoted(
    composer: _Composer, author: _Profile, reader: _Profile, subject: str
) -> str:
    """An earlier message in the thread, as Outlook quotes it."""
    rng = composer.rng
    earlier = composer.date - dt.timedelta(days=rng.randint(1, 9))
    moment = _sent_at(rng, earlier)
    pool = {
        "subject": "email.fromexternal",
        "municipality": "email.body",
        "ministry": "email.body",
        "research": "email.body",
    }[author.group]
    if reader.group == "subject" and author.group != "subject":
        pool = "email.external"
    forced = author if author.group == "subject" else None
    if pool == "email.external":
        forced = reader
    body = [composer.paragraph(pool, forced=forced) or ""]
    if author.is_staff and reader.is_staff:
        body.append(composer.paragraph("email.close") or "")
    lines = [
        "-----Oorspronkelijk bericht-----",
        f"Van: {composer.mentions.full(author)} <{author.attributes['email']}>",
        f"Verzonden: {_outlook_date(moment)}",
        f"Aan: {composer.mentions.full(reader)} <{reader.attributes['email']}>",
        f"Onderwerp: {re.sub(r'^(RE|FW): ', '', subject)}",
        "",
        "\n\n".join(paragraph for paragraph in body if paragraph),
        "",
        f"Groet, {author.attributes['first']}",
    ]
    return composer.count("\n".join(lines))


def _html_body(text: str) -> str:
    paragraphs = [
        "<p>" + html.escape(part, quote=False).replace("\n", "<br>\n") + "</p>"
        for part in text.split("\n\n")
    ]
    return (
        '<html><head><meta charset="utf-8"><style>p {font-family: Calibri;}</style>'
        "</head><body>\n" + "\n".join(paragraphs) + "\n</body></html>\n"
    )


def _message_id(rng: random.Random, moment: dt.datetime) -> str:
    return f"<{moment:%Y%m%d%H%M}.{rng.getrandbits(48):012x}@example.nl>"


_MAIN_TYPES = {PDF: ("application", "pdf"), DOCX: tuple(DOCX.split("/", 1))}


def _build_email(
    composer: _Composer,
    subject: str,
    target: int,
    kind: str,
    attachments: list[tuple[str, bytes, str]],
) -> bytes:
    """Compose and serialise one e-mail with optional attachments."""
    rng = composer.rng
    sender, to, cc, paragraphs = _compose_email(composer, subject, kind)
    if attachments:
        text = composer.paragraph("email.attach")
        if text:
            paragraphs.insert(2, text)
    if not sender[0].is_staff:
        top_up, forced = ("email.fromexternal",), sender[0]
    elif not to[0].is_staff:
        top_up, forced = ("email.external",), to[0]
    else:
        top_up, forced = ("email.body", "email.open", "memo.body"), None
    for pool in top_up:
        while composer.words < target - 60:
            text = composer.paragraph(pool, forced=forced)
            if text is None:
                break
            paragraphs.append(text)
    if kind == "internal" and rng.random() < 0.6:
        closing = composer.paragraph("email.close")
        if closing:
            paragraphs.append(closing)
    body = "\n\n".join([*paragraphs, _signature(composer, sender[0])])
    if composer.words < target or rng.random() < 0.3:
        body += "\n\n" + _quoted(composer, to[0], sender[0], subject)

    moment = _sent_at(rng, composer.date)
    message = EmailMessage()
    message["From"] = _address(sender[0])
    message["To"] = ", ".join(_address(p) for p in to)
    if cc:
        message["Cc"] = ", ".join(_address(p) for p in cc)
    message["Subject"] = subject
    message["Date"] = moment.strftime("%a, %d %b %Y %H:%M:%S %z")
    message["Message-ID"] = _message_id(rng, moment)
    message["X-Mailer"] = "Microsoft Outlook 16.0"
    message["Content-Language"] = "nl-NL"
    style = rng.random()
    if style < 0.1:
        message.set_content(_html_body(body), subtype="html")
    else:
        message.set_content(body + "\n")
        if style < 0.35:
            message.add_alternative(_html_body(body), subtype="html")
    for filename, data, media_type in attachments:
        if media_type == TXT:
            message.add_attachment(data.decode("utf-8"), filename=filename)
        else:
            maintype, subtype = _MAIN_TYPES[media_type]
            message.add_attachment(
                data, maintype=maintype, subtype=subtype, filename=filename
            )
    # The email package draws boundaries from the global random module; fixed
    # boundaries keep the output reproducible.
    for number, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{number}_{rng.getrandbits(40):010x}")
    return message.as_bytes(policy=SMTP)


# ---------------------------------------------------------------------------
# Documents and dossiers


def _weekday(rng: random.Random) -> dt.date:
    span = (_LAST_DAY - _FIRST_DAY).days
    day = _FIRST_DAY + dt.timedelta(days=rng.randrange(span + 1))
    if day.weekday() >= 5:
        day -= dt.timedelta(days=day.weekday() - 4)
    return day


def _safe_filename(title: str) -> str:
    cleaned = re.sub(r"^(RE|FW): ", r"\1 ", title)
    cleaned = re.sub(r'[\\/:*?"<>|]', "", cleaned)
    return " ".join(cleaned.split())


class _DossierWriter:
    """Create the documents of one dossier."""

    def __init__(self, rng: random.Random, world: _World, theme: str) -> None:
        self.rng = rng
        self.world = world
        self.theme = theme
        self.organisations = [
            org for org in world.organisations[theme] if org.kind != "research_bureau"
        ]
        self.focus = [org for org in self.organisations if org.name in _MUSLIM_ORGS]
        self.subjects = [
            subject
            for org in self.organisations
            for subject in world.subjects.get(org.name, [])
        ]

    def composer(self, kind: str, date: dt.date, used: set[int]) -> _Composer:
        rng = self.rng
        focus = rng.choice(self.focus)
        members = list(self.world.subjects[focus.name])
        low, high = {
            "research_report": (3, 6),
            "policy_note": (2, 4),
            "meeting_notes": (2, 4),
            "memo": (1, 3),
            "email": (1, 3),
        }[kind]
        size = rng.randint(low, high)
        cast = rng.sample(members, min(len(members), size))
        outsiders = [p for p in self.subjects if p.organisation is not focus]
        cast += rng.sample(outsiders, rng.randint(0, 2))
        if kind == "research_report":
            researchers = self.world.staff["research"]
            bureau = rng.randrange(len(researchers) // 3)
            s, t, u = rng.sample(researchers[bureau * 3 : bureau * 3 + 3], 3)
        else:
            s, t, u = rng.sample(self.world.staff["ministry"], 3)
        staff = {"s": s, "t": t, "u": u, "m": self.world.staff[focus.place][0]}
        other = rng.choice([org for org in self.organisations if org is not focus])
        place2 = rng.choice([p for p in _MUNICIPALITIES if p != focus.place])
        return _Composer(
            rng, self.world, self.theme, cast, staff, focus, other, place2, date, used
        )

    def document(self, media_type: str) -> DemoDocument:
        rng = self.rng
        kind = _weighted(rng, _KINDS_BY_FORMAT[media_type])
        date = _weekday(rng)
        used: set[int] = set()
        composer = self.composer(kind, date, used)
        title = composer.fill(rng.choice(_TITLES[(kind, self.theme)]))
        target = rng.randint(*_TARGETS[kind])
        if media_type == EML:
            mode = _weighted(rng, _EMAIL_MODES)
            # Only civil servants among themselves forward internal notes.
            chance = 0.45 if mode == "internal" else 0.0
            attachments, persons = self._attachments(composer, chance)
            data = _build_email(composer, title, target, mode, attachments)
            names = [p.person.name for p in composer.mentions.order]
            names += [name for name in persons if name not in names]
        else:
            doc = _COMPOSERS[kind](composer, title, target)
            _ensure_minimum(composer, doc, 160)
            data = _RENDERERS[media_type](doc)
            names = [p.person.name for p in composer.mentions.order]
        filename = (
            f"{date.isoformat()} {_safe_filename(title)}.{_EXTENSIONS[media_type]}"
        )
        return DemoDocument(
            filename=filename,
            data=data,
            media_type=media_type,
            kind=kind,
            persons=tuple(names),
        )

    def _attachments(
        self, composer: _Composer, chance: float
    ) -> tuple[list[tuple[str, bytes, str]], list[str]]:
        rng = self.rng
        attachments: list[tuple[str, bytes, str]] = []
        persons: list[str] = []
        if rng.random() >= chance:
            return attachments, persons
        for _ in range(rng.randint(1, 2)):
            media_type = rng.choice((PDF, DOCX, TXT))
            kind = rng.choice(("memo", "meeting_notes", "policy_note"))
            inner = _Composer(
                rng,
                self.world,
                self.theme,
                composer.cast,
                composer.staff,
                composer.organisation,
                composer.other_organisation,
                composer.place2,
                composer.date,
                composer.used,
            )
            title = inner.fill(rng.choice(_TITLES[(kind, self.theme)]))
            doc = _COMPOSERS[kind](inner, title, rng.randint(150, 350))
            _ensure_minimum(inner, doc, 150)
            name = f"{_safe_filename(title)}.{_EXTENSIONS[media_type]}"
            if any(name == existing for existing, _, _ in attachments):
                name = f"{_safe_filename(title)} (2).{_EXTENSIONS[media_type]}"
            attachments.append((name, _RENDERERS[media_type](doc), media_type))
            persons += [
                p.person.name
                for p in inner.mentions.order
                if p.person.name not in persons
            ]
        return attachments, persons


_MUSLIM_ORGS = frozenset(name for _, name in _ORGANISATION_NAMES["muslim"])


def _format_plan(rng: random.Random, documents: int) -> list[str]:
    """Exact format counts (largest remainder), in random order."""
    exact = [(media_type, share * documents) for media_type, share in FORMAT_SHARES]
    counts = {media_type: int(value) for media_type, value in exact}
    remainder = documents - sum(counts.values())
    by_fraction = sorted(exact, key=lambda item: item[1] - int(item[1]), reverse=True)
    for media_type, _ in by_fraction[:remainder]:
        counts[media_type] += 1
    plan = [media_type for media_type, count in counts.items() for _ in range(count)]
    rng.shuffle(plan)
    return plan


def generate_dossiers(*, seed: int, documents: int = 300) -> list[DemoDossier]:
    """Generate the two demo dossiers with ``documents`` files between them.

    The same ``seed`` gives byte-identical output. About 55% of the documents go
    to the first dossier. Formats follow :data:`FORMAT_SHARES`.
    """
    if documents < 0:
        raise ValueError("documents must not be negative")
    rng = random.Random(seed)
    world = _build_world(rng)
    plan = _format_plan(rng, documents)
    first = round(documents * 0.55)
    slices = (plan[:first], plan[first:])
    everyone = {
        profile.person.name: profile.person
        for profiles in (*world.subjects.values(), *world.staff.values())
        for profile in profiles
    }
    dossiers = []
    for (slug, title, description, theme), formats in zip(
        _DOSSIERS, slices, strict=True
    ):
        writer = _DossierWriter(rng, world, theme)
        generated = sorted(
            (writer.document(media_type) for media_type in formats),
            key=lambda document: document.filename,
        )
        documents_out: list[DemoDocument] = []
        seen: dict[str, int] = {}
        for document in generated:
            count = seen.get(document.filename, 0) + 1
            seen[document.filename] = count
            if count > 1:
                stem, _, extension = document.filename.rpartition(".")
                document = replace(document, filename=f"{stem} ({count}).{extension}")
            documents_out.append(document)
        names: dict[str, None] = {}
        for document in documents_out:
            names.update(dict.fromkeys(document.persons))
        dossiers.append(
            DemoDossier(
                slug=slug,
                title=title,
                description=description,
                documents=tuple(documents_out),
                persons=tuple(everyone[name] for name in names),
                organisations=tuple(world.organisations[theme]),
            )
        )
    return dossiers
