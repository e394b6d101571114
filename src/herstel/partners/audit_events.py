# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import AVG
from herstel.audit.registry import EventFamily

_organisation = EventFamily("organisation")
_contact = EventFamily("contact")
_partnership = EventFamily("partnership")
_invitation = EventFamily("invitation")
_advice = EventFamily("advice")
_guard = EventFamily("guard", tags=AVG)
_partners = EventFamily("partners")
_overview = EventFamily("overview")
_confidential_list = EventFamily("confidential_list")

ORGANISATION_CREATED = _organisation("created", _("Registered an organisation"))
ORGANISATION_CHANGED = _organisation("changed", _("Changed an organisation"))
ORGANISATION_MERGED = _organisation("merged", _("Merged an organisation"))
CONTACT_CREATED = _contact("created", _("Registered a contact moment"))
CONTACT_CHANGED = _contact("changed", _("Changed a contact moment"))
CONTACT_REFUSED = _contact(
    "refused", _("Refused a contact with an advised-against organisation")
)
PARTNERSHIP_CREATED = _partnership("created", _("Registered a partnership"))
INVITATION_CREATED = _invitation("created", _("Registered an invitation"))
ADVICE_RECORDED = _advice("recorded", _("Recorded a security advice against contact"))
ADVICE_LIFTED = _advice("lifted", _("Lifted a security advice"))
GUARD_REFUSED = _guard("refused", _("Privacy guard refused personal data"))
FINDING_ALLOWED = _guard("finding_allowed", _("Allowed a finding of the privacy guard"))
FINDING_REVOKED = _guard("allowance_revoked", _("Revoked an allowed finding"))
PARTNERS_IMPORTED = _partners("imported", _("Imported into the partner register"))
OVERVIEW_PUBLISHED = _overview("published", _("Published the annual overview"))
CONFIDENTIAL_ISSUED = _confidential_list(
    "issued", _("Issued a numbered copy of the confidential list")
)
