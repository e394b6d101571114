# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Who may see and keep the partner register (docs/permissions.md).

The policy officer keeps the register. The privacy officer oversees it, records
and lifts security advices (so the person who registers contacts cannot lift a
block that stands in their way) and allows findings of the privacy guard.
"""

import rules

from herstel.accounts.constants import Role
from herstel.accounts.permissions import has_role

is_policy_officer = has_role(Role.POLICY_OFFICER)
is_privacy_officer = has_role(Role.PRIVACY_OFFICER)

rules.add_perm("partners.read_register", is_policy_officer | is_privacy_officer)
rules.add_perm("partners.keep_register", is_policy_officer)
rules.add_perm("partners.publish_overview", is_policy_officer)
rules.add_perm("partners.issue_confidential_list", is_policy_officer)
rules.add_perm("partners.record_advice", is_privacy_officer)
rules.add_perm("partners.allow_finding", is_privacy_officer)
