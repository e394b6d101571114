# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The report to Parliament as a PDF, made in the background."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from herstel.core.model_fields import created_moment
from herstel.core.model_meta import model_meta
from herstel.core.model_parts import erasable_user_link


class ReportPdf(models.Model):
    """One report to Parliament made as a PDF (a background task).

    It holds counts only, small counts already suppressed, so it is stored as
    it is (no personal data, nothing to encrypt); files older than
    :data:`~herstel.reports.services.KEEP_DAYS` days are removed when the next
    one is made.
    """

    made_at = created_moment(_("made at"), db_index=True)
    made_by = erasable_user_link(verbose_name=_("made by"))
    period = models.CharField(_("period"), max_length=300)
    data = models.BinaryField(_("PDF"))

    Meta = model_meta(
        _("report to Parliament (PDF)"),
        _("reports to Parliament (PDF)"),
        ordering=["-made_at"],
    )

    def __str__(self) -> str:
        return str(self.period)
