# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import AVG
from herstel.audit.registry import EventFamily

_woo = EventFamily("woo")

WOO_REGISTERED = _woo("registered", _("Registered a Woo request"))
WOO_VIEWED = _woo("viewed", _("Viewed a Woo request's requester"), tags=AVG)
WOO_EXTENDED = _woo("extended", _("Extended the term of a Woo request"))
WOO_REMINDED = _woo("reminded", _("Sent a Woo request deadline reminder"))
WOO_SCOPED = _woo("scoped", _("Changed the documents in scope of a Woo request"))
WOO_ASSESSED = _woo("assessed", _("Assessed a document for a Woo request"))
WOO_THIRD_PARTY = _woo(
    "third_party", _("Recorded a third party's view for a Woo request")
)
WOO_PROPOSED = _woo("proposed", _("Proposed a Woo decision"))
WOO_DECIDED = _woo("decided", _("Approved a Woo decision"), tags=AVG)
WOO_RETURNED = _woo("returned", _("Sent a Woo decision back"))
WOO_PACKAGE_DOWNLOADED = _woo(
    "package_downloaded", _("Downloaded a Woo decision package")
)
WOO_WITHDRAWN = _woo("withdrawn", _("Recorded that a Woo request was withdrawn"))
WOO_PUBLISHED = _woo("published", _("Recorded where a Woo decision is published"))
