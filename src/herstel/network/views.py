# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Network pages: thin views over selectors and services."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import (
    ObjectDoesNotExist,
    PermissionDenied,
    ValidationError,
)
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from herstel.audit.services import audit_event_record
from herstel.core.ratelimit import client_address

from . import selectors, services
from .audit_events import APPLICATION_VIEWED, DIRECTORY_VIEWED, REGISTRATIONS_VIEWED
from .constants import (
    CONSENT_VERSION,
    TOPIC_TRANSITIONS,
    AccessibilityNeed,
    ConsultationStatus,
    ContributionKind,
    TopicStatus,
)
from .forms import (
    ApplicationForm,
    AttendanceForm,
    ConsentForm,
    ConsultationForm,
    DeleteForm,
    GroupForm,
    HideForm,
    InvitationForm,
    JoinForm,
    MeetingForm,
    ProfileForm,
    RegistrationForm,
    ReportForm,
    SeriesForm,
    SummaryForm,
    TopicForm,
    TopicStatusForm,
    UpdateForm,
)
from .models import (
    Application,
    ConsultationResponse,
    GroupMembership,
    Meeting,
    Report,
)

View = Callable[..., HttpResponse]


def network_view(view: View) -> View:
    """Logged in, and a member who joined or a moderator; else 403.

    Someone with the member role who has not yet given consent is sent to
    the consent page first.
    """

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        user = request.user
        if not user.has_perm("network.view"):
            if (
                user.has_perm("network.moderate") is False
                and user.groups.filter(name="network_member").exists()
            ):
                return redirect("network:consent")
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def member_view(view: View) -> View:
    @network_view
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.has_perm("network.participate"):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def moderator_view(view: View) -> View:
    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.has_perm("network.moderate"):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _data(request: HttpRequest) -> Any:
    """Bound form data for a POST (even an empty one), else ``None``."""
    return request.POST if request.method == "POST" else None


def _base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/")


def _add_errors(form: Any, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


# Joining -----------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, token: str) -> HttpResponse:
    """Sign up with an invitation link: profile, password, consent."""
    invitation = services.invitation_get(token=token)
    if invitation is None:
        return render(request, "network/join_invalid.html", status=404)
    form = JoinForm(_data(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            member = services.member_join(
                token=token,
                password=data["password"],
                profile=services.Profile(
                    display_name=data["display_name"],
                    email=data["email"],
                    region=data["region"],
                    background=data["background"],
                    directory_visible=data["directory_visible"],
                    email_frequency=data["email_frequency"],
                ),
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            login(
                request,
                member.user,
                backend="django.contrib.auth.backends.ModelBackend",
            )
            return redirect("network:welcome")
    return render(
        request,
        "network/join.html",
        {
            "form": form,
            "invitation": invitation,
            "consent_text": services.consent_text(),
            "consent_version": CONSENT_VERSION,
        },
        status=400 if form.errors else 200,
    )


@network_view
@require_GET
def welcome(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "network/welcome.html",
        {"login_name": request.user.get_username()},
    )


@require_http_methods(["GET", "POST"])
def apply(request: HttpRequest) -> HttpResponse:
    """Public form: ask to join; a moderator decides."""
    form = ApplicationForm(_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.application_submit(
                display_name=form.cleaned_data["display_name"],
                email=form.cleaned_data["email"],
                motivation=form.cleaned_data["motivation"],
                group=form.cleaned_data["group"],
                client=client_address(request),
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            return render(request, "network/apply_done.html")
    return render(
        request,
        "network/apply.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """One click: a POST (RFC 8058, from the mail client or the button) stops
    update e-mails; a GET only asks, so link scanners change nothing.

    CSRF does not apply: the signed token is the authorisation.
    """
    done = False
    if request.method == "POST":
        if not services.member_unsubscribe(token=token):
            raise Http404
        done = True
    return render(request, "network/unsubscribe.html", {"done": done})


@login_required
@require_http_methods(["GET", "POST"])
def consent(request: HttpRequest) -> HttpResponse:
    """The consent text; members who have not joined yet give consent here."""
    user = request.user
    if not user.groups.filter(name="network_member").exists():
        raise PermissionDenied
    member = selectors.member_for_user(user=user)
    if member is not None:
        return render(
            request,
            "network/consent.html",
            {
                "consent_text": services.consent_text(
                    version=member.consents.first().version  # type: ignore[union-attr]
                    if member.consents.exists()
                    else CONSENT_VERSION
                ),
                "records": member.consents.all(),
            },
        )
    form = ConsentForm(_data(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.member_profile_create(
            actor=user,
            profile=services.Profile(
                display_name=data["display_name"],
                email=data["email"],
                region=data["region"],
                background=data["background"],
                directory_visible=data["directory_visible"],
                email_frequency=data["email_frequency"],
            ),
        )
        messages.success(request, _("Welcome to the network."))
        return redirect("network:home")
    return render(
        request,
        "network/consent_give.html",
        {
            "form": form,
            "consent_text": services.consent_text(),
            "consent_version": CONSENT_VERSION,
        },
        status=400 if form.errors else 200,
    )


# Home and groups ---------------------------------------------------------


@network_view
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    actor = request.user
    return render(
        request,
        "network/home.html",
        {
            "meetings": selectors.meeting_upcoming(actor=actor)[:5],
            "topics": selectors.topic_list(actor=actor)[:5],
            "consultations": selectors.consultation_list(actor=actor).filter(
                status=ConsultationStatus.OPEN
            )[:5],
            "updates": selectors.update_list(actor=actor)[:3],
            "groups": selectors.group_list(actor=actor),
            "is_moderator": actor.has_perm("network.moderate"),
        },
    )


@network_view
@require_GET
def group_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "network/group_list.html",
        {"groups": selectors.group_list(actor=request.user)},
    )


@network_view
@require_GET
def group_detail(request: HttpRequest, slug: str) -> HttpResponse:
    actor = request.user
    group = selectors.group_get(actor=actor, slug=slug)
    visible = selectors.group_content_visible(actor=actor, group=group)
    context: dict[str, Any] = {
        "group": group,
        "visible": visible,
        "status": selectors.group_membership_status(actor=actor, group=group),
    }
    if visible:
        context.update(
            meetings=selectors.meeting_list(actor=actor).filter(group=group),
            topics=selectors.topic_list(actor=actor).filter(group=group),
            updates=selectors.update_list(actor=actor).filter(group=group)[:5],
            consultations=selectors.consultation_list(actor=actor).filter(group=group),
        )
    return render(request, "network/group_detail.html", context)


@moderator_view
@require_http_methods(["GET", "POST"])
def group_create(request: HttpRequest) -> HttpResponse:
    form = GroupForm(_data(request))
    if request.method == "POST" and form.is_valid():
        group = services.group_save(actor=request.user, group=form.instance)
        messages.success(request, _("The group is saved."))
        return redirect("network:group_detail", slug=group.slug)
    return render(
        request,
        "network/simple_form.html",
        {"form": form, "title": _("New group"), "submit": _("Save group")},
        status=400 if form.errors else 200,
    )


@moderator_view
@require_http_methods(["GET", "POST"])
def series_create(request: HttpRequest) -> HttpResponse:
    form = SeriesForm(_data(request))
    if request.method == "POST" and form.is_valid():
        series = services.series_save(actor=request.user, series=form.instance)
        messages.success(request, _("The series is saved."))
        return redirect("network:series_detail", pk=series.pk)
    return render(
        request,
        "network/simple_form.html",
        {"form": form, "title": _("New series"), "submit": _("Save series")},
        status=400 if form.errors else 200,
    )


@member_view
@require_POST
def group_join(request: HttpRequest, slug: str) -> HttpResponse:
    group = selectors.group_get(actor=request.user, slug=slug)
    membership = services.group_join(actor=request.user, group=group)
    if membership.status == "active":
        messages.success(request, _("You are now a member of this group."))
    else:
        messages.success(request, _("Your application was sent to the moderators."))
    return redirect("network:group_detail", slug=group.slug)


@member_view
@require_POST
def group_leave(request: HttpRequest, slug: str) -> HttpResponse:
    group = selectors.group_get(actor=request.user, slug=slug)
    services.group_leave(actor=request.user, group=group)
    messages.success(request, _("You have left this group."))
    return redirect("network:group_list")


@network_view
@require_GET
def directory(request: HttpRequest) -> HttpResponse:
    actor = request.user
    entries = selectors.member_directory(actor=actor)
    audit_event_record(
        event=DIRECTORY_VIEWED, actor=actor, context={"shown": len(entries)}
    )
    return render(
        request,
        "network/directory.html",
        {"entries": entries, "is_moderator": actor.has_perm("network.moderate")},
    )


# Sessions ----------------------------------------------------------------


@network_view
@require_GET
def meeting_list(request: HttpRequest) -> HttpResponse:
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
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
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
def meeting_register(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = selectors.meeting_get(actor=request.user, pk=pk)
    form = RegistrationForm(request.POST)
    if form.is_valid():
        try:
            services.meeting_register(
                actor=request.user,
                meeting=meeting,
                needs=form.cleaned_data["needs"],
                other_needs=form.cleaned_data["other_needs"],
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("You are registered for this session."))
    return redirect("network:meeting_detail", pk=meeting.pk)


@member_view
@require_POST
def meeting_unregister(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = selectors.meeting_get(actor=request.user, pk=pk)
    services.meeting_unregister(actor=request.user, meeting=meeting)
    messages.success(request, _("Your registration is cancelled."))
    return redirect("network:meeting_detail", pk=meeting.pk)


@network_view
@require_GET
def series_detail(request: HttpRequest, pk: int) -> HttpResponse:
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
def meeting_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk) if pk else None
    form = MeetingForm(_data(request), instance=meeting)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.meeting_save(actor=request.user, meeting=form.instance)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("The session is saved."))
            return redirect("network:meeting_detail", pk=saved.pk)
    return render(
        request,
        "network/meeting_form.html",
        {"form": form, "meeting": meeting},
        status=400 if form.errors else 200,
    )


@moderator_view
@require_http_methods(["GET", "POST"])
def meeting_attendance(request: HttpRequest, pk: int) -> HttpResponse:
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
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["document"]
        try:
            with transaction.atomic():
                services.attendance_record(
                    actor=request.user,
                    meeting=meeting,
                    counts=form.counts(),
                    outcome=form.cleaned_data["outcome"],
                    input_used=form.cleaned_data["input_used"],
                )
                if upload is not None:
                    services.meeting_document_add(
                        actor=request.user,
                        meeting=meeting,
                        title=form.cleaned_data["document_title"],
                        filename=upload.name,
                        data=upload.read(),
                    )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("Attendance and outcomes are saved."))
            return redirect("network:meeting_detail", pk=meeting.pk)
    return render(
        request,
        "network/meeting_attendance.html",
        {"form": form, "meeting": meeting},
        status=400 if form.errors else 200,
    )


@network_view
@require_GET
def meeting_document(request: HttpRequest, pk: int) -> HttpResponse:
    document = selectors.meeting_document_get(actor=request.user, pk=pk)
    response = HttpResponse(
        services.meeting_document_read(document=document),
        content_type=document.content_type,
    )
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=document.filename
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@moderator_view
@require_POST
def meeting_document_remove(request: HttpRequest, pk: int) -> HttpResponse:
    document = selectors.meeting_document_get(actor=request.user, pk=pk)
    services.meeting_document_remove(actor=request.user, document=document)
    messages.success(request, _("The document is removed."))
    return redirect("network:meeting_detail", pk=document.meeting_id)


# Topics ------------------------------------------------------------------


@network_view
@require_GET
def topic_list(request: HttpRequest) -> HttpResponse:
    actor = request.user
    status = request.GET.get("status", "")
    topics = selectors.topic_list_with_support_flag(actor=actor)
    if status in TopicStatus.values:
        topics = topics.filter(status=status)
    else:
        status = ""
    return render(
        request,
        "network/topic_list.html",
        {
            "topics": topics.order_by("-support_count", "-created_at"),  # type: ignore[misc]
            "status": status,
            "statuses": TopicStatus.choices,
            "can_participate": actor.has_perm("network.participate"),
        },
    )


def _guarded(request: HttpRequest, form: Any, kind: str, texts: list[str]) -> list[str]:
    """The privacy guard's findings, unless the member confirmed 'post anyway'."""
    if form.cleaned_data.get("confirm_guard"):
        return []
    findings = services.privacy_guard_scan(text="\n".join(texts))
    if findings:
        services.privacy_guard_warned(
            actor=request.user, kind=kind, categories=len(findings)
        )
    return findings


@member_view
@require_http_methods(["GET", "POST"])
def topic_create(request: HttpRequest) -> HttpResponse:
    actor = request.user
    groups = selectors.group_list(actor=actor).filter(
        pk__in=selectors.group_ids_member_of(
            member=selectors.member_for_user(user=actor)  # type: ignore[arg-type]
        )
    )
    form = TopicForm(_data(request), groups=groups)
    warnings: list[str] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        warnings = _guarded(
            request, form, "topic", [data["title"], data["description"]]
        )
        if not warnings:
            try:
                topic = services.topic_propose(
                    actor=actor,
                    title=data["title"],
                    description=data["description"],
                    theme=data["theme"],
                    group=data["group"],
                )
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(request, _("Your topic is on the list."))
                return redirect("network:topic_detail", pk=topic.pk)
    return render(
        request,
        "network/topic_form.html",
        {"form": form, "warnings": warnings},
        status=400 if (form.errors or warnings) else 200,
    )


@network_view
@require_GET
def topic_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = request.user
    topic = selectors.topic_get(actor=actor, pk=pk)
    member = selectors.member_for_user(user=actor)
    is_moderator = actor.has_perm("network.moderate")
    choices = [
        (value, label)
        for value, label in TopicStatus.choices
        if value in TOPIC_TRANSITIONS[topic.status]
    ]
    return render(
        request,
        "network/topic_detail.html",
        {
            "topic": topic,
            "author": selectors.member_display_name(member=topic.author)
            if topic.author
            else "",
            "responses": topic.responses.all(),
            "supported": selectors.topic_supported_by(actor=actor, topic=topic),
            "is_author": member is not None and topic.author_id == member.pk,
            "can_participate": actor.has_perm("network.participate"),
            "is_moderator": is_moderator,
            "status_form": TopicStatusForm(choices=choices) if choices else None,
        },
    )


@member_view
@require_POST
def topic_support(request: HttpRequest, pk: int) -> HttpResponse:
    topic = selectors.topic_get(actor=request.user, pk=pk)
    try:
        services.topic_support(actor=request.user, topic=topic)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if getattr(request, "htmx", False):
            # Only the support block is swapped; the count is read again.
            member = selectors.member_for_user(user=request.user)
            return render(
                request,
                "network/topic_detail.html#support",
                {
                    "topic": selectors.topic_get(actor=request.user, pk=pk),
                    "supported": True,
                    "is_author": member is not None and topic.author_id == member.pk,
                    "can_participate": True,
                },
            )
        messages.success(request, _("You support this topic."))
    return redirect("network:topic_detail", pk=topic.pk)


@moderator_view
@require_POST
def topic_status(request: HttpRequest, pk: int) -> HttpResponse:
    topic = selectors.topic_get(actor=request.user, pk=pk)
    form = TopicStatusForm(request.POST)
    if form.is_valid():
        try:
            services.topic_status_change(
                actor=request.user,
                topic=topic,
                status=form.cleaned_data["status"],
                text=form.cleaned_data["text"],
                meeting=form.cleaned_data["meeting"],
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The topic is updated and answered."))
    else:
        messages.error(request, _("Choose a status and write a public response."))
    return redirect("network:topic_detail", pk=topic.pk)


# Consultations -----------------------------------------------------------


@network_view
@require_GET
def consultation_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "network/consultation_list.html",
        {
            "consultations": selectors.consultation_list(actor=request.user),
            "is_moderator": request.user.has_perm("network.moderate"),
        },
    )


def _consultation_context(
    request: HttpRequest, consultation: Any, warnings: list[str] | None = None
) -> dict[str, Any]:
    actor = request.user
    responses = selectors.consultation_responses(actor=actor, consultation=consultation)
    parts = [
        {
            "part": part,
            "responses": [r for r in responses if r.part_id == part.pk],
            "field": f"part_{part.pk}",
            "value": request.POST.get(f"part_{part.pk}", ""),
        }
        for part in consultation.parts.all()
    ]
    return {
        "consultation": consultation,
        "parts": parts,
        "responded": selectors.consultation_responded(
            actor=actor, consultation=consultation
        ),
        "is_open": consultation.status == ConsultationStatus.OPEN
        and consultation.closes_on >= timezone.localdate(),
        "can_participate": actor.has_perm("network.participate"),
        "is_moderator": actor.has_perm("network.moderate"),
        "warnings": warnings or [],
        "response_count": len(responses),
    }


@network_view
@require_GET
def consultation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = selectors.consultation_get(actor=request.user, pk=pk)
    return render(
        request,
        "network/consultation_detail.html",
        _consultation_context(request, consultation),
    )


@member_view
@require_POST
def consultation_respond(request: HttpRequest, pk: int) -> HttpResponse:
    actor = request.user
    consultation = selectors.consultation_get(actor=actor, pk=pk)
    answers = {
        part.pk: request.POST.get(f"part_{part.pk}", "")[:5000]
        for part in consultation.parts.all()
    }
    if not any(text.strip() for text in answers.values()):
        messages.error(request, _("Write a response to at least one part."))
        return redirect("network:consultation_detail", pk=consultation.pk)
    warnings: list[str] = []
    if not request.POST.get("confirm_guard"):
        warnings = services.privacy_guard_scan(text="\n".join(answers.values()))
        if warnings:
            services.privacy_guard_warned(
                actor=actor, kind="response", categories=len(warnings)
            )
            return render(
                request,
                "network/consultation_detail.html",
                _consultation_context(request, consultation, warnings),
                status=400,
            )
    try:
        services.consultation_respond(
            actor=actor, consultation=consultation, answers=answers
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Thank you: your response is saved."))
    return redirect("network:consultation_detail", pk=consultation.pk)


@moderator_view
@require_http_methods(["GET", "POST"])
def consultation_create(request: HttpRequest) -> HttpResponse:
    form = ConsultationForm(_data(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        consultation = services.consultation_create(
            actor=request.user,
            title=data["title"],
            introduction=data["introduction"],
            closes_on=data["closes_on"],
            group=data["group"],
            sections=form.sections(),
            questions=form.question_list(),
        )
        messages.success(request, _("The consultation is open."))
        return redirect("network:consultation_detail", pk=consultation.pk)
    return render(
        request,
        "network/consultation_form.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


@moderator_view
@require_http_methods(["GET", "POST"])
def consultation_summarise(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = selectors.consultation_get(actor=request.user, pk=pk)
    form = SummaryForm(
        request.POST or None,
        initial={"summary": consultation.summary, "outcome": consultation.outcome},
    )
    if request.method == "POST" and form.is_valid():
        services.consultation_summarise(
            actor=request.user,
            consultation=consultation,
            summary=form.cleaned_data["summary"],
            outcome=form.cleaned_data["outcome"],
            base_url=_base_url(request),
        )
        messages.success(request, _("The summary is published."))
        return redirect("network:consultation_detail", pk=consultation.pk)
    return render(
        request,
        "network/consultation_summary.html",
        {"form": form, "consultation": consultation},
        status=400 if form.errors else 200,
    )


# Progress updates --------------------------------------------------------


@network_view
@require_GET
def update_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "network/update_list.html",
        {
            "updates": selectors.update_list(actor=request.user)[:50],
            "is_moderator": request.user.has_perm("network.moderate"),
        },
    )


@moderator_view
@require_http_methods(["GET", "POST"])
def update_create(request: HttpRequest) -> HttpResponse:
    form = UpdateForm(_data(request))
    if request.method == "POST" and form.is_valid():
        services.update_publish(
            actor=request.user,
            title=form.cleaned_data["title"],
            body=form.cleaned_data["body"],
            group=form.cleaned_data["group"],
            base_url=_base_url(request),
        )
        messages.success(request, _("The update is published."))
        return redirect("network:update_list")
    return render(
        request,
        "network/update_form.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


# Own data ----------------------------------------------------------------


@member_view
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    actor = request.user
    member = selectors.member_for_user(user=actor)
    assert member is not None
    initial = {
        "display_name": selectors.member_display_name(member=member),
        "email": selectors.member_email(member=member),
        "region": member.region,
        "background": member.background,
        "directory_visible": member.directory_visible,
        "email_frequency": member.email_frequency,
    }
    form = ProfileForm(_data(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        services.member_profile_update(actor=actor, **form.cleaned_data)
        messages.success(request, _("Your profile is saved."))
        return redirect("network:profile")
    return render(
        request,
        "network/profile.html",
        {"form": form, "member": member},
        status=400 if form.errors else 200,
    )


@member_view
@require_GET
def export(request: HttpRequest) -> HttpResponse:
    """All my data, as JSON (machine-readable) or as a readable page."""
    data = services.member_export(actor=request.user)
    stamp = timezone.localdate().isoformat()
    if request.GET.get("format") == "json":
        response = HttpResponse(
            json.dumps(data, indent=2, ensure_ascii=False),
            content_type="application/json; charset=utf-8",
        )
        filename = f"herstel-network-data-{stamp}.json"
    else:
        response = HttpResponse(
            render_to_string("network/export.html", {"data": data}, request=request)
        )
        filename = f"herstel-network-data-{stamp}.html"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@member_view
@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest) -> HttpResponse:
    form = DeleteForm(_data(request))
    if request.method == "POST" and form.is_valid():
        services.member_delete(
            actor=request.user,
            remove_contributions=form.cleaned_data["remove_contributions"],
        )
        request.session.flush()
        return render(request, "network/deleted.html")
    return render(
        request,
        "network/delete.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


# Moderation --------------------------------------------------------------


@member_view
@require_http_methods(["GET", "POST"])
def report(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    actor = request.user
    if kind == ContributionKind.TOPIC:
        target: Any = selectors.topic_get(actor=actor, pk=pk)
        back = ("network:topic_detail", target.pk)
    elif kind == ContributionKind.RESPONSE:
        target = get_object_or_404(ConsultationResponse, pk=pk, hidden_at__isnull=True)
        consultation = selectors.consultation_get(
            actor=actor, pk=target.part.consultation_id
        )
        back = ("network:consultation_detail", consultation.pk)
    else:
        raise Http404
    form = ReportForm(_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.report_create(
                actor=actor,
                kind=kind,
                target=target,
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("Thank you. A moderator will look at it."))
            return redirect(back[0], pk=back[1])
    return render(
        request,
        "network/report.html",
        {"form": form, "target": target, "kind": kind},
        status=400 if form.errors else 200,
    )


@moderator_view
@require_GET
def moderation(request: HttpRequest) -> HttpResponse:
    actor = request.user
    applications = [
        (application, selectors.application_details(application=application))
        for application in selectors.application_queue(actor=actor)
    ]
    if applications:
        audit_event_record(
            event=APPLICATION_VIEWED, actor=actor, context={"shown": len(applications)}
        )
    memberships = selectors.group_pending_memberships(actor=actor)
    return render(
        request,
        "network/moderation.html",
        {
            "reports": selectors.report_queue(actor=actor),
            "applications": applications,
            "memberships": [
                (m, selectors.member_display_name(member=m.member)) for m in memberships
            ],
        },
    )


@moderator_view
@require_http_methods(["GET", "POST"])
def invite(request: HttpRequest) -> HttpResponse:
    form = InvitationForm(_data(request))
    if request.method == "POST" and form.is_valid():
        services.invitation_send(
            actor=request.user,
            email=form.cleaned_data["email"],
            group=form.cleaned_data["group"],
            base_url=_base_url(request),
        )
        messages.success(request, _("The invitation is sent."))
        return redirect("network:invite")
    return render(
        request,
        "network/invite.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


@moderator_view
@require_POST
def application_decide(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application, pk=pk)
    approve = request.POST.get("decision") == "approve"
    services.application_decide(
        actor=request.user,
        application=application,
        approve=approve,
        base_url=_base_url(request),
    )
    messages.success(
        request,
        _("Approved: an invitation is sent.") if approve else _("Rejected."),
    )
    return redirect("network:moderation")


@moderator_view
@require_POST
def membership_decide(request: HttpRequest, pk: int) -> HttpResponse:
    membership = get_object_or_404(GroupMembership, pk=pk)
    services.group_membership_decide(
        actor=request.user,
        membership=membership,
        approve=request.POST.get("decision") == "approve",
    )
    messages.success(request, _("The decision is saved."))
    return redirect("network:moderation")


@moderator_view
@require_POST
def report_dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    services.report_dismiss(actor=request.user, report=get_object_or_404(Report, pk=pk))
    messages.success(request, _("The report is dismissed."))
    return redirect("network:moderation")


@moderator_view
@require_http_methods(["GET", "POST"])
def hide(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    if kind not in ContributionKind.values:
        raise Http404
    try:
        target = services.contribution_get(kind=kind, pk=pk)
    except ObjectDoesNotExist as error:
        raise Http404 from error
    form = HideForm(_data(request))
    if request.method == "POST" and form.is_valid():
        services.contribution_hide(
            actor=request.user, target=target, reason=form.cleaned_data["reason"]
        )
        messages.success(request, _("The contribution is hidden."))
        return redirect("network:moderation")
    return render(
        request,
        "network/hide.html",
        {"form": form, "target": target, "kind": kind},
        status=400 if form.errors else 200,
    )
