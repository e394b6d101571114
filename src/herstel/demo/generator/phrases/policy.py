# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Template bank: paragraphs for policy notes to the minister.

Demo data, not user interface text; see :mod:`herstel.demo.generator.phrases`
for the format.
"""

BANK = """
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
"""
