# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Template bank: paragraphs for e-mails.

Demo data, not user interface text; see :mod:`herstel.demo.generator.phrases`
for the format.
"""

BANK = """
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
"""
