# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from .registry import event

AUDIT_EXPORTED = event("audit.exported", _("Exported the audit trail"))
AUDIT_VERIFIED = event("audit.verified", _("Verified the audit trail"))
OBJECT_CREATED = event(
    "admin.object_created", _("Created an object in the administration")
)
OBJECT_CHANGED = event(
    "admin.object_changed", _("Changed an object in the administration")
)
OBJECT_DELETED = event(
    "admin.object_deleted", _("Deleted an object in the administration")
)
