# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Pages for citizens (public, anonymous) and for staff (worklists, a request)."""

from __future__ import annotations

import hashlib
import time
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from herstel.audit.services import audit_event_record
from herstel.core.client import client_address
from herstel.dossiers.selectors import subject_get, subject_passages, subject_search

from . import identity
from .audit_events import IDENTITY_FAILED, SUBJECTS_SEARCHED
from .constants import Channel, MatchDecision, RequestStatus, VerificationMethod
from .forms import (
    CodeForm,
    ExtendForm,
    MatchForm,
    NoteForm,
    ObjectionForm,
    ObjectionReleaseForm,
    PublicRequestForm,
    StaffRequestForm,
    VerifyForm,
)
from .models import AccessRequest, Attachment
from .selectors import (
    campaign_current,
    dashboard_counts,
    request_get,
    request_list,
    request_matches,
)
from .services import (
    answer_approve,
    answer_file_read,
    attachment_read,
    identity_token_request,
    link_code_check,
    link_code_send,
    link_login_check,
    link_resolve,
    match_decide,
    objection_register,
    objection_release as release_objection,
    outcome_propose,
    outcome_return,
    request_data_read,
    request_extend,
    request_submit,
    request_verify,
    request_verify_by_login,
    verification_invite,
)

SESSION_REFERENCE = "inquiries_reference"
LINK_SESSION = "inquiries_link_{pk}"
LINK_SESSION_SECONDS = 30 * 60


def _error_text(exc: ValidationError) -> str:
    return " ".join(str(m) for m in exc.messages)


# Public ---------------------------------------------------------------------------


def _rate_limited(request: HttpRequest) -> bool:
    """True when this client address sent too many requests this hour."""
    address = client_address(request)
    key = (
        "inquiries-intake:"
        + hashlib.sha256((settings.SECRET_KEY + address).encode()).hexdigest()[:32]
    )
    window = int(time.time() // 3600)
    key = f"{key}:{window}"
    count = cache.get(key, 0)
    return count >= settings.HERSTEL_INTAKE_RATE_LIMIT


def _rate_count(request: HttpRequest) -> None:
    address = client_address(request)
    key = (
        "inquiries-intake:"
        + hashlib.sha256((settings.SECRET_KEY + address).encode()).hexdigest()[:32]
    )
    key = f"{key}:{int(time.time() // 3600)}"
    cache.set(key, cache.get(key, 0) + 1, 3600)


@never_cache
@require_http_methods(["GET", "POST"])
def public_form(request: HttpRequest, slug: str | None = None) -> HttpResponse:
    """The public request form; anonymous, Dutch first, open only in the window."""
    campaign = campaign_current(slug=slug)
    if campaign is None:
        raise Http404
    is_open = campaign.is_open()
    form = PublicRequestForm(request.POST or None) if is_open else None
    if request.method == "POST" and form is not None:
        # Field errors first: a person who sends an incomplete form quickly
        # should see what to fix, not a spam warning.
        if not form.is_valid():
            form.refresh_stamp()
        elif form.is_spam() or _rate_limited(request):
            form.refresh_stamp()
            messages.error(
                request,
                _(
                    "We could not accept the form. Wait a moment and send it again, "
                    "or contact us by mail or post."
                ),
            )
        else:
            try:
                created = request_submit(
                    campaign=campaign,
                    data=form.request_data(),
                    channel=Channel.WEB,
                    verification_method=VerificationMethod(
                        form.cleaned_data["verification_method"]
                    ),
                    language=translation.get_language() or "nl",
                )
            except ValidationError as exc:
                messages.error(request, _error_text(exc))
            else:
                _rate_count(request)
                request.session[SESSION_REFERENCE] = created.reference
                return redirect("inquiries:public_done", slug=campaign.slug)
    return render(
        request,
        "inquiries/public_form.html",
        {"campaign": campaign, "form": form, "is_open": is_open},
        status=200,
    )


@never_cache
@require_GET
def public_done(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = campaign_current(slug=slug)
    reference = request.session.get(SESSION_REFERENCE)
    if campaign is None or not reference:
        return redirect("inquiries:public_form_default")
    return render(
        request,
        "inquiries/public_done.html",
        {"campaign": campaign, "reference": reference},
    )


@never_cache
@require_GET
def identity_login(request: HttpRequest, token: str) -> HttpResponse:
    """Start the login that verifies a requester's identity (link from the mail)."""
    access_request = identity_token_request(token)
    if access_request is None or not identity.oidc_enabled():
        return render(request, "inquiries/public_link_invalid.html", status=404)
    return identity.login_start(request, purpose="identity", target=access_request.pk)


@never_cache
@require_GET
def identity_callback(request: HttpRequest) -> HttpResponse:
    """Where the provider sends the citizen back, for both kinds of login."""
    result = identity.login_finish(request)
    if result is None:
        return render(request, "inquiries/public_login_failed.html", status=400)
    pending, claims = result
    provider = settings.HERSTEL_OIDC_PROVIDER_NAME
    if pending["purpose"] == "identity":
        access_request = AccessRequest.objects.filter(
            pk=pending["target"], destroyed_at__isnull=True
        ).first()
        if access_request is None:
            raise Http404
        request_verify_by_login(
            request=access_request, provider=provider, subject=str(claims["sub"])
        )
        return render(
            request,
            "inquiries/public_verified.html",
            {"reference": access_request.reference},
        )
    link_pk = pending["target"]
    token = request.session.get(f"inquiries_link_token_{link_pk}", "")
    link = link_resolve(token=token) if token else None
    if link is None or link.pk != link_pk:
        return render(request, "inquiries/public_link_invalid.html", status=404)
    if not link_login_check(link=link, provider=provider, subject=str(claims["sub"])):
        audit_event_record(
            event=IDENTITY_FAILED,
            actor=None,
            target=link.request,
            context={"link": link.pk},
        )
        return render(request, "inquiries/public_login_failed.html", status=403)
    request.session[LINK_SESSION.format(pk=link.pk)] = time.time()
    return redirect("inquiries:download", token=token)


def _link_verified(request: HttpRequest, link_pk: int) -> bool:
    started = request.session.get(LINK_SESSION.format(pk=link_pk))
    if not isinstance(started, int | float):
        return False
    return time.time() - started < LINK_SESSION_SECONDS


@never_cache
@require_http_methods(["GET", "POST"])
def download(request: HttpRequest, token: str) -> HttpResponse:
    """The requester's download page: re-verify (mailed code or login), then files."""
    link = link_resolve(token=token)
    if link is None:
        return render(request, "inquiries/public_link_invalid.html", status=404)
    access_request = link.request
    request.session[f"inquiries_link_token_{link.pk}"] = token
    verified = _link_verified(request, link.pk)
    form = CodeForm(request.POST or None)
    code_sent = bool(link.code_digest)
    if request.method == "POST" and not verified:
        action = request.POST.get("action")
        if action == "send":
            try:
                link_code_send(link=link)
            except ValidationError as exc:
                messages.error(request, _error_text(exc))
            else:
                messages.success(request, _("We sent a code to your e-mail address."))
            return redirect("inquiries:download", token=token)
        if action == "login" and identity.oidc_enabled():
            return identity.login_start(request, purpose="download", target=link.pk)
        if form.is_valid():
            if link_code_check(link=link, code=form.cleaned_data["code"]):
                request.session[LINK_SESSION.format(pk=link.pk)] = time.time()
                return redirect("inquiries:download", token=token)
            form.add_error(
                "code",
                _("This code is not right or has expired. Ask for a new code."),
            )
    uses_login = access_request.verifications.filter(
        method=VerificationMethod.OIDC
    ).exists()
    return render(
        request,
        "inquiries/public_download.html",
        {
            "link": link,
            "access_request": access_request,
            "verified": verified,
            "form": form,
            "code_sent": code_sent,
            "offer_login": uses_login and identity.oidc_enabled(),
            "has_copy": bool(getattr(access_request, "answer", None))
            and bool(access_request.answer.copy_key_id),
            "token": token,
        },
    )


@never_cache
@require_GET
def download_file(request: HttpRequest, token: str, kind: str) -> HttpResponse:
    link = link_resolve(token=token)
    if link is None or not _link_verified(request, link.pk):
        raise PermissionDenied
    data = answer_file_read(request=link.request, kind=kind, link=link)
    return _pdf_response(data, f"{link.request.reference}-{kind}.pdf")


def _pdf_response(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


# Staff ----------------------------------------------------------------------------


@login_required
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    counts, overdue, answered = dashboard_counts(actor=request.user)
    return render(
        request,
        "inquiries/dashboard.html",
        {"counts": counts, "overdue": overdue, "answered": answered},
    )


@login_required
@require_GET
def worklist(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    overdue = request.GET.get("overdue") == "1"
    requests = request_list(actor=request.user, status=status, overdue=overdue)
    return render(
        request,
        "inquiries/worklist.html",
        {
            "requests": requests[:500],
            "status": status,
            "overdue": overdue,
            "statuses": RequestStatus.choices,
            "today": timezone.localdate(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def register(request: HttpRequest) -> HttpResponse:
    """Staff enter a request that came by mail, post or at the desk."""
    if not request.user.has_perm("inquiries.register_request"):
        raise PermissionDenied
    form = StaffRequestForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        original = form.cleaned_data.get("original")
        attachments = [(original.name, original.read())] if original else []
        try:
            created = request_submit(
                campaign=form.cleaned_data["campaign"],
                data=form.request_data(),
                channel=Channel(form.cleaned_data["channel"]),
                verification_method=VerificationMethod(
                    form.cleaned_data["verification_method"]
                ),
                language=form.cleaned_data["language"],
                actor=request.user,
                received_on=form.cleaned_data["received_on"],
                attachments=attachments,
            )
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for field, errors in exc.error_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error(None, exc)
        else:
            messages.success(
                request,
                _("Request %(reference)s is registered.")
                % {"reference": created.reference},
            )
            return redirect("inquiries:detail", reference=created.reference)
    return render(request, "inquiries/register.html", {"form": form})


def _detail_context(
    request: HttpRequest, access_request: AccessRequest
) -> dict[str, Any]:
    user = request.user
    data = None
    if access_request.destroyed_at is None:
        data = request_data_read(request=access_request, actor=user)
    return {
        "access_request": access_request,
        "data": data,
        "matches": request_matches(actor=user, request=access_request),
        "verifications": access_request.verifications.select_related("verified_by"),
        "attachments": access_request.attachments.all(),
        "answer": getattr(access_request, "answer", None),
        "objections": access_request.objections.all(),
        "verify_form": VerifyForm(),
        "extend_form": ExtendForm(),
        "note_form": NoteForm(),
        "objection_form": ObjectionForm(),
        "release_form": ObjectionReleaseForm(),
        "today": timezone.localdate(),
        "can_approve": user.has_perm("inquiries.approve_answer", access_request),
        "RequestStatus": RequestStatus,
    }


@login_required
@require_GET
def detail(request: HttpRequest, reference: str) -> HttpResponse:
    access_request = request_get(actor=request.user, reference=reference)
    return render(
        request, "inquiries/detail.html", _detail_context(request, access_request)
    )


def _post_action(request: HttpRequest, reference: str, perm: str) -> AccessRequest:
    access_request = request_get(actor=request.user, reference=reference)
    if not request.user.has_perm(perm, access_request):
        raise PermissionDenied
    return access_request


def _back(reference: str, anchor: str = "") -> HttpResponse:
    url = reverse("inquiries:detail", kwargs={"reference": reference})
    return redirect(url + (f"#{anchor}" if anchor else ""))


def _invalid(
    request: HttpRequest, access_request: AccessRequest, **forms: Any
) -> HttpResponse:
    context = _detail_context(request, access_request)
    context.update(forms)
    return render(request, "inquiries/detail.html", context, status=400)


@login_required
@require_POST
def invite(request: HttpRequest, reference: str) -> HttpResponse:
    access_request = _post_action(request, reference, "inquiries.verify_identity")
    try:
        verification_invite(request=access_request, actor=request.user)
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    else:
        messages.success(request, _("The requester has been asked to verify."))
    return _back(reference, "identity")


@login_required
@require_POST
def verify(request: HttpRequest, reference: str) -> HttpResponse:
    access_request = _post_action(request, reference, "inquiries.verify_identity")
    form = VerifyForm(request.POST)
    if not form.is_valid():
        return _invalid(request, access_request, verify_form=form)
    try:
        request_verify(
            request=access_request,
            actor=request.user,
            method=VerificationMethod(form.cleaned_data["method"]),
            document_kind=form.cleaned_data["document_kind"],
        )
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    else:
        messages.success(request, _("The identity is recorded as verified."))
    return _back(reference, "identity")


@login_required
@require_POST
def extend(request: HttpRequest, reference: str) -> HttpResponse:
    access_request = _post_action(request, reference, "inquiries.extend_deadline")
    form = ExtendForm(request.POST)
    if not form.is_valid():
        return _invalid(request, access_request, extend_form=form)
    try:
        request_extend(
            request=access_request,
            actor=request.user,
            months=form.cleaned_data["months"],
            reason=form.cleaned_data["reason"],
        )
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    else:
        messages.success(
            request, _("The deadline is extended; the requester is told why.")
        )
    return _back(reference, "deadline")


@login_required
@require_http_methods(["GET", "POST"])
def search(request: HttpRequest, reference: str) -> HttpResponse:
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
            "can_decide": request.user.has_perm(
                "inquiries.decide_match", access_request
            )
            and access_request.status == RequestStatus.SEARCHING,
            "match_choices": MatchDecision.choices,
        },
    )


@login_required
@require_GET
def subject_review(request: HttpRequest, reference: str, subject: int) -> HttpResponse:
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
            "can_decide": request.user.has_perm(
                "inquiries.decide_match", access_request
            )
            and access_request.status == RequestStatus.SEARCHING,
        },
    )


@login_required
@require_POST
def match(request: HttpRequest, reference: str) -> HttpResponse:
    access_request = _post_action(request, reference, "inquiries.decide_match")
    form = MatchForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a decision and give a reason."))
        return redirect("inquiries:search", reference=reference)
    subject = subject_get(actor=request.user, pk=form.cleaned_data["subject"])
    try:
        match_decide(
            request=access_request,
            subject=subject,
            decision=MatchDecision(form.cleaned_data["decision"]),
            reason=form.cleaned_data["reason"],
            actor=request.user,
        )
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    else:
        messages.success(request, _("The decision is recorded."))
    return redirect("inquiries:search", reference=reference)


@login_required
@require_POST
def propose(request: HttpRequest, reference: str) -> HttpResponse:
    access_request = _post_action(request, reference, "inquiries.decide_match")
    form = NoteForm(request.POST)
    form.is_valid()
    try:
        outcome_propose(
            request=access_request,
            actor=request.user,
            note=form.cleaned_data.get("note", ""),
        )
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    else:
        messages.success(request, _("The outcome is sent to a reviewer for approval."))
    return _back(reference, "outcome")


@login_required
@require_POST
def approve(request: HttpRequest, reference: str) -> HttpResponse:
    access_request = request_get(actor=request.user, reference=reference)
    if not request.user.has_perm("inquiries.approve_answer", access_request):
        raise PermissionDenied
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
            answer_approve(request=access_request, actor=request.user)
            messages.success(
                request,
                _("The answer is approved and sent to the requester."),
            )
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    return _back(reference, "outcome")


@login_required
@require_POST
def objection(request: HttpRequest, reference: str) -> HttpResponse:
    access_request = _post_action(request, reference, "inquiries.register_objection")
    form = ObjectionForm(request.POST)
    if not form.is_valid():
        return _invalid(request, access_request, objection_form=form)
    try:
        objection_register(
            request=access_request,
            actor=request.user,
            received_on=form.cleaned_data["received_on"],
            note=form.cleaned_data["note"],
        )
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    else:
        messages.success(
            request, _("The objection is registered; the data is on legal hold.")
        )
    return _back(reference, "objection")


@login_required
@require_POST
def objection_release(request: HttpRequest, reference: str) -> HttpResponse:
    """Release a decided objection: the legal holds it placed are lifted."""
    access_request = _post_action(request, reference, "inquiries.register_objection")
    form = ObjectionReleaseForm(request.POST)
    if not form.is_valid():
        return _invalid(request, access_request, release_form=form)
    objection = get_object_or_404(
        access_request.objections, pk=form.cleaned_data["objection"]
    )
    try:
        release_objection(
            objection=objection,
            actor=request.user,
            reason=form.cleaned_data["reason"],
        )
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    else:
        messages.success(
            request, _("The objection is released; its legal holds are lifted.")
        )
    return _back(reference, "objection")


@login_required
@require_GET
def answer_file(request: HttpRequest, reference: str, kind: str) -> HttpResponse:
    """Staff view of the letter or access copy (audited)."""
    access_request = request_get(actor=request.user, reference=reference)
    data = answer_file_read(request=access_request, kind=kind, actor=request.user)
    return _pdf_response(data, f"{access_request.reference}-{kind}.pdf")


@login_required
@require_GET
def attachment(request: HttpRequest, reference: str, pk: int) -> HttpResponse:
    access_request = request_get(actor=request.user, reference=reference)
    item = get_object_or_404(Attachment, pk=pk, request=access_request)
    name, data = attachment_read(attachment=item, actor=request.user)
    response = HttpResponse(data, content_type="application/octet-stream")
    safe = "".join(c for c in name if c.isalnum() or c in "._-") or "bericht"
    response["Content-Disposition"] = f'attachment; filename="{safe}"'
    return response
