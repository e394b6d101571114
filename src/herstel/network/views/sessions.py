# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Meetings: lists, registration, attendance and documents."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.shortcuts import redirect
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.decorators.http import require_http_methods
from django.views.decorators.http import require_POST

from herstel.audit.services import audit_event_record
from herstel.core.views import attachment
from herstel.core.views import form_action
from herstel.core.views import form_page

from .. import selectors
from .. import services
from ..audit_events import REGISTRATIONS_VIEWED
from ..constants import AccessibilityNeed
from ..forms import AttendanceForm
from ..forms import MeetingForm
from ..forms import RegistrationForm
from ..models import Meeting
from .common import _data
from .common import member_view
from .common import moderator_view
from .common import network_view

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

# Sessions ----------------------------------------------------------------


@network_view
@require_GET
def meeting_list(request: AuthenticatedRequest) -> HttpResponse:
    actor = request.user
    meetings = selectors.meeting_list(actor=actor)
    now = timezone.now()
    return render(
        request,
        "network/meeting_list.html",
        {
            "upcoming": meetings.filter(ends_at__gte=now),
            "past": meetings.filter(ends_at__lt=now).order_by("-starts_at"),
            "series": selectors.series_list(actor=actor),
            "is_moderator": actor.has_perm("network.moderate"),
        },
    )


@network_view
@require_GET
def meeting_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    actor = request.user
    meeting = selectors.meeting_get(actor=actor, pk=pk)
    registered: int = meeting.registered  # type: ignore[attr-defined]
    registration = selectors.meeting_registration(actor=actor, meeting=meeting)
    initial = {}
    if registration is not None:
        needs = selectors.registration_needs(registration=registration)
        initial = {"needs": needs["needs"], "other_needs": needs["other"]}
    context: dict[str, Any] = {
        "meeting": meeting,
        "registration": registration,
        "form": RegistrationForm(initial=initial),
        "is_full": meeting.capacity is not None
        and registered >= meeting.capacity
        and registration is None,
        "is_past": meeting.ends_at < timezone.now(),
        "attendance": meeting.attendance.all(),
        "documents": meeting.documents.all(),
        "attendance_total": sum(row.count for row in meeting.attendance.all()),
        "topics": meeting.topics.filter(hidden_at__isnull=True),
        "is_moderator": actor.has_perm("network.moderate"),
        "can_participate": actor.has_perm("network.participate"),
    }
    if context["is_moderator"]:
        rows = selectors.meeting_needs(actor=actor, meeting=meeting)
        labels = dict(AccessibilityNeed.choices)
        context["needs"] = [
            {"needs": [labels.get(n, n) for n in row.needs], "other": row.other}
            for row in rows
        ]
        audit_event_record(
            event=REGISTRATIONS_VIEWED,
            actor=actor,
            target=meeting,
            context={"registrations": registered, "with_needs": len(rows)},
        )
    return render(request, "network/meeting_detail.html", context)


@member_view
@require_POST
def meeting_register(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    meeting = selectors.meeting_get(actor=request.user, pk=pk)
    form_action(
        request,
        RegistrationForm(request.POST),
        lambda data: services.meeting_register(
            actor=request.user, meeting=meeting, **data
        ),
        success=_("You are registered for this session."),
    )
    return redirect("network:meeting_detail", pk=meeting.pk)


@member_view
@require_POST
def meeting_unregister(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    meeting = selectors.meeting_get(actor=request.user, pk=pk)
    services.meeting_unregister(actor=request.user, meeting=meeting)
    messages.success(request, _("Your registration is cancelled."))
    return redirect("network:meeting_detail", pk=meeting.pk)


@network_view
@require_GET
def series_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The combined outcome report of a series."""
    actor = request.user
    series = selectors.series_get(actor=actor, pk=pk)
    meetings = selectors.meeting_list(actor=actor).filter(series=series)
    rows = []
    for meeting in meetings:
        attendance = list(meeting.attendance.all())
        rows.append(
            {
                "meeting": meeting,
                "attendance": attendance,
                "total": sum(row.count for row in attendance),
            }
        )
    return render(
        request,
        "network/series_detail.html",
        {
            "series": series,
            "rows": rows,
            "total": sum(row["total"] for row in rows),
        },
    )


@moderator_view
@require_http_methods(["GET", "POST"])
def meeting_edit(request: AuthenticatedRequest, pk: int | None = None) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk) if pk else None
    form = MeetingForm(_data(request), instance=meeting)
    return form_page(
        request,
        form,
        "network/meeting_form.html",
        lambda _cleaned: services.meeting_save(
            actor=request.user, meeting=form.instance
        ),
        lambda saved: redirect("network:meeting_detail", pk=saved.pk),
        success=_("The session is saved."),
        context={"meeting": meeting},
    )


@moderator_view
@require_http_methods(["GET", "POST"])
def meeting_attendance(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk)
    initial: dict[str, Any] = {
        f"count_{row.category}": row.count for row in meeting.attendance.all()
    }
    initial.update(outcome=meeting.outcome, input_used=meeting.input_used)
    form = AttendanceForm(
        _data(request),
        request.FILES if request.method == "POST" else None,
        initial=initial,
    )

    @transaction.atomic
    def save(data: dict[str, Any]) -> None:
        services.attendance_record(
            actor=request.user,
            meeting=meeting,
            counts=form.counts(),
            outcome=data["outcome"],
            input_used=data["input_used"],
        )
        if data["document"] is not None:
            services.meeting_document_add(
                actor=request.user,
                meeting=meeting,
                title=data["document_title"],
                filename=data["document"].name,
                data=data["document"].read(),
            )

    return form_page(
        request,
        form,
        "network/meeting_attendance.html",
        save,
        lambda _result: redirect("network:meeting_detail", pk=meeting.pk),
        success=_("Attendance and outcomes are saved."),
        context={"meeting": meeting},
    )


@network_view
@require_GET
def meeting_document(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    document = selectors.meeting_document_get(actor=request.user, pk=pk)
    response = attachment(
        services.meeting_document_read(document=document),
        document.filename,
        document.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@moderator_view
@require_POST
def meeting_document_remove(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    document = selectors.meeting_document_get(actor=request.user, pk=pk)
    services.meeting_document_remove(actor=request.user, document=document)
    messages.success(request, _("The document is removed."))
    return redirect("network:meeting_detail", pk=document.meeting_id)
