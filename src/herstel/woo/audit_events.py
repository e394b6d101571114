# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import event

WOO_REGISTERED = event("woo.registered", _("Registered a Woo request"))
WOO_VIEWED = event("woo.viewed", _("Viewed a Woo request's requester"), tags=("avg",))
WOO_EXTENDED = event("woo.extended", _("Extended the term of a Woo request"))
WOO_REMINDED = event("woo.reminded", _("Sent a Woo request deadline reminder"))
WOO_SCOPED = event("woo.scoped", _("Changed the documents in scope of a Woo request"))
WOO_ASSESSED = event("woo.assessed", _("Assessed a document for a Woo request"))
WOO_THIRD_PARTY = event(
    "woo.third_party", _("Recorded a third party's view for a Woo request")
)
WOO_PROPOSED = event("woo.proposed", _("Proposed a Woo decision"))
WOO_DECIDED = event("woo.decided", _("Approved a Woo decision"), tags=("avg",))
WOO_RETURNED = event("woo.returned", _("Sent a Woo decision back"))
WOO_PACKAGE_DOWNLOADED = event(
    "woo.package_downloaded", _("Downloaded a Woo decision package")
)
WOO_WITHDRAWN = event("woo.withdrawn", _("Recorded that a Woo request was withdrawn"))
WOO_PUBLISHED = event("woo.published", _("Recorded where a Woo decision is published"))
