# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import SECURITY
from herstel.audit.registry import EventFamily

_account = EventFamily("account", tags=SECURITY)

LOGGED_IN = _account("logged_in", _("Logged in with password"))
SECOND_FACTOR_VERIFIED = _account(
    "second_factor_verified", _("Verified the second factor")
)
SECOND_FACTOR_FAILED = _account(
    "second_factor_failed", _("Entered a wrong verification code")
)
DEVICE_CONFIRMED = _account("device_confirmed", _("Set up an authenticator app"))
LOGGED_OUT = _account("logged_out", _("Logged out"))
ROLES_CHANGED = _account("roles_changed", _("Changed a user's roles"))
ROLE_GRANT_REQUESTED = _account(
    "role_grant_requested",
    _("Asked for a role that needs a second administrator's approval"),
)
ROLE_GRANT_APPROVED = _account("role_grant_approved", _("Approved a role grant"))
ROLE_GRANT_REJECTED = _account("role_grant_rejected", _("Rejected a role grant"))
