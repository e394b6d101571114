# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Template bank: paragraphs for meeting notes.

Demo data, not user interface text; see :mod:`herstel.demo.generator.phrases`
for the format.
"""

BANK = """
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
"""
