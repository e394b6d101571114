# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Joining, applying, consent, unsubscribing and a member's own data."""

from __future__ import annotations

import json
from dataclasses import fields
from typing import TYPE_CHECKING
from typing import Any

from django.contrib.auth import login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.http import HttpRequest
from django.http import HttpResponse
from django.shortcuts import redirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET
from django.views.decorators.http import require_http_methods

from herstel.core.ratelimit import client_address
from herstel.core.views import form_page
from herstel.core.views import staff_view

from .. import selectors
from .. import services
from ..constants import CONSENT_VERSION
from ..forms import ApplicationForm
from ..forms import ConsentForm
from ..forms import DeleteForm
from ..forms import JoinForm
from ..forms import ProfileForm
from .common import _data
from .common import member_view
from .common import network_view

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

# Joining -----------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, token: str) -> HttpResponse:
    """Sign up with an invitation link: profile, password, consent."""
    invitation = services.invitation_get(token=token)
    if invitation is None:
        return render(request, "network/join_invalid.html", status=404)

    def joined(member: Any) -> HttpResponse:
        login(request, member.user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("network:welcome")

    return form_page(
        request,
        JoinForm(_data(request)),
        "network/join.html",
        lambda data: services.member_join(
            token=token, password=data["password"], profile=_profile(data)
        ),
        joined,
        context={"invitation": invitation, **_consent_context()},
    )


def _profile(data: dict[str, Any]) -> Any:
    """The profile a member fills in when joining or giving consent."""
    return services.Profile(
        **{field.name: data[field.name] for field in fields(services.Profile)}
    )


def _consent_context() -> dict[str, Any]:
    return {
        "consent_text": services.consent_text(),
        "consent_version": CONSENT_VERSION,
    }


@network_view
@require_GET
def welcome(request: AuthenticatedRequest) -> HttpResponse:
    return render(
        request,
        "network/welcome.html",
        {"login_name": request.user.get_username()},
    )


@require_http_methods(["GET", "POST"])
def apply(request: HttpRequest) -> HttpResponse:
    """Public form: ask to join; a moderator decides."""
    return form_page(
        request,
        ApplicationForm(_data(request)),
        "network/apply.html",
        lambda data: services.application_submit(
            **data, client=client_address(request)
        ),
        lambda _result: render(request, "network/apply_done.html"),
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


@staff_view(methods="GET POST")
def consent(request: AuthenticatedRequest) -> HttpResponse:
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
    return form_page(
        request,
        ConsentForm(_data(request)),
        "network/consent_give.html",
        lambda data: services.member_profile_create(actor=user, profile=_profile(data)),
        lambda _result: redirect("network:home"),
        success=_("Welcome to the network."),
        context=_consent_context(),
    )


# Own data ----------------------------------------------------------------


@member_view
@require_http_methods(["GET", "POST"])
def profile(request: AuthenticatedRequest) -> HttpResponse:
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
    return form_page(
        request,
        ProfileForm(_data(request), initial=initial),
        "network/profile.html",
        lambda data: services.member_profile_update(actor=actor, **data),
        lambda _result: redirect("network:profile"),
        success=_("Your profile is saved."),
        context={"member": member},
    )


@member_view
@require_GET
def export(request: AuthenticatedRequest) -> HttpResponse:
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
def delete(request: AuthenticatedRequest) -> HttpResponse:

    def deleted(_result: Any) -> HttpResponse:
        request.session.flush()
        return render(request, "network/deleted.html")

    return form_page(
        request,
        DeleteForm(_data(request)),
        "network/delete.html",
        lambda data: services.member_delete(
            actor=request.user, remove_contributions=data["remove_contributions"]
        ),
        deleted,
    )
