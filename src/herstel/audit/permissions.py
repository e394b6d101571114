# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The audit trail is for the privacy officer (FG)."""

import rules

from herstel.accounts.constants import Role
from herstel.accounts.permissions import has_role

is_privacy_officer = has_role(Role.PRIVACY_OFFICER)

rules.add_perm("audit.read_trail", is_privacy_officer)
rules.add_perm("audit.export_trail", is_privacy_officer)
