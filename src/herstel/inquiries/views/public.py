# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Citizens' pages: the public form, identity login, the download link."""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.http import Http404
from django.http import HttpRequest
from django.http import HttpResponse
from django.shortcuts import redirect
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.decorators.http import require_http_methods

from herstel.audit.services import audit_event_record
from herstel.core.client import client_address
from herstel.core.views import action_run

from .. import identity
from ..audit_events import IDENTITY_FAILED
from ..constants import Channel
from ..constants import VerificationMethod
from ..forms import CodeForm
from ..forms import PublicRequestForm
from ..models import AccessRequest
from ..selectors import campaign_current
from ..services import answer_file_read
from ..services import identity_token_request
from ..services import link_code_check
from ..services import link_code_send
from ..services import link_login_check
from ..services import link_resolve
from ..services import request_submit
from ..services import request_verify_by_login
from .common import LINK_SESSION
from .common import LINK_SESSION_SECONDS
from .common import SESSION_REFERENCE
from .common import _error_text
from .common import _pdf_response

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
            action_run(
                request,
                lambda: link_code_send(link=link),
                success=_("We sent a code to your e-mail address."),
            )
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
