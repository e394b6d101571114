# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Aggregate reports: counts only, for the privacy and policy officers."""

import rules

from herstel.accounts.constants import Role
from herstel.accounts.permissions import has_role

rules.add_perm(
    "reports.read_parliament", has_role(Role.PRIVACY_OFFICER, Role.POLICY_OFFICER)
)
# The campaign's progress in charts (counts only): the campaign team and the
# privacy officer.
rules.add_perm(
    "reports.read_progress",
    has_role(Role.ANALYST, Role.REVIEWER, Role.PRIVACY_OFFICER),
)
