# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reports, the moderation queue, invitations and decisions."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.shortcuts import redirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.decorators.http import require_http_methods
from django.views.decorators.http import require_POST

from herstel.audit.services import audit_event_record
from herstel.core.views import form_page

from .. import selectors
from .. import services
from ..audit_events import APPLICATION_VIEWED
from ..constants import ContributionKind
from ..forms import HideForm
from ..forms import InvitationForm
from ..forms import ReportForm
from ..models import Application
from ..models import ConsultationResponse
from ..models import GroupMembership
from ..models import Report
from .common import _base_url
from .common import _data
from .common import member_view
from .common import moderator_view

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

# Moderation --------------------------------------------------------------


@member_view
@require_http_methods(["GET", "POST"])
def report(request: AuthenticatedRequest, kind: str, pk: int) -> HttpResponse:
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
    return form_page(
        request,
        ReportForm(_data(request)),
        "network/report.html",
        lambda data: services.report_create(
            actor=actor, kind=kind, target=target, reason=data["reason"]
        ),
        lambda _report: redirect(back[0], pk=back[1]),
        success=_("Thank you. A moderator will look at it."),
        context={"target": target, "kind": kind},
    )


@moderator_view
@require_GET
def moderation(request: AuthenticatedRequest) -> HttpResponse:
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
def invite(request: AuthenticatedRequest) -> HttpResponse:
    return form_page(
        request,
        InvitationForm(_data(request)),
        "network/invite.html",
        lambda data: services.invitation_send(
            actor=request.user, **data, base_url=_base_url(request)
        ),
        lambda _result: redirect("network:invite"),
        success=_("The invitation is sent."),
    )


@moderator_view
@require_POST
def application_decide(request: AuthenticatedRequest, pk: int) -> HttpResponse:
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
def membership_decide(request: AuthenticatedRequest, pk: int) -> HttpResponse:
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
def report_dismiss(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    services.report_dismiss(actor=request.user, report=get_object_or_404(Report, pk=pk))
    messages.success(request, _("The report is dismissed."))
    return redirect("network:moderation")


@moderator_view
@require_http_methods(["GET", "POST"])
def hide(request: AuthenticatedRequest, kind: str, pk: int) -> HttpResponse:
    if kind not in ContributionKind.values:
        raise Http404
    try:
        target = services.contribution_get(kind=kind, pk=pk)
    except ObjectDoesNotExist as error:
        raise Http404 from error
    return form_page(
        request,
        HideForm(_data(request)),
        "network/hide.html",
        lambda data: services.contribution_hide(
            actor=request.user, target=target, reason=data["reason"]
        ),
        lambda _result: redirect("network:moderation"),
        success=_("The contribution is hidden."),
        context={"target": target, "kind": kind},
    )
