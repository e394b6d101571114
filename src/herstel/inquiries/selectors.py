# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reads of access requests, permission-checked by actor; and the hooks the
disposition app asks before destroying a subject's data."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from herstel.accounts.constants import Role

from .constants import OPEN_STATUSES, MatchDecision, RequestStatus
from .models import AccessRequest, Campaign, Objection, SubjectMatch


def campaign_current(*, slug: str | None = None) -> Campaign | None:
    """The campaign the public form shows: by slug, else the latest."""
    campaigns = Campaign.objects.all()
    if slug:
        return campaigns.filter(slug=slug).first()
    return campaigns.order_by("-opens_on").first()


def request_list(
    *, actor: Any, status: str = "", overdue: bool = False
) -> QuerySet[AccessRequest]:
    """The staff worklist, by due date (no personal data in it)."""
    if not actor.has_perm("inquiries.read_request"):
        raise PermissionDenied
    requests = AccessRequest.objects.select_related("campaign").filter(
        destroyed_at__isnull=True
    )
    if status in RequestStatus.values:
        requests = requests.filter(status=status)
    if overdue:
        requests = requests.filter(
            status__in=OPEN_STATUSES, due_on__lt=timezone.localdate()
        )
    return requests.order_by("due_on", "reference")


def request_get(*, actor: Any, reference: str) -> AccessRequest:
    request = get_object_or_404(
        AccessRequest.objects.select_related("campaign", "duplicate_of"),
        reference=reference,
    )
    if not actor.has_perm("inquiries.read_request", request):
        raise PermissionDenied
    return request


def request_matches(*, actor: Any, request: AccessRequest) -> QuerySet[SubjectMatch]:
    if not actor.has_perm("inquiries.read_request", request):
        raise PermissionDenied
    return request.matches.select_related("decided_by", "subject")


@dataclass(frozen=True, slots=True)
class StatusCount:
    status: str
    label: str
    count: int


def dashboard_counts(*, actor: Any) -> tuple[list[StatusCount], int, int]:
    """Requests per status, how many open ones are overdue, how many answered."""
    if not actor.has_perm("inquiries.view_dashboard"):
        raise PermissionDenied
    counts = dict(
        AccessRequest.objects.values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    overdue = AccessRequest.objects.filter(
        status__in=OPEN_STATUSES, due_on__lt=timezone.localdate()
    ).count()
    answered = AccessRequest.objects.filter(answered_at__isnull=False).count()
    return (
        [
            StatusCount(status=value, label=str(label), count=counts.get(value, 0))
            for value, label in RequestStatus.choices
        ],
        overdue,
        answered,
    )


def user_emails_with_role(*, role: Role) -> list[str]:
    """Addresses of active users in ``role`` (for team reminders)."""
    return sorted(
        get_user_model()
        .objects.filter(is_active=True, groups__name=str(role))
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )


# Hooks for the disposition app --------------------------------------------------


def subjects_on_hold(*, subject_ids: Iterable[int] | None = None) -> set[int]:
    """Subjects under a legal hold because of an objection not yet released."""
    objections = Objection.objects.filter(released_at__isnull=True)
    held = objections.values_list("subjects__id", flat=True)
    found = {pk for pk in held if pk is not None}
    if subject_ids is not None:
        found &= set(subject_ids)
    return found


BLOCKER_OPEN_REQUEST = "open_request"
BLOCKER_OBJECTION_WINDOW = "objection_window"
BLOCKER_OBJECTION = "objection"
BLOCKER_CAMPAIGN_DATE = "campaign_destruction_date"

BLOCKER_LABELS = {
    BLOCKER_OPEN_REQUEST: _("An access request about this person is open."),
    BLOCKER_OBJECTION_WINDOW: _("The objection window of an answered request is open."),
    BLOCKER_OBJECTION: _("An objection placed a legal hold."),
    BLOCKER_CAMPAIGN_DATE: _("The campaign's destruction date has not been reached."),
}


def subject_blocker_references(
    *, subject_ids: Iterable[int], today: datetime.date | None = None
) -> dict[int, dict[str, set[str]]]:
    """Per subject, each blocker code with what causes it: the request
    reference (open request, objection window, objection) or the campaign's
    destruction date. No personal data is read."""
    today = today or timezone.localdate()
    ids = set(subject_ids)
    found: dict[int, dict[str, set[str]]] = {pk: {} for pk in ids}
    matches = SubjectMatch.objects.filter(
        subject_id__in=ids, decision=MatchDecision.MATCH
    ).select_related("request__campaign")
    for match in matches:
        request = match.request
        reasons = found[match.subject_id]
        if request.status in OPEN_STATUSES:
            reasons.setdefault(BLOCKER_OPEN_REQUEST, set()).add(request.reference)
        elif request.status == RequestStatus.OBJECTION_WINDOW:
            reasons.setdefault(BLOCKER_OBJECTION_WINDOW, set()).add(request.reference)
        if request.campaign.destruction_from > today:
            reasons.setdefault(BLOCKER_CAMPAIGN_DATE, set()).add(
                request.campaign.destruction_from.isoformat()
            )
    for objection in Objection.objects.filter(
        released_at__isnull=True, subjects__in=ids
    ).select_related("request"):
        for pk in ids & set(objection.subjects.values_list("pk", flat=True)):
            found[pk].setdefault(BLOCKER_OBJECTION, set()).add(
                objection.request.reference
            )
    return found


def subject_blockers(
    *, subject_ids: Iterable[int], today: datetime.date | None = None
) -> dict[int, list[str]]:
    """Why each subject's data may not be destroyed yet (empty: nothing blocks).

    The reasons are codes from ``BLOCKER_LABELS``; no personal data is read.
    Disposition's registry asks :func:`subject_blocker_references` through
    ``blockers.py``.
    """
    references = subject_blocker_references(subject_ids=subject_ids, today=today)
    return {pk: sorted(codes) for pk, codes in references.items()}


def campaigns_blocking_destruction(
    *, today: datetime.date | None = None
) -> list[Campaign]:
    """Campaigns whose destruction date is still ahead (for disposition's overview)."""
    today = today or timezone.localdate()
    return list(Campaign.objects.filter(destruction_from__gt=today))


def request_get_by_reference(*, reference: str) -> AccessRequest:
    """For system code (tasks); staff pages use :func:`request_get`."""
    return get_object_or_404(AccessRequest, reference=reference)
