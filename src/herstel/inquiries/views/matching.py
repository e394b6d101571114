# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Finding the requester's data: search, review, match, propose, approve."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.http import HttpRequest
from django.http import HttpResponse
from django.shortcuts import redirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from herstel.audit.services import audit_event_record
from herstel.core.confirm import confirm_unless_typed
from herstel.core.views import action_run
from herstel.core.views import form_action
from herstel.core.views import require_page
from herstel.core.views import staff_view
from herstel.dossiers.selectors import subject_get
from herstel.dossiers.selectors import subject_passages
from herstel.dossiers.selectors import subject_search

from ..audit_events import SUBJECTS_SEARCHED
from ..constants import MatchDecision
from ..constants import RequestStatus
from ..forms import MatchForm
from ..forms import NoteForm
from ..models import AccessRequest
from ..selectors import answer_documents_count
from ..selectors import request_get
from ..selectors import request_matches
from ..services import answer_approve_check
from ..services import match_decide
from ..services import outcome_propose
from ..services import outcome_return
from ..services import request_data_read
from .common import _back
from .common import _error_text
from .common import _post_action

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest


def _can_decide(request: HttpRequest, access_request: AccessRequest) -> bool:
    """Whether the user may decide on matches now (while the search is open)."""
    return (
        request.user.has_perm("inquiries.decide_match", access_request)
        and access_request.status == RequestStatus.SEARCHING
    )


@staff_view(methods="GET POST")
def search(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    """Search the inventory with the request's names and places (audited).

    Other spellings come in a POST, so names never end up in URLs or access logs.
    """
    access_request = request_get(actor=request.user, reference=reference)
    if access_request.destroyed_at is not None:
        raise Http404
    data = request_data_read(request=access_request, actor=request.user)
    names = [n for n in request.POST.getlist("name") if n.strip()] or list(data.names)
    candidates = subject_search(
        actor=request.user,
        names=names,
        places=data.places,
        birth_date=data.birth_date,
    )
    audit_event_record(
        event=SUBJECTS_SEARCHED,
        actor=request.user,
        target=access_request,
        reason="access_request",
        context={"names": len(names), "candidates": len(candidates)},
    )
    decisions = {
        m.subject_id: m
        for m in request_matches(actor=request.user, request=access_request)
    }
    return render(
        request,
        "inquiries/search.html",
        {
            "access_request": access_request,
            "data": data,
            "names": names,
            "candidates": candidates,
            "decisions": decisions,
            "can_decide": _can_decide(request, access_request),
            "match_choices": MatchDecision.choices,
        },
    )


@staff_view()
def subject_review(
    request: AuthenticatedRequest, reference: str, subject: int
) -> HttpResponse:
    """The passages of one candidate subject, read for this request (audited)."""
    access_request = request_get(actor=request.user, reference=reference)
    found = subject_get(actor=request.user, pk=subject)
    passages = subject_passages(actor=request.user, subject=found)
    decision = access_request.matches.filter(subject=found).first()
    form = MatchForm(
        initial={
            "subject": found.pk,
            "decision": decision.decision if decision else None,
            "reason": decision.reason if decision else "",
        }
    )
    return render(
        request,
        "inquiries/subject_review.html",
        {
            "access_request": access_request,
            "subject": found,
            "passages": passages,
            "decision": decision,
            "form": form,
            "can_decide": _can_decide(request, access_request),
        },
    )


@staff_view(methods="POST")
def match(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    access_request = _post_action(request, reference, "inquiries.decide_match")
    form_action(
        request,
        MatchForm(request.POST),
        lambda data: match_decide(
            request=access_request,
            subject=subject_get(actor=request.user, pk=data["subject"]),
            decision=MatchDecision(data["decision"]),
            reason=data["reason"],
            actor=request.user,
        ),
        success=_("The decision is recorded."),
        invalid=_("Choose a decision and give a reason."),
    )
    return redirect("inquiries:search", reference=reference)


@staff_view(methods="POST")
def propose(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    access_request = _post_action(request, reference, "inquiries.decide_match")
    form = NoteForm(request.POST)
    form.is_valid()
    action_run(
        request,
        lambda: outcome_propose(
            request=access_request,
            actor=request.user,
            note=form.cleaned_data.get("note", ""),
        ),
        success=_("The outcome is sent to a reviewer for approval."),
    )
    return _back(reference, "outcome")


@staff_view(methods="POST")
def approve(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    access_request = request_get(actor=request.user, reference=reference)
    require_page(request, "inquiries.approve_answer", access_request)
    decision = request.POST.get("decision", "approve")
    try:
        if decision == "return":
            outcome_return(
                request=access_request,
                actor=request.user,
                note=request.POST.get("note", ""),
            )
            messages.success(request, _("The request is sent back to the analysts."))
        else:
            return _approve_confirmed(request, access_request)
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    return _back(reference, "outcome")


def _approve_confirmed(
    request: AuthenticatedRequest, access_request: AccessRequest
) -> HttpResponse:
    """First post: what approving does, and the reference to type; second
    post: the answer is built and sent in the background (progress page)."""
    from ..tasks import answer_start

    answer_approve_check(request=access_request, actor=request.user)
    documents = answer_documents_count(request=access_request)
    page = confirm_unless_typed(
        request,
        reference=access_request.reference,
        title=_("Approve and send the answer to %(reference)s")
        % {"reference": access_request.reference},
        consequences=[
            ngettext(
                "The letter and the access copy are made: %(count)s document "
                "in which the requester appears, other people's data redacted.",
                "The letter and the access copy are made: %(count)s documents "
                "in which the requester appears, other people's data redacted.",
                documents,
            )
            % {"count": documents}
            if documents
            else _("The letter is made: no data about the requester was found."),
            _(
                "The requester gets an e-mail with a secure download link "
                "that expires after %(days)s days."
            )
            % {"days": settings.HERSTEL_DOWNLOAD_LINK_DAYS},
            _("The objection window of %(days)s days starts.")
            % {"days": access_request.campaign.objection_days},
        ],
        action_url=reverse("inquiries:approve", args=[access_request.reference]),
        button=_("Approve and send the answer"),
        cancel_url=reverse("inquiries:detail", args=[access_request.reference]),
        hidden={"decision": "approve"},
    )
    if page is not None:
        return page
    task = answer_start(request=access_request, actor=request.user)
    return redirect("tasks:progress", pk=task.pk)
