# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import AVG
from herstel.audit.registry import EventFamily

_disposition = EventFamily("disposition")
_hold = EventFamily("hold")
_run = EventFamily("run")
_ground = EventFamily("ground")
_redaction = EventFamily("redaction", tags=AVG)

DISPOSITION_PROPOSED = _disposition("proposed", _("Proposed a disposition"))
DISPOSITION_DECIDED = _disposition("decided", _("Approved or rejected a disposition"))
HOLD_PLACED = _hold("placed", _("Placed a legal hold"))
HOLD_LIFTED = _hold("lifted", _("Lifted a legal hold"))
RUN_PREPARED = _run("prepared", _("Prepared a destruction run"))
RUN_SUBMITTED = _run("submitted", _("Submitted a destruction run for approval"))
RUN_APPROVED = _run("approved", _("Approved a destruction run"))
RUN_CANCELLED = _run("cancelled", _("Cancelled a destruction run"))
RUN_ITEM_BLOCKED = _run("item_blocked", _("Kept a document out of a destruction run"))
RUN_DESTROYED = _run(
    "destroyed",
    _("Destroyed the documents of a destruction run"),
    tags=("destruction",),
)
RUN_LOCATION_CONFIRMED = _run(
    "location_confirmed", _("Confirmed a storage location cleared")
)
RUN_COMPLETED = _run(
    "completed", _("Issued a certificate of destruction"), tags=("destruction",)
)
CERTIFICATE_DOWNLOADED = _run(
    "certificate_downloaded", _("Downloaded a certificate of destruction")
)
GROUND_SAVED = _ground("saved", _("Changed a redaction ground"))
REDACTION_CHANGED = _redaction("changed", _("Changed a document's redaction"))
REDACTION_APPROVED = _redaction("approved", _("Approved a document's redaction"))
REDACTION_DOWNLOADED = _redaction("downloaded", _("Downloaded a redacted document"))
