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

# Granting one of these roles gives access to personal data (documents,
# requesters, the audit trail, partner contacts, network applicants) or the
# power to grant roles: in the admin site such a grant waits for a second
# administrator's approval (accounts.services.role_grant_decide).
APPROVAL_ROLES = STAFF_ROLES


class GrantStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting approval")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
