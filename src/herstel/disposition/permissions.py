# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Who may propose, approve and execute; see docs/permissions.md.

Four eyes is not a role rule: the services refuse a decision by the person who
proposed (and the database has a check constraint for it).
"""

import rules

from herstel.accounts.constants import Role
from herstel.accounts.permissions import has_role

can_read = has_role(Role.ANALYST, Role.REVIEWER, Role.PRIVACY_OFFICER)
can_propose = has_role(Role.ANALYST)
can_approve = has_role(Role.REVIEWER)
can_hold = has_role(Role.ANALYST, Role.PRIVACY_OFFICER)
can_confirm_location = has_role(Role.ANALYST, Role.REVIEWER, Role.PRIVACY_OFFICER)
can_manage_grounds = has_role(Role.PRIVACY_OFFICER)
can_redact = has_role(Role.ANALYST)

rules.add_perm("disposition.read", can_read)
rules.add_perm("disposition.propose", can_propose)
rules.add_perm("disposition.approve", can_approve)
rules.add_perm("disposition.place_hold", can_hold)
rules.add_perm("disposition.prepare_run", can_propose)
rules.add_perm("disposition.approve_run", can_approve)
rules.add_perm("disposition.execute_run", has_role(Role.ANALYST, Role.REVIEWER))
rules.add_perm("disposition.confirm_location", can_confirm_location)
rules.add_perm("disposition.manage_grounds", can_manage_grounds)
rules.add_perm("disposition.redact", can_redact)
rules.add_perm("disposition.approve_redaction", can_approve)
