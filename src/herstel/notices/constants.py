# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.db import models
from django.utils.translation import gettext_lazy as _


class Decision(models.TextChoices):
    PERSONAL = "personal", _("Inform personally (letter)")
    NOT_PERSONAL = "not_personal", _("Do not inform personally")


class NotInformedGround(models.TextChoices):
    """GDPR art. 14(5) and the operation's own grounds for not writing."""

    NO_CONTACT = "no_contact", _("No reliable contact details")
    DISPROPORTIONATE = (
        "disproportionate",
        _("Disproportionate effort (GDPR art. 14(5)(b))"),
    )
    STAFF_SAFETY = "staff_safety", _("Safety of staff")


class LetterStatus(models.TextChoices):
    NONE = "none", _("No letter")
    GENERATED = "generated", _("Generated, not yet sent")
    SENT = "sent", _("Sent")
    RETURNED = "returned", _("Returned undelivered")


class NoticeStatus(models.TextChoices):
    """Where informing one subject stands, for the list and its filter."""

    UNDECIDED = "undecided", _("Not decided yet")
    TO_WRITE = "to_write", _("Letter to be generated")
    GENERATED = "generated", _("Letter generated, not yet sent")
    SENT = "sent", _("Informed by letter")
    RETURNED = "returned", _("Letter returned: covered by the public notice")
    GENERIC = "generic", _("Not informed personally: covered by the public notice")
