# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Login with password, then a TOTP code; setting up an authenticator; home."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest
from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.shortcuts import render
from django.urls import reverse
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

import qrcode
import qrcode.image.svg
from django_otp.plugins.otp_totp.models import TOTPDevice

from herstel.core.views import staff_view
from herstel.core.work import work_sections

from .constants import STAFF_ROLES
from .forms import LoginForm
from .forms import TokenForm
from .models import User
from .selectors import user_is_verified
from .selectors import user_requires_second_factor
from .selectors import user_roles
from .selectors import user_start_page
from .services import second_factor_verify
from .services import totp_device_confirm
from .services import totp_device_start

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest
    from herstel.core.actor import Viewer

SETUP_SESSION_KEY = "herstel_totp_setup_device"


def _safe_next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return _landing(request.user, target)
    return user_start_page(user=request.user)


def _landing(user: Viewer, target: str) -> str:
    """Where a login ends: the page asked for, except that the root (where
    everyone starts) leads staff to "Mijn werk"."""
    if target and target != reverse("home"):
        return target
    return user_start_page(user=user)


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_success_url(self) -> str:
        user = self.request.user
        if user_requires_second_factor(user=user):
            query = (
                "?next=" + self.get_redirect_url() if self.get_redirect_url() else ""
            )
            if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
                return reverse("accounts:verify") + query
            return reverse("accounts:setup")
        return _landing(user, self.get_redirect_url())


class LogoutView(auth_views.LogoutView):
    template_name = "accounts/logged_out.html"


@staff_view(methods="GET POST")
def verify(request: AuthenticatedRequest) -> HttpResponse:
    """Second step of the login: a code from the authenticator app."""
    if user_is_verified(user=request.user):
        return HttpResponseRedirect(_safe_next(request))
    if not TOTPDevice.objects.filter(user=request.user, confirmed=True).exists():
        return redirect("accounts:setup")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if second_factor_verify(request=request, token=form.cleaned_data["token"]):
            return HttpResponseRedirect(_safe_next(request))
        form.add_error(
            "token",
            _(
                "This code is not valid. Wait for a new code and try again; "
                "after repeated errors you must wait longer between tries."
            ),
        )
    return render(
        request,
        "accounts/verify.html",
        {"form": form, "next": request.GET.get("next", "")},
        status=200 if not form.errors else 400,
    )


def _qr_svg(data: str) -> str:
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return image.to_string(encoding="unicode")


@staff_view(methods="GET POST")
def setup(request: AuthenticatedRequest) -> HttpResponse:
    """Set up (or replace) the authenticator app for the logged-in user.

    Someone with a confirmed device must have verified it in this session
    first, so a stolen password alone cannot replace the second factor.
    """
    has_device = TOTPDevice.objects.filter(user=request.user, confirmed=True).exists()
    if has_device and not user_is_verified(user=request.user):
        return redirect("accounts:verify")
    device = None
    device_id = request.session.get(SETUP_SESSION_KEY)
    if device_id:
        device = TOTPDevice.objects.filter(
            pk=device_id, user=request.user, confirmed=False
        ).first()
    if device is None:
        assert isinstance(request.user, User)
        device = totp_device_start(user=request.user)
        request.session[SETUP_SESSION_KEY] = device.pk
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if totp_device_confirm(
            request=request, device=device, token=form.cleaned_data["token"]
        ):
            request.session.pop(SETUP_SESSION_KEY, None)
            messages.success(request, _("Your authenticator app is set up."))
            return redirect("home")
        form.add_error("token", _("This code does not match. Try the current code."))
    secret = device.config_url.split("secret=", 1)[1].split("&", 1)[0]
    return render(
        request,
        "accounts/setup.html",
        {
            "form": form,
            "qr_svg": mark_safe(_qr_svg(device.config_url)),  # noqa: S308  (generated SVG)
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        },
        status=200 if not form.errors else 400,
    )


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("home")

    def form_valid(self, form: Any) -> HttpResponse:
        messages.success(self.request, _("Your password has been changed."))
        return super().form_valid(form)


@login_required
def work(request: AuthenticatedRequest) -> HttpResponse:
    """ "Mijn werk": what is waiting for this user, counted per role."""
    roles = user_roles(user=request.user)
    return render(
        request,
        "accounts/work.html",
        {
            "roles": roles,
            "sections": work_sections(actor=request.user),
            "is_staff_role": any(role in STAFF_ROLES for role in roles),
        },
    )


@login_required
def home(request: AuthenticatedRequest) -> HttpResponse:
    """What this user can do, by role."""
    return render(
        request, "accounts/home.html", {"roles": user_roles(user=request.user)}
    )
