# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Accounts: users, roles and the TOTP second factor."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import Group
from django.db import transaction
from django.http import HttpRequest

import django_otp
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from herstel.audit.services import audit_event_record

from .audit_events import (
    DEVICE_CONFIRMED,
    ROLES_CHANGED,
    SECOND_FACTOR_FAILED,
    SECOND_FACTOR_VERIFIED,
)
from .constants import Role
from .models import User


@transaction.atomic
def user_create(
    *,
    username: str,
    password: str | None,
    email: str = "",
    first_name: str = "",
    last_name: str = "",
    roles: Iterable[Role] = (),
    actor: Any = None,
) -> User:
    """Create a user with the given roles; no password means login is disabled."""
    user = User(
        username=username, email=email, first_name=first_name, last_name=last_name
    )
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    user_roles_set(user=user, roles=roles, actor=actor)
    return user


@transaction.atomic
def user_roles_set(*, user: User, roles: Iterable[Role], actor: Any) -> None:
    """Replace the user's roles; audited with before and after."""
    wanted = sorted({Role(role).value for role in roles})
    before = sorted(user.groups.values_list("name", flat=True))
    if before == wanted:
        return
    user.groups.set(Group.objects.filter(name__in=wanted))
    user.__dict__.pop("_herstel_roles", None)
    audit_event_record(
        event=ROLES_CHANGED,
        actor=actor,
        target=user,
        context={"before": before, "after": wanted},
    )


@transaction.atomic
def totp_device_start(*, user: User) -> TOTPDevice:
    """Begin setting up an authenticator app: a new, unconfirmed TOTP device."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


@transaction.atomic
def totp_device_confirm(
    *, request: HttpRequest, device: TOTPDevice, token: str
) -> bool:
    """Confirm a new device with a code from it; replaces any older device."""
    user = request.user
    assert isinstance(user, User)
    if device.user_id != user.pk or not device.verify_token(token):
        return False
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    django_otp.login(request, device)
    audit_event_record(event=DEVICE_CONFIRMED, actor=user, target=user)
    return True


def second_factor_verify(*, request: HttpRequest, token: str) -> bool:
    """Check a TOTP code for the logged-in user; mark the session verified."""
    user = request.user
    assert isinstance(user, User)
    device = None
    candidate = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if candidate is not None:
        device = django_otp.verify_token(user, candidate.persistent_id, token.strip())
    if device is None:
        audit_event_record(event=SECOND_FACTOR_FAILED, actor=user, target=user)
        return False
    django_otp.login(request, device)
    audit_event_record(event=SECOND_FACTOR_VERIFIED, actor=user, target=user)
    return True


def totp_current_code(*, device: TOTPDevice) -> str:
    """The code the device shows now (demo helper, and tests)."""
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    return str(code).zfill(device.digits)
