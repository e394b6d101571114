# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Disposition writes: proposals and four-eyes decisions, holds, destruction
runs and redaction. Every decision is made by someone other than the person who
proposed it; the services refuse self-approval and the database has check
constraints for it."""

from .base import SelfApprovalError
from .dispositions import disposition_decide
from .dispositions import disposition_propose
from .dispositions import disposition_propose_bulk
from .dispositions import ground_save
from .holds import hold_lift
from .holds import hold_place
from .redactions import PURPOSE_REDACTED
from .redactions import document_publication_pdf
from .redactions import document_redacted_copy
from .redactions import document_redaction_boxes
from .redactions import redaction_approve
from .redactions import redaction_box_add
from .redactions import redaction_box_set
from .redactions import redaction_boxes
from .redactions import redaction_pdf_read
from .redactions import redaction_prepare
from .redactions import redaction_shred
from .runs import location_confirm
from .runs import run_approve
from .runs import run_cancel
from .runs import run_execute
from .runs import run_execute_check
from .runs import run_prepare
from .runs import run_submit

__all__ = [
    "PURPOSE_REDACTED",
    "SelfApprovalError",
    "disposition_decide",
    "disposition_propose",
    "disposition_propose_bulk",
    "document_publication_pdf",
    "document_redacted_copy",
    "document_redaction_boxes",
    "ground_save",
    "hold_lift",
    "hold_place",
    "location_confirm",
    "redaction_approve",
    "redaction_box_add",
    "redaction_box_set",
    "redaction_boxes",
    "redaction_pdf_read",
    "redaction_prepare",
    "redaction_shred",
    "run_approve",
    "run_cancel",
    "run_execute",
    "run_execute_check",
    "run_prepare",
    "run_submit",
]
