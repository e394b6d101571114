# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Accounts: users, roles and the TOTP second factor."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

import django_otp
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from herstel.audit.services import audit_event_record

from .audit_events import DEVICE_CONFIRMED
from .audit_events import ROLE_GRANT_APPROVED
from .audit_events import ROLE_GRANT_REJECTED
from .audit_events import ROLE_GRANT_REQUESTED
from .audit_events import ROLES_CHANGED
from .audit_events import SECOND_FACTOR_FAILED
from .audit_events import SECOND_FACTOR_VERIFIED
from .constants import APPROVAL_ROLES
from .constants import GrantStatus
from .constants import Role
from .models import RoleGrant
from .models import User

if TYPE_CHECKING:
    from herstel.core.actor import Actor


@transaction.atomic
def user_create(
    *,
    username: str,
    password: str | None,
    email: str = "",
    first_name: str = "",
    last_name: str = "",
    roles: Iterable[Role] = (),
    actor: Actor | None = None,
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
def user_roles_set(
    *,
    user: User,
    roles: Iterable[Role],
    actor: Actor | None,
    approved_by: Actor | None = None,
) -> None:
    """Replace the user's roles; audited with before and after.

    A person (``actor``) may add a role of :data:`APPROVAL_ROLES` only with a
    second administrator's approval (``approved_by``, see
    :func:`role_grant_decide`); the admin site asks for one with
    :func:`role_grant_request`. Removing roles needs no approval. Without an
    actor (installation commands, the demo) roles are set directly.
    """
    wanted = sorted({Role(role).value for role in roles})
    before = sorted(user.groups.values_list("name", flat=True))
    if before == wanted:
        return
    added = set(wanted) - set(before)
    if actor is not None and added & {role.value for role in APPROVAL_ROLES}:
        _check_four_eyes(user=user, requested_by=actor, approver=approved_by)
    user.groups.set(Group.objects.filter(name__in=wanted))
    user.__dict__.pop("_herstel_roles", None)
    audit_event_record(
        event=ROLES_CHANGED,
        actor=actor,
        target=user,
        context={"before": before, "after": wanted},
    )


def _check_four_eyes(
    *, user: User, requested_by: Actor | None, approver: Actor | None
) -> None:
    if approver is None:
        raise PermissionDenied("A second administrator must approve this role.")
    if approver.pk in {user.pk, getattr(requested_by, "pk", None)}:
        raise PermissionDenied("Nobody approves their own role grant.")
    if not approver.has_perm("accounts.decide_role_grant"):
        raise PermissionDenied("Only an administrator approves role grants.")


@transaction.atomic
def role_grant_request(*, user: User, role: Role, actor: Actor) -> RoleGrant:
    """Ask for ``role`` for ``user``; it waits for a second administrator."""
    role = Role(role)
    if role not in APPROVAL_ROLES:
        raise ValidationError(_("This role needs no approval."))
    grant, created = RoleGrant.objects.get_or_create(
        user=user,
        role=role.value,
        status=GrantStatus.PENDING,
        defaults={"requested_by": actor},
    )
    if created:
        audit_event_record(
            event=ROLE_GRANT_REQUESTED,
            actor=actor,
            target=user,
            context={"role": role.value, "grant": grant.pk},
        )
    return grant


@transaction.atomic
def role_grant_decide(*, grant: RoleGrant, actor: Actor, approve: bool) -> RoleGrant:
    """Approve or reject a pending grant: another administrator than the one
    who asked, and never the user it is for. Audited either way."""
    grant = (
        RoleGrant.objects.select_for_update().select_related("user").get(pk=grant.pk)
    )
    if not actor.has_perm("accounts.decide_role_grant"):
        raise PermissionDenied
    if actor.pk in {grant.user_id, grant.requested_by_id}:
        raise ValidationError(
            _("Another administrator must decide: you asked for it or it is yours."),
            code="own_grant",
        )
    if grant.status != GrantStatus.PENDING:
        raise ValidationError(_("This grant was already decided."), code="decided")
    grant.decide(
        actor, status=GrantStatus.APPROVED if approve else GrantStatus.REJECTED
    )
    audit_event_record(
        event=ROLE_GRANT_APPROVED if approve else ROLE_GRANT_REJECTED,
        actor=actor,
        target=grant.user,
        context={
            "role": grant.role,
            "grant": grant.pk,
            "requested_by": grant.requested_by_id,
        },
    )
    if approve:
        current = set(grant.user.groups.values_list("name", flat=True))
        user_roles_set(
            user=grant.user,
            roles=[Role(name) for name in current | {grant.role}],
            actor=grant.requested_by,
            approved_by=actor,
        )
    return grant


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
