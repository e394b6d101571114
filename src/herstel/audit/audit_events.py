# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from .registry import EventFamily

_audit = EventFamily("audit")
_admin = EventFamily("admin")

AUDIT_EXPORTED = _audit("exported", _("Exported the audit trail"))
AUDIT_VERIFIED = _audit("verified", _("Verified the audit trail"))
OBJECT_CREATED = _admin("object_created", _("Created an object in the administration"))
OBJECT_CHANGED = _admin("object_changed", _("Changed an object in the administration"))
OBJECT_DELETED = _admin("object_deleted", _("Deleted an object in the administration"))
