# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from .registry import event

AUDIT_EXPORTED = event("audit.exported", _("Exported the audit trail"))
AUDIT_VERIFIED = event("audit.verified", _("Verified the audit trail"))
