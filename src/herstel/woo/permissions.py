# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Who may work on Woo requests. See docs/permissions.md."""

from typing import Any

import rules

from herstel.accounts.constants import Role
from herstel.accounts.permissions import has_role

can_read = has_role(Role.ANALYST, Role.REVIEWER)
can_work = has_role(Role.ANALYST)
can_approve = has_role(Role.REVIEWER)


@rules.predicate
def did_not_propose(user: Any, request: Any) -> bool:
    """Four eyes: the approver is not the analyst who proposed the decision."""
    if request is None:
        return True
    return bool(request.proposed_by_id != user.pk)


rules.add_perm("woo.read", can_read)
rules.add_perm("woo.work", can_work)
rules.add_perm("woo.approve", can_approve & did_not_propose)
