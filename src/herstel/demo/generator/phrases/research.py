# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Template bank: paragraphs for research reports (krachtenveldanalyses).

Demo data, not user interface text; see :mod:`herstel.demo.generator.phrases`
for the format.
"""

BANK = """
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
"""
