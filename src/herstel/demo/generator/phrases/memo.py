# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Template bank: paragraphs for memos.

Demo data, not user interface text; see :mod:`herstel.demo.generator.phrases`
for the format.
"""

BANK = """
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
"""
