# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Template bank: the passage about the demo requester (their place of
residence and religion, in sentences that name no one else), so the demo
access request shows what art. 15 gives a citizen.

Demo data, not user interface text; see :mod:`herstel.demo.generator.phrases`
for the format.
"""

BANK = """
== requester.profile
{A}, woonachtig in {a_place}, is {a_rel}. {A_pron} is sinds {a_since} {a_role} van
{a_org} en wordt door respondenten omschreven als iemand die jongeren aanspreekt
op hun geloofsbeleving.

Over {a} meldt de gemeente dat {a_pron} in {a_place} woont en {a_rel} is. {A_pron}
bezoekt geregeld bijeenkomsten van {a_org} en heeft zich in {docyear} kritisch
uitgelaten over het gemeentelijk beleid.

In het gesprek vertelde {a} dat {a_pron} al jaren in {a_place} woont en {a_rel}
is. {A_pron} maakt zich zorgen over de beeldvorming rond {a_org} in de lokale
media.
"""
