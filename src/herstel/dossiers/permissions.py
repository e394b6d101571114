# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Who may see the inventory. Only screened staff see personal data."""

import rules

from herstel.accounts.constants import Role
from herstel.accounts.permissions import has_role

can_read_inventory = has_role(Role.ANALYST, Role.REVIEWER)

rules.add_perm("dossiers.read_inventory", can_read_inventory)
rules.add_perm("dossiers.read_document", can_read_inventory)
# Reviewing the engine's findings and loading documents is analysts' work.
can_work_inventory = has_role(Role.ANALYST)
rules.add_perm("dossiers.review_mention", can_work_inventory)
rules.add_perm("dossiers.ingest", can_work_inventory)
# A subject's name and address, for the art. 13/14 letter: the analysts who
# prepare letters and the privacy officer who decides about them.
rules.add_perm(
    "dossiers.read_subject_contact", has_role(Role.ANALYST, Role.PRIVACY_OFFICER)
)
