# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Role predicates and the account-level rules (django-rules).

Other apps build their rules from :func:`has_role`; see docs/permissions.md.
"""

from typing import Any

import rules

from .constants import Role


def has_role(*roles: Role) -> Any:
    """A predicate true for active users in any of ``roles``."""
    names = {str(role) for role in roles}

    @rules.predicate(name="has_role:" + "|".join(sorted(names)))
    def predicate(user: Any) -> bool:
        if not (user and user.is_authenticated and user.is_active):
            return False
        cached = getattr(user, "_herstel_roles", None)
        if cached is None:
            cached = frozenset(user.groups.values_list("name", flat=True))
            user._herstel_roles = cached
        return bool(cached & names)

    return predicate


@rules.predicate
def did_not_propose(user: Any, obj: Any) -> bool:
    """Four eyes: the approver is not the person who proposed (``obj`` has a
    ``proposed_by``; no object, no objection)."""
    if obj is None:
        return True
    return bool(obj.proposed_by_id != user.pk)


is_administrator = has_role(Role.ADMINISTRATOR)

rules.add_perm("accounts.access_admin", is_administrator)

# The audit trail is for the privacy officer (FG). Added here, not in
# audit/permissions.py, because audit sits below accounts and names no role.
is_privacy_officer = has_role(Role.PRIVACY_OFFICER)

rules.add_perm("audit.read_trail", is_privacy_officer)
rules.add_perm("audit.export_trail", is_privacy_officer)
rules.add_perm("accounts.decide_role_grant", is_administrator)
rules.add_perm("accounts.view_rolegrant", is_administrator)
