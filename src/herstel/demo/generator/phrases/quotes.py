# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Template bank: paragraphs for statements attributed to subjects.

Demo data, not user interface text; see :mod:`herstel.demo.generator.phrases`
for the format.
"""

BANK = """
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
