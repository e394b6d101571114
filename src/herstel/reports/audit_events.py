# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import event

PARLIAMENT_REPORT_VIEWED = event(
    "report.parliament_viewed", _("Viewed or downloaded the report to Parliament")
)
