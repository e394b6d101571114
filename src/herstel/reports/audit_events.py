# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import EventFamily

_report = EventFamily("report")

PARLIAMENT_REPORT_VIEWED = _report(
    "parliament_viewed", _("Viewed or downloaded the report to Parliament")
)
