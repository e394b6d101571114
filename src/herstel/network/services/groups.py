# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Joining, leaving and managing groups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.db import transaction

from herstel.audit.services import audit_event_record

from .. import audit_events as events
from ..constants import GroupAccess
from ..constants import MembershipStatus
from ..models import Group
from ..models import GroupMembership
from .common import _moderator_save
from .common import _require_member
from .common import _require_moderator

if TYPE_CHECKING:
    from herstel.core.actor import Actor

# Groups ------------------------------------------------------------------


@transaction.atomic
def group_join(*, actor: Actor, group: Group) -> GroupMembership:
    """Join an open group, or apply to a group on application."""
    member = _require_member(actor)
    if group.access == GroupAccess.PRIVATE:
        raise PermissionDenied
    status = (
        MembershipStatus.ACTIVE
        if group.access == GroupAccess.OPEN
        else MembershipStatus.PENDING
    )
    membership, created = GroupMembership.objects.get_or_create(
        group=group, member=member, defaults={"status": status}
    )
    if created:
        audit_event_record(
            event=events.GROUP_JOINED,
            actor=actor,
            target=group,
            context={"member": member.pk, "status": status},
        )
    return membership


@transaction.atomic
def group_leave(*, actor: Actor, group: Group) -> None:
    """The actor leaves ``group`` (audited); a no-op when not a member."""
    member = _require_member(actor)
    deleted, _rows = GroupMembership.objects.filter(group=group, member=member).delete()
    if deleted:
        audit_event_record(
            event=events.GROUP_JOINED,
            actor=actor,
            target=group,
            context={"member": member.pk, "status": "left"},
        )


@transaction.atomic
def group_membership_decide(
    *, actor: Actor, membership: GroupMembership, approve: bool
) -> None:
    """Approve or refuse a pending membership request (audited); moderators only."""
    _require_moderator(actor)
    if membership.status != MembershipStatus.PENDING:
        return
    if approve:
        membership.status = MembershipStatus.ACTIVE
        membership.save(update_fields=["status"])
    else:
        membership.delete()
    audit_event_record(
        event=events.GROUP_MEMBERSHIP_DECIDED,
        actor=actor,
        target=membership.group,
        context={"member": membership.member_id, "approved": approve},
    )


@transaction.atomic
def group_save(*, actor: Actor, group: Group) -> Group:
    """Create or change a group (validated, audited); moderators only."""
    return _moderator_save(
        actor=actor, obj=group, event=events.GROUP_SAVED, access=group.access
    )
