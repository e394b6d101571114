# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.db import models
from django.utils.translation import gettext_lazy as _

GENESIS_HASH = "0" * 64


class Tag(models.TextChoices):
    """The tags an audit entry may carry: every event type's tags are one of these
    (``audit/tests/test_tags.py``), so a filter or an export can rely on them."""

    AVG = "avg", _("Personal data (GDPR)")
    SECURITY = "security", _("Security")
    DESTRUCTION = "destruction", _("Destruction")
    HOLD = "hold", _("Legal hold")
