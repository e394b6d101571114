# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Joining, applying, consent, unsubscribing and a member's own data."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import (
    PermissionDenied,
    ValidationError,
)
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from herstel.core.ratelimit import client_address

from .. import selectors, services
from ..constants import (
    CONSENT_VERSION,
)
from ..forms import (
    ApplicationForm,
    ConsentForm,
    DeleteForm,
    JoinForm,
    ProfileForm,
)
from .common import (
    _add_errors,
    _data,
    member_view,
    network_view,
)

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
