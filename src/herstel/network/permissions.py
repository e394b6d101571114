# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Who may do what in the network.

Members take part once they have joined with consent (a ``Member`` profile);
moderators see and manage everything. Other staff roles see nothing of the
network: their work is the organisation's data, not the network's.
What a member may see of groups is decided in ``selectors`` with the acting
user, so the rules here and the queries there agree.
"""

from typing import Any

import rules

from herstel.accounts.constants import Role
from herstel.accounts.permissions import has_role

is_moderator = has_role(Role.NETWORK_MODERATOR)
has_member_role = has_role(Role.NETWORK_MEMBER)


@rules.predicate
def has_joined(user: Any) -> bool:
    """The user has a member profile with consent (see ``services.member_join``)."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    return hasattr(user, "network_member")


is_member = has_member_role & has_joined

rules.add_perm("network.view", is_member | is_moderator)
rules.add_perm("network.participate", is_member)
rules.add_perm("network.moderate", is_moderator)
