# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Informing data subjects: the privacy officer decides; analysts send letters."""

import rules

from herstel.accounts.constants import Role
from herstel.accounts.permissions import has_role

rules.add_perm("notices.decide", has_role(Role.PRIVACY_OFFICER))
rules.add_perm("notices.send", has_role(Role.ANALYST, Role.PRIVACY_OFFICER))
# The list of subjects with their notice status, and one subject's page.
rules.add_perm("notices.read", has_role(Role.ANALYST, Role.PRIVACY_OFFICER))
rules.add_perm(
    "notices.read_public", has_role(Role.PRIVACY_OFFICER, Role.POLICY_OFFICER)
)
rules.add_perm(
    "notices.record_public", has_role(Role.PRIVACY_OFFICER, Role.POLICY_OFFICER)
)
