# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Template bank: paragraphs for personal details (BSN, IBAN, contact details).

Demo data, not user interface text; see :mod:`herstel.demo.generator.phrases`
for the format.
"""

BANK = """
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
"""
