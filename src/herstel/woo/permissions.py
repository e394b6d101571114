# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Who may work on Woo requests. See docs/permissions.md."""

import rules

from herstel.accounts.constants import Role
from herstel.accounts.permissions import did_not_propose
from herstel.accounts.permissions import has_role

can_read = has_role(Role.ANALYST, Role.REVIEWER)
can_work = has_role(Role.ANALYST)
can_approve = has_role(Role.REVIEWER)


rules.add_perm("woo.read", can_read)
rules.add_perm("woo.work", can_work)
rules.add_perm("woo.approve", can_approve & did_not_propose)
