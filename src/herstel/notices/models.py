# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Art. 13/14 notices: per subject a decision, a letter; public notices.

One decision per inventory subject (``dossiers.Subject``). The letter is
stored encrypted (it holds a name and address).
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from herstel.core.model_fields import optional_date
from herstel.core.model_links import kept_link
from herstel.core.model_meta import model_meta
from herstel.core.model_parts import choice_field
from herstel.core.model_parts import user_link

from .constants import Decision
from .constants import LetterStatus
from .constants import NotInformedGround


class PublicNotice(models.Model):
    """A generic notice (e.g. the letter to Parliament) for those not written to."""

    title = models.CharField(_("title"), max_length=300)
    published_on = models.DateField(_("published on"))
    url = models.URLField(_("link"), max_length=500)
    description = models.TextField(_("description"), blank=True)
    recorded_by = user_link(_("recorded by"))
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    Meta = model_meta(
        _("public notice"), _("public notices"), ordering=("-published_on",)
    )

    def __str__(self) -> str:
        return self.title


class NoticeDecision(models.Model):
    """Whether one data subject is informed personally, and why not."""

    subject = kept_link("dossiers.Subject", "notice", _("subject"), one=True)
    decision = models.CharField(_("decision"), max_length=20, choices=Decision.choices)
    ground = models.CharField(
        _("ground for not informing personally"),
        max_length=20,
        choices=NotInformedGround.choices,
        blank=True,
    )
    public_notice = kept_link(
        PublicNotice, "covers", _("covered by public notice"), optional=True
    )
    letter_status = choice_field(_("letter"), LetterStatus.NONE)
    letter_key_id = models.CharField(max_length=32, blank=True, editable=False)
    letter_blob = models.CharField(max_length=200, blank=True, editable=False)
    sent_on = optional_date(_("sent on"))
    returned_on = optional_date(_("returned on"))
    decided_by = user_link(_("decided by"))
    decided_at = models.DateTimeField(_("decided at"), default=timezone.now)

    Meta = model_meta(
        _("notice decision"),
        _("notice decisions"),
        constraints=[
            models.CheckConstraint(
                condition=Q(decision="personal", ground="")
                | (Q(decision="not_personal") & ~Q(ground="")),
                name="not_personal_needs_ground",
            )
        ],
    )

    def __str__(self) -> str:
        return f"S-{self.subject_id}: {self.decision}"

    @property
    def letter_reference(self) -> str:
        """The reference printed on the letter (the subject's number, no name)."""
        return f"HERSTEL-S-{self.subject_id}"

    @property
    def status(self) -> str:
        """Where informing this person stands (``NoticeStatus``)."""
        from .constants import NoticeStatus

        if self.decision == Decision.NOT_PERSONAL:
            return NoticeStatus.GENERIC
        return {
            LetterStatus.NONE: NoticeStatus.TO_WRITE,
            LetterStatus.GENERATED: NoticeStatus.GENERATED,
            LetterStatus.SENT: NoticeStatus.SENT,
            LetterStatus.RETURNED: NoticeStatus.RETURNED,
        }[LetterStatus(self.letter_status)]

    @property
    def status_label(self) -> str:
        """The status in words, in the reader's language."""
        from .constants import NoticeStatus

        return str(NoticeStatus(self.status).label)
