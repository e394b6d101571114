# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reads for the network, always for an acting user.

Visibility is the core rule, decided here and nowhere else:

* Only members who joined with consent and moderators see anything.
* Network-wide items (no group) are visible to every member.
* A group's items are visible to its active members; an open group's items
  also to every member (anyone may join it). Items of a group on application
  or of a private group stay hidden from everyone else.
* A private group itself is invisible to non-members; a group on application
  shows its name and description so members can apply.
* Hidden contributions are shown only to moderators.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.db.models import Exists
from django.db.models import OuterRef
from django.db.models import Q
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.core.work import WorkItem
from herstel.vault.services import value_open

from .constants import ApplicationStatus
from .constants import GroupAccess
from .constants import MembershipStatus
from .constants import ReportStatus
from .models import Application
from .models import Consultation
from .models import ConsultationResponse
from .models import Group
from .models import GroupMembership
from .models import Meeting
from .models import MeetingDocument
from .models import Member
from .models import ProgressUpdate
from .models import Registration
from .models import Report
from .models import Series
from .models import Topic
from .models import TopicSupport

if TYPE_CHECKING:
    from herstel.core.actor import Actor
    from herstel.core.actor import Viewer

PURPOSE_DISPLAY_NAME = "network.member.display_name"
PURPOSE_EMAIL = "network.member.email"
PURPOSE_NEEDS = "network.registration.needs"
PURPOSE_APPLICATION = "network.application"


def member_for_user(*, user: Viewer | None) -> Member | None:
    """The member of a logged-in user, or ``None``."""
    if not (user and user.is_authenticated):
        return None
    return Member.objects.filter(user=user).first()


def _is_moderator(user: Viewer | None) -> bool:
    return bool(user and user.has_perm("network.moderate"))


def network_check_view(*, actor: Actor) -> None:
    """Raise ``PermissionDenied`` unless the actor may see the network at all."""
    if not (actor and actor.has_perm("network.view")):
        raise PermissionDenied


def member_display_name(*, member: Member | None) -> str:
    """The member's chosen display name, or '' for a deleted member."""
    if member is None:
        return ""
    return value_open(
        key_id=member.key_id,
        sealed=member.display_name_sealed,
        purpose=PURPOSE_DISPLAY_NAME,
    )


def member_email(*, member: Member) -> str:
    """A member's e-mail address, opened with the member's own key (for mail only)."""
    return value_open(
        key_id=member.key_id, sealed=member.email_sealed, purpose=PURPOSE_EMAIL
    )


def registration_needs(*, registration: Registration) -> dict[str, Any]:
    """The needs a member gave at registration: ``{"needs": [...], "other": ""}``."""
    if not registration.has_needs or registration.needs_sealed is None:
        return {"needs": [], "other": ""}
    member = registration.member
    return json.loads(
        value_open(
            key_id=member.key_id,
            sealed=registration.needs_sealed,
            purpose=PURPOSE_NEEDS,
        )
    )


def application_details(*, application: Application) -> dict[str, str]:
    """An application's sealed details (display name, e-mail, motivation);
    empty once a moderator has decided."""
    if application.details_sealed is None:
        return {}
    return json.loads(
        value_open(
            key_id=application.key_id,
            sealed=application.details_sealed,
            purpose=PURPOSE_APPLICATION,
        )
    )


# Groups ------------------------------------------------------------------


def group_ids_member_of(*, member: Member) -> set[int]:
    """The ids of the groups ``member`` is an active member of."""
    return set(
        GroupMembership.objects.filter(
            member=member, status=MembershipStatus.ACTIVE
        ).values_list("group_id", flat=True)
    )


def group_ids_with_visible_content(*, actor: Actor) -> set[int] | None:
    """Groups whose items the actor may see; ``None`` means all (moderator)."""
    network_check_view(actor=actor)
    if _is_moderator(actor):
        return None
    member = member_for_user(user=actor)
    assert member is not None
    open_ids = set(
        Group.objects.filter(access=GroupAccess.OPEN).values_list("pk", flat=True)
    )
    return open_ids | group_ids_member_of(member=member)


def _visible(queryset: QuerySet, *, actor: Actor, field: str = "group") -> QuerySet:
    ids = group_ids_with_visible_content(actor=actor)
    if ids is None:
        return queryset
    return queryset.filter(Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__in": ids}))


def group_list(*, actor: Actor) -> QuerySet[Group]:
    """Groups the actor may know of: private ones only for their members."""
    network_check_view(actor=actor)
    groups = Group.objects.annotate(
        member_count=Count(
            "memberships", filter=Q(memberships__status=MembershipStatus.ACTIVE)
        )
    )
    if _is_moderator(actor):
        return groups
    member = member_for_user(user=actor)
    assert member is not None
    return groups.filter(
        ~Q(access=GroupAccess.PRIVATE) | Q(pk__in=group_ids_member_of(member=member))
    )


def group_get(*, actor: Actor, slug: str) -> Group:
    """One group the actor may see, by slug; 404 otherwise."""
    return get_object_or_404(group_list(actor=actor), slug=slug)


def group_content_visible(*, actor: Actor, group: Group) -> bool:
    """Whether the actor may see the group's sessions, topics and updates."""
    ids = group_ids_with_visible_content(actor=actor)
    return ids is None or group.pk in ids


def group_membership_status(*, actor: Actor, group: Group) -> str:
    """The actor's membership status in ``group``; empty when none."""
    member = member_for_user(user=actor)
    if member is None:
        return ""
    membership = GroupMembership.objects.filter(group=group, member=member).first()
    return membership.status if membership else ""


def group_pending_memberships(*, actor: Actor) -> QuerySet[GroupMembership]:
    """Membership requests waiting for a moderator; moderators only."""
    if not _is_moderator(actor):
        raise PermissionDenied
    return GroupMembership.objects.filter(
        status=MembershipStatus.PENDING
    ).select_related("group", "member")


# Members -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    display_name: str
    region: str
    background: str


def member_directory(
    *, actor: Actor, group: Group | None = None
) -> list[DirectoryEntry]:
    """Members who chose to be visible (moderators see every member).

    With ``group``, only that group's active members, and only if the actor
    may see the group's content.
    """
    network_check_view(actor=actor)
    members = Member.objects.all()
    if not _is_moderator(actor):
        members = members.filter(directory_visible=True)
    if group is not None:
        if not group_content_visible(actor=actor, group=group):
            raise PermissionDenied
        members = members.filter(
            memberships__group=group, memberships__status=MembershipStatus.ACTIVE
        )
    entries = [
        DirectoryEntry(
            display_name=member_display_name(member=member),
            region=member.get_region_display(),
            background=member.get_background_display(),
        )
        for member in members.order_by("pk")
    ]
    return sorted(entries, key=lambda entry: entry.display_name.casefold())


# Sessions ----------------------------------------------------------------


def meeting_list(*, actor: Actor) -> QuerySet[Meeting]:
    """Meetings the actor may see, with their registration counts, soonest first.

    The order is explicit: Django leaves ``Meta.ordering`` out of a query that
    groups (the count), so the list came back in database order.
    """
    return _visible(
        Meeting.objects.select_related("group", "series")
        .annotate(registered=Count("registrations"))
        .order_by("starts_at", "pk"),
        actor=actor,
    )


def meeting_get(*, actor: Actor, pk: int) -> Meeting:
    """One meeting the actor may see; 404 otherwise."""
    return get_object_or_404(meeting_list(actor=actor), pk=pk)


def meeting_document_get(*, actor: Actor, pk: int) -> MeetingDocument:
    """An outcome document, if the actor may see its session."""
    document = MeetingDocument.objects.filter(pk=pk).first()
    if document is None:
        raise Http404
    meeting_get(actor=actor, pk=document.meeting_id)
    return document


def meeting_upcoming(*, actor: Actor) -> QuerySet[Meeting]:
    """Meetings the actor may see that have not ended yet."""
    return meeting_list(actor=actor).filter(ends_at__gte=timezone.now())


def meeting_registration(*, actor: Actor, meeting: Meeting) -> Registration | None:
    """The actor's registration for ``meeting``, or ``None``."""
    member = member_for_user(user=actor)
    if member is None:
        return None
    return Registration.objects.filter(meeting=meeting, member=member).first()


@dataclass(frozen=True, slots=True)
class NeedsRow:
    needs: list[str]
    other: str


def meeting_needs(*, actor: Actor, meeting: Meeting) -> list[NeedsRow]:
    """Accessibility needs of the registrations, without names (moderators)."""
    if not _is_moderator(actor):
        raise PermissionDenied
    rows = []
    for registration in meeting.registrations.filter(has_needs=True).select_related(
        "member"
    ):
        needs = registration_needs(registration=registration)
        rows.append(
            NeedsRow(needs=needs.get("needs", []), other=needs.get("other", ""))
        )
    return rows


def series_get(*, actor: Actor, pk: int) -> Series:
    """One series the actor may see; 404 otherwise."""
    return get_object_or_404(_visible(Series.objects.all(), actor=actor), pk=pk)


def series_list(*, actor: Actor) -> QuerySet[Series]:
    """Series the actor may see."""
    return _visible(Series.objects.all(), actor=actor)


# Topics ------------------------------------------------------------------


def topic_list(*, actor: Actor) -> QuerySet[Topic]:
    """Topics the actor may see with their support counts; hidden ones for
    moderators only."""
    topics = _visible(
        Topic.objects.select_related("group", "meeting").annotate(
            support_count=Count("supports")
        ),
        actor=actor,
    )
    if not _is_moderator(actor):
        topics = topics.filter(hidden_at__isnull=True)
    return topics


def topic_get(*, actor: Actor, pk: int) -> Topic:
    """One topic the actor may see; 404 otherwise."""
    return get_object_or_404(topic_list(actor=actor), pk=pk)


def topic_supported_by(*, actor: Actor, topic: Topic) -> bool:
    """Whether the actor supports ``topic``."""
    member = member_for_user(user=actor)
    return bool(
        member and TopicSupport.objects.filter(topic=topic, member=member).exists()
    )


def topic_list_with_support_flag(*, actor: Actor) -> QuerySet[Topic]:
    """Topics the actor may see, each marked ``supported`` when the actor
    supports it."""
    member = member_for_user(user=actor)
    topics = topic_list(actor=actor)
    if member is not None:
        topics = topics.annotate(
            supported=Exists(
                TopicSupport.objects.filter(topic=OuterRef("pk"), member=member)
            )
        )
    return topics


# Consultations -----------------------------------------------------------


def consultation_list(*, actor: Actor) -> QuerySet[Consultation]:
    """Consultations the actor may see."""
    return _visible(Consultation.objects.select_related("group"), actor=actor)


def consultation_get(*, actor: Actor, pk: int) -> Consultation:
    """One consultation the actor may see; 404 otherwise."""
    return get_object_or_404(consultation_list(actor=actor), pk=pk)


def consultation_responses(
    *, actor: Actor, consultation: Consultation
) -> QuerySet[ConsultationResponse]:
    """A consultation's responses; hidden ones for moderators only."""
    responses = ConsultationResponse.objects.filter(
        part__consultation=consultation
    ).select_related("part", "member")
    if not _is_moderator(actor):
        responses = responses.filter(hidden_at__isnull=True)
    return responses


def consultation_responded(*, actor: Actor, consultation: Consultation) -> bool:
    """Whether the actor has responded to ``consultation``."""
    member = member_for_user(user=actor)
    return bool(
        member
        and ConsultationResponse.objects.filter(
            part__consultation=consultation, member=member
        ).exists()
    )


# Progress updates --------------------------------------------------------


def update_list(*, actor: Actor) -> QuerySet[ProgressUpdate]:
    """Progress updates the actor may see."""
    return _visible(ProgressUpdate.objects.select_related("group"), actor=actor)


def update_audience(*, update: ProgressUpdate) -> QuerySet[Member]:
    """Members who may see an update (and so may receive it by e-mail)."""
    members = Member.objects.filter(user__is_active=True)
    if update.group is None or update.group.access == GroupAccess.OPEN:
        return members
    return members.filter(
        memberships__group=update.group,
        memberships__status=MembershipStatus.ACTIVE,
    )


# Moderation --------------------------------------------------------------


def report_queue(*, actor: Actor) -> QuerySet[Report]:
    """Open reports on contributions; moderators only."""
    if not _is_moderator(actor):
        raise PermissionDenied
    return Report.objects.filter(status=ReportStatus.OPEN).select_related(
        "topic", "response", "response__part"
    )


def application_queue(*, actor: Actor) -> QuerySet[Application]:
    """Applications waiting for a decision; moderators only."""
    if not _is_moderator(actor):
        raise PermissionDenied
    return Application.objects.filter(status=ApplicationStatus.PENDING).select_related(
        "group"
    )


def network_work_items(actor: Actor) -> list[WorkItem]:
    """ "Mijn werk" for moderators: reports, applications and group requests."""
    if not _is_moderator(actor):
        return []
    queue = reverse("network:moderation")
    return [
        WorkItem(section="moderate", label=label, count=items.count(), url=queue)
        for label, items in (
            (str(_("Reports on contributions")), report_queue(actor=actor)),
            (str(_("Applications to join")), application_queue(actor=actor)),
            (
                str(_("Requests to join a group")),
                group_pending_memberships(actor=actor),
            ),
        )
    ]
