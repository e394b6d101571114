# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Topics and consultations."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET
from django.views.decorators.http import require_http_methods
from django.views.decorators.http import require_POST

from herstel.core.lists import Filter
from herstel.core.lists import ListSpec
from herstel.core.lists import list_page
from herstel.core.views import action_run
from herstel.core.views import form_action
from herstel.core.views import form_page
from herstel.core.views import is_htmx

from .. import selectors
from .. import services
from ..constants import TOPIC_TRANSITIONS
from ..constants import ConsultationStatus
from ..constants import TopicStatus
from ..forms import ConsultationForm
from ..forms import SummaryForm
from ..forms import TopicForm
from ..forms import TopicStatusForm
from .common import _add_errors
from .common import _base_url
from .common import _data
from .common import member_view
from .common import moderator_view
from .common import network_view

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

# Topics ------------------------------------------------------------------


TOPICS = ListSpec(
    key="topics",
    sorts="support=support_count created=created_at title",
    sort_labels={
        "support": gettext_lazy("Support"),
        "created": gettext_lazy("Date"),
        "title": gettext_lazy("Title"),
    },
    default_sort="-support",
    search_fields=("title", "description", "theme"),
    search_label=gettext_lazy("Search topics"),
    filters=(Filter("status", gettext_lazy("Status"), TopicStatus.choices),),
)


@network_view
@require_GET
def topic_list(request: AuthenticatedRequest) -> HttpResponse:
    actor = request.user
    topics = selectors.topic_list_with_support_flag(actor=actor)
    return render(
        request,
        "network/topic_list.html",
        {
            "listing": list_page(request, topics, TOPICS),
            "can_participate": actor.has_perm("network.participate"),
        },
    )


def _guarded(
    request: AuthenticatedRequest, form: Any, kind: str, texts: list[str]
) -> list[str]:
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
def topic_create(request: AuthenticatedRequest) -> HttpResponse:
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
def topic_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
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
def topic_support(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    topic = selectors.topic_get(actor=request.user, pk=pk)
    try:
        services.topic_support(actor=request.user, topic=topic)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if is_htmx(request):
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
def topic_status(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    topic = selectors.topic_get(actor=request.user, pk=pk)
    form_action(
        request,
        TopicStatusForm(request.POST),
        lambda data: services.topic_status_change(
            actor=request.user, topic=topic, **data
        ),
        success=_("The topic is updated and answered."),
        invalid=_("Choose a status and write a public response."),
    )
    return redirect("network:topic_detail", pk=topic.pk)


# Consultations -----------------------------------------------------------


@network_view
@require_GET
def consultation_list(request: AuthenticatedRequest) -> HttpResponse:
    return render(
        request,
        "network/consultation_list.html",
        {
            "consultations": selectors.consultation_list(actor=request.user),
            "is_moderator": request.user.has_perm("network.moderate"),
        },
    )


def _consultation_context(
    request: AuthenticatedRequest, consultation: Any, warnings: list[str] | None = None
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
def consultation_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    consultation = selectors.consultation_get(actor=request.user, pk=pk)
    return render(
        request,
        "network/consultation_detail.html",
        _consultation_context(request, consultation),
    )


@member_view
@require_POST
def consultation_respond(request: AuthenticatedRequest, pk: int) -> HttpResponse:
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
    action_run(
        request,
        lambda: services.consultation_respond(
            actor=actor, consultation=consultation, answers=answers
        ),
        success=_("Thank you: your response is saved."),
    )
    return redirect("network:consultation_detail", pk=consultation.pk)


@moderator_view
@require_http_methods(["GET", "POST"])
def consultation_create(request: AuthenticatedRequest) -> HttpResponse:
    form = ConsultationForm(_data(request))
    return form_page(
        request,
        form,
        "network/consultation_form.html",
        lambda data: services.consultation_create(
            actor=request.user,
            title=data["title"],
            introduction=data["introduction"],
            closes_on=data["closes_on"],
            group=data["group"],
            sections=form.sections(),
            questions=form.question_list(),
        ),
        lambda consultation: redirect(
            "network:consultation_detail", pk=consultation.pk
        ),
        success=_("The consultation is open."),
    )


@moderator_view
@require_http_methods(["GET", "POST"])
def consultation_summarise(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    consultation = selectors.consultation_get(actor=request.user, pk=pk)
    form = SummaryForm(
        request.POST or None,
        initial={"summary": consultation.summary, "outcome": consultation.outcome},
    )
    return form_page(
        request,
        form,
        "network/consultation_summary.html",
        lambda data: services.consultation_summarise(
            actor=request.user,
            consultation=consultation,
            **data,
            base_url=_base_url(request),
        ),
        lambda _result: redirect("network:consultation_detail", pk=consultation.pk),
        success=_("The summary is published."),
        context={"consultation": consultation},
    )
