# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reads of access requests, permission-checked by actor; and the hooks the
disposition app asks before destroying a subject's data."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Count
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from herstel.accounts.constants import Role
from herstel.core.figures import Figure
from herstel.core.permissions import require
from herstel.core.work import WorkItem
from herstel.core.work import deadline_items
from herstel.dossiers.selectors import ContactDetails
from herstel.dossiers.selectors import documents_readable
from herstel.dossiers.selectors import subject_mention_spans

from .constants import OPEN_STATUSES
from .constants import MatchDecision
from .constants import RequestStatus
from .models import AccessRequest
from .models import Campaign
from .models import LetterTemplate
from .models import Objection
from .models import SubjectMatch

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def campaign_current(*, slug: str | None = None) -> Campaign | None:
    """The campaign the public form shows: by slug, else the latest."""
    campaigns = Campaign.objects.all()
    if slug:
        return campaigns.filter(slug=slug).first()
    return campaigns.order_by("-opens_on").first()


def request_list(
    *, actor: Actor, status: str = "", overdue: bool = False
) -> QuerySet[AccessRequest]:
    """The staff worklist, by due date (no personal data in it)."""
    require(actor, "inquiries.read_request")
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


def request_get(*, actor: Actor, reference: str) -> AccessRequest:
    """One access request by reference; needs ``inquiries.read_request`` on it."""
    request = get_object_or_404(
        AccessRequest.objects.select_related("campaign", "duplicate_of"),
        reference=reference,
    )
    require(actor, "inquiries.read_request", request)
    return request


def request_matches(*, actor: Actor, request: AccessRequest) -> QuerySet[SubjectMatch]:
    """A request's subject matches with who decided them; needs
    ``inquiries.read_request`` on it."""
    require(actor, "inquiries.read_request", request)
    return request.matches.select_related("decided_by", "subject")


@dataclass(frozen=True, slots=True)
class StatusCount:
    status: str
    label: str
    count: int


def dashboard_counts(*, actor: Actor) -> tuple[list[StatusCount], int, int]:
    """Requests per status, how many open ones are overdue, how many answered."""
    require(actor, "inquiries.view_dashboard")
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


def subject_request_contact(subject: Any) -> ContactDetails | None:
    """Name and address the subject gave in the latest request matched to them.

    A contact source for ``dossiers.selectors.subject_contact``, which checks
    the reader's role and audits the read; requests whose data was destroyed
    are skipped.
    """
    from .request_data import request_data

    match = (
        SubjectMatch.objects.filter(
            subject=subject,
            decision=MatchDecision.MATCH,
            request__destroyed_at__isnull=True,
        )
        .select_related("request")
        .order_by("-request__received_on", "-request_id")
        .first()
    )
    if match is None:
        return None
    data = request_data(match.request)
    if not data.names:
        return None
    lines = tuple(
        part.strip()
        for part in data.address.replace("\r", "").replace("\n", ",").split(",")
        if part.strip()
    )
    return ContactDetails(name=data.names[0], address_lines=lines)


def campaign_list() -> QuerySet[Campaign]:
    """Every campaign, newest first (titles and dates only)."""
    return Campaign.objects.order_by("-opens_on", "pk")


def campaign_subject_ids(*, campaign: int) -> set[int]:
    """Subjects a campaign concerns: mentioned in its dossiers or matched to
    one of its requests (for per-campaign counts in the report)."""
    from herstel.dossiers.selectors import subject_ids_in_dossiers

    dossier_ids = list(
        Campaign.dossiers.through.objects.filter(campaign_id=campaign).values_list(
            "dossier_id", flat=True
        )
    )
    matched = SubjectMatch.objects.filter(
        request__campaign_id=campaign, decision=MatchDecision.MATCH
    ).values_list("subject_id", flat=True)
    return subject_ids_in_dossiers(dossier_ids=dossier_ids) | set(matched)


def request_report_figures(
    *,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    campaign: int | None = None,
) -> list[Figure]:
    """Access requests for the report to Parliament, counted from the audit trail.

    Each figure counts requests (not events) whose event falls in the period;
    with ``campaign`` only that campaign's requests. "Answered on time" compares
    the day of the approval entry with the request's due date (an extended
    deadline is the legal deadline).
    """
    from herstel.audit.selectors import audit_events_named

    names = [
        "request.received",
        "request.identity_verified",
        "request.answer_approved",
        "request.deadline_extended",
        "request.objection_registered",
    ]
    events = list(
        audit_events_named(names=names, since=since, until=until)
        .filter(object_type="inquiries.accessrequest")
        .only("event", "object_id", "timestamp", "context")
    )
    ids = {int(e.object_id) for e in events if e.object_id.isdigit()}
    requests = {
        str(pk): (campaign_id, due_on)
        for pk, campaign_id, due_on in AccessRequest.objects.filter(
            pk__in=ids
        ).values_list("pk", "campaign_id", "due_on")
    }
    seen: dict[str, set[str]] = {name: set() for name in names}
    on_time: set[str] = set()
    objections = 0
    for entry in events:
        found = requests.get(entry.object_id)
        if found is None or (campaign is not None and found[0] != campaign):
            continue
        if entry.event == "request.identity_verified" and (
            entry.context.get("for", "request") != "request"
        ):
            continue  # a re-verification for a download, not of the request
        if entry.event == "request.objection_registered":
            objections += 1
        seen[entry.event].add(entry.object_id)
        answered_in_time = timezone.localdate(entry.timestamp) <= found[1]
        if entry.event == "request.answer_approved" and answered_in_time:
            on_time.add(entry.object_id)
    return [
        Figure(
            "requests_received",
            _("Access requests received"),
            len(seen["request.received"]),
            "request.received",
        ),
        Figure(
            "requests_verified",
            _("Requests whose requester's identity was verified"),
            len(seen["request.identity_verified"]),
            "request.identity_verified",
        ),
        Figure(
            "requests_answered",
            _("Requests answered"),
            len(seen["request.answer_approved"]),
            "request.answer_approved",
        ),
        Figure(
            "requests_on_time",
            _("Requests answered within the (extended) deadline"),
            len(on_time),
            "request.answer_approved",
        ),
        Figure(
            "requests_extended",
            _("Requests whose deadline was extended"),
            len(seen["request.deadline_extended"]),
            "request.deadline_extended",
        ),
        Figure(
            "objections",
            _("Objections to destruction registered"),
            objections,
            "request.objection_registered",
        ),
    ]


def letter_templates_saved(*, actor: Actor) -> dict[tuple[str, str], LetterTemplate]:
    """The privacy officer's saved wordings, by (kind, language)."""
    require(actor, "inquiries.edit_letters")
    return {
        (t.kind, t.language): t
        for t in LetterTemplate.objects.select_related("updated_by")
    }


def answer_documents_count(*, request: AccessRequest) -> int:
    """How many documents the access copy of ``request`` will hold (the
    documents its matched subjects appear in); no text is read."""
    subject_ids = list(
        request.matches.filter(decision=MatchDecision.MATCH).values_list(
            "subject_id", flat=True
        )
    )
    if not subject_ids:
        return 0
    own = subject_mention_spans(subject_ids=subject_ids)
    return documents_readable(document_ids=own).count()


def requests_per_week(
    *, weeks: int = 12, today: datetime.date | None = None
) -> list[tuple[datetime.date, dict[str, int]]]:
    """Requests received in each of the last ``weeks`` weeks (Monday first),
    counted by the stage they are in now. Counts only, like the report
    figures: the page that shows them checks its own rule."""
    today = today or timezone.localdate()
    first = today - datetime.timedelta(days=today.weekday() + 7 * (weeks - 1))
    result: list[tuple[datetime.date, dict[str, int]]] = [
        (first + datetime.timedelta(weeks=n), {}) for n in range(weeks)
    ]
    for received_on, status in AccessRequest.objects.filter(
        received_on__gte=first, received_on__lte=today
    ).values_list("received_on", "status"):
        counts = result[(received_on - first).days // 7][1]
        counts[status] = counts.get(status, 0) + 1
    return result


def answered_on_time_per_week(
    *, weeks: int = 12, today: datetime.date | None = None
) -> list[tuple[datetime.date, int, int]]:
    """Per week of answering (the last ``weeks`` weeks): requests answered, and
    how many of them by their due date (an extension counts as the due date).
    Counts only: the page that shows them checks its own rule."""
    today = today or timezone.localdate()
    first = today - datetime.timedelta(days=today.weekday() + 7 * (weeks - 1))
    answered = [0] * weeks
    on_time = [0] * weeks
    for answered_at, due_on in AccessRequest.objects.filter(
        answered_at__isnull=False
    ).values_list("answered_at", "due_on"):
        day = timezone.localdate(answered_at)
        if not first <= day <= today:
            continue
        week = (day - first).days // 7
        answered[week] += 1
        on_time[week] += day <= due_on
    return [
        (first + datetime.timedelta(weeks=n), answered[n], on_time[n])
        for n in range(weeks)
    ]


def request_work_items(actor: Actor) -> list[WorkItem]:
    """ "Mijn werk": new requests, answers to approve (never one's own: four
    eyes), deadlines within a week and overdue, objection windows closing."""
    live = AccessRequest.objects.filter(destroyed_at__isnull=True)
    open_requests = live.filter(status__in=OPEN_STATUSES)
    if not actor.has_perm("inquiries.read_request"):
        if not actor.has_perm("inquiries.view_dashboard"):
            return []
        # The privacy officer watches the deadlines on the dashboard (counts).
        return [
            WorkItem(
                section="deadlines",
                label=str(_("Access requests overdue")),
                count=open_requests.filter(due_on__lt=timezone.localdate()).count(),
                url=reverse("inquiries:dashboard"),
                urgent=True,
            )
        ]
    worklist = reverse("inquiries:worklist")
    items = [
        *deadline_items(
            open_requests,
            (
                str(_("Access requests overdue")),
                str(_("Access requests due within a week")),
            ),
            worklist,
            entry_url="inquiries:detail",
            overdue_url=worklist + "?overdue=1",
        ),
        deadline_items(
            live.filter(status=RequestStatus.OBJECTION_WINDOW),
            ("", str(_("Objection windows closing within a week"))),
            worklist + "?status=" + RequestStatus.OBJECTION_WINDOW,
            entry_url="inquiries:detail",
            field_name="objection_until",
        )[1],
    ]
    if actor.has_perm("inquiries.register_request"):
        items.insert(
            0,
            WorkItem.queue(
                live.filter(status=RequestStatus.RECEIVED).order_by("due_on"),
                "reference",
                section="review",
                label=str(_("New access requests")),
                url=worklist + "?status=" + RequestStatus.RECEIVED,
                entry_url="inquiries:detail",
            ),
        )
    if actor.has_perm("inquiries.approve_answer"):
        items.insert(
            0,
            WorkItem.queue(
                live.filter(status=RequestStatus.AWAITING_APPROVAL)
                .exclude(proposed_by=actor)
                .order_by("due_on"),
                "reference",
                section="approve",
                label=str(_("Answers to approve")),
                url=worklist + "?status=" + RequestStatus.AWAITING_APPROVAL,
                entry_url="inquiries:detail",
            ),
        )
    return items
