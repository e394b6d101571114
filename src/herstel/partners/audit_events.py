# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import event

ORGANISATION_CREATED = event("organisation.created", _("Registered an organisation"))
ORGANISATION_CHANGED = event("organisation.changed", _("Changed an organisation"))
ORGANISATION_MERGED = event("organisation.merged", _("Merged an organisation"))
CONTACT_CREATED = event("contact.created", _("Registered a contact moment"))
CONTACT_CHANGED = event("contact.changed", _("Changed a contact moment"))
CONTACT_REFUSED = event(
    "contact.refused", _("Refused a contact with an advised-against organisation")
)
PARTNERSHIP_CREATED = event("partnership.created", _("Registered a partnership"))
INVITATION_CREATED = event("invitation.created", _("Registered an invitation"))
ADVICE_RECORDED = event(
    "advice.recorded", _("Recorded a security advice against contact")
)
ADVICE_LIFTED = event("advice.lifted", _("Lifted a security advice"))
GUARD_REFUSED = event(
    "guard.refused", _("Privacy guard refused personal data"), tags=("avg",)
)
FINDING_ALLOWED = event(
    "guard.finding_allowed", _("Allowed a finding of the privacy guard"), tags=("avg",)
)
FINDING_REVOKED = event(
    "guard.allowance_revoked", _("Revoked an allowed finding"), tags=("avg",)
)
PARTNERS_IMPORTED = event("partners.imported", _("Imported into the partner register"))
OVERVIEW_PUBLISHED = event("overview.published", _("Published the annual overview"))
CONFIDENTIAL_ISSUED = event(
    "confidential_list.issued", _("Issued a numbered copy of the confidential list")
)
