# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import event

PUBLIC_NOTICE_RECORDED = event("notice.public_recorded", _("Recorded a public notice"))
NOTICE_DECIDED = event(
    "notice.decided", _("Decided how a data subject is informed"), tags=("avg",)
)
LETTER_GENERATED = event(
    "notice.letter_generated", _("Generated a notice letter"), tags=("avg",)
)
LETTER_SENT = event("notice.letter_sent", _("Recorded a notice letter as sent"))
LETTER_RETURNED = event(
    "notice.letter_returned", _("Recorded a notice letter as returned")
)
LETTER_VIEWED = event(
    "notice.letter_viewed", _("Viewed a notice letter"), tags=("avg",)
)
