# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import event

DISPOSITION_PROPOSED = event("disposition.proposed", _("Proposed a disposition"))
DISPOSITION_DECIDED = event(
    "disposition.decided", _("Approved or rejected a disposition")
)
HOLD_PLACED = event("hold.placed", _("Placed a legal hold"))
HOLD_LIFTED = event("hold.lifted", _("Lifted a legal hold"))
RUN_PREPARED = event("run.prepared", _("Prepared a destruction run"))
RUN_SUBMITTED = event("run.submitted", _("Submitted a destruction run for approval"))
RUN_APPROVED = event("run.approved", _("Approved a destruction run"))
RUN_CANCELLED = event("run.cancelled", _("Cancelled a destruction run"))
RUN_ITEM_BLOCKED = event(
    "run.item_blocked", _("Kept a document out of a destruction run")
)
RUN_DESTROYED = event(
    "run.destroyed",
    _("Destroyed the documents of a destruction run"),
    tags=("destruction",),
)
RUN_LOCATION_CONFIRMED = event(
    "run.location_confirmed", _("Confirmed a storage location cleared")
)
RUN_COMPLETED = event(
    "run.completed", _("Issued a certificate of destruction"), tags=("destruction",)
)
CERTIFICATE_DOWNLOADED = event(
    "run.certificate_downloaded", _("Downloaded a certificate of destruction")
)
GROUND_SAVED = event("ground.saved", _("Changed a redaction ground"))
REDACTION_CHANGED = event(
    "redaction.changed", _("Changed a document's redaction"), tags=("avg",)
)
REDACTION_APPROVED = event(
    "redaction.approved", _("Approved a document's redaction"), tags=("avg",)
)
REDACTION_DOWNLOADED = event(
    "redaction.downloaded", _("Downloaded a redacted document"), tags=("avg",)
)
