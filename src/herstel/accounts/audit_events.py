# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import event

LOGGED_IN = event("account.logged_in", _("Logged in with password"), tags=("security",))
SECOND_FACTOR_VERIFIED = event(
    "account.second_factor_verified",
    _("Verified the second factor"),
    tags=("security",),
)
SECOND_FACTOR_FAILED = event(
    "account.second_factor_failed",
    _("Entered a wrong verification code"),
    tags=("security",),
)
DEVICE_CONFIRMED = event(
    "account.device_confirmed", _("Set up an authenticator app"), tags=("security",)
)
LOGGED_OUT = event("account.logged_out", _("Logged out"), tags=("security",))
ROLES_CHANGED = event(
    "account.roles_changed", _("Changed a user's roles"), tags=("security",)
)
ROLE_GRANT_REQUESTED = event(
    "account.role_grant_requested",
    _("Asked for a role that needs a second administrator's approval"),
    tags=("security",),
)
ROLE_GRANT_APPROVED = event(
    "account.role_grant_approved", _("Approved a role grant"), tags=("security",)
)
ROLE_GRANT_REJECTED = event(
    "account.role_grant_rejected", _("Rejected a role grant"), tags=("security",)
)
