# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """Roles are Django groups with these names (created by a data migration)."""

    ANALYST = "analyst", _("Screened analyst")
    REVIEWER = "reviewer", _("Reviewer")
    PRIVACY_OFFICER = "privacy_officer", _("Privacy officer")
    POLICY_OFFICER = "policy_officer", _("Policy officer")
    NETWORK_MODERATOR = "network_moderator", _("Network moderator")
    NETWORK_MEMBER = "network_member", _("Network member")
    ADMINISTRATOR = "administrator", _("Administrator")


# Every role but the network member works with the organisation's data and
# must use a second factor.
STAFF_ROLES = frozenset(Role) - {Role.NETWORK_MEMBER}
