# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import AVG
from herstel.audit.registry import EventFamily

_notice = EventFamily("notice")

PUBLIC_NOTICE_RECORDED = _notice("public_recorded", _("Recorded a public notice"))
NOTICE_DECIDED = _notice(
    "decided", _("Decided how a data subject is informed"), tags=AVG
)
LETTER_GENERATED = _notice("letter_generated", _("Generated a notice letter"), tags=AVG)
LETTER_SENT = _notice("letter_sent", _("Recorded a notice letter as sent"))
LETTER_RETURNED = _notice("letter_returned", _("Recorded a notice letter as returned"))
LETTER_VIEWED = _notice("letter_viewed", _("Viewed a notice letter"), tags=AVG)
