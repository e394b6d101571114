# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import event

REQUEST_RECEIVED = event(
    "request.received", _("Received an access request"), tags=("avg",)
)
REQUEST_VIEWED = event("request.viewed", _("Viewed an access request"), tags=("avg",))
REQUEST_DUPLICATE = event(
    "request.duplicate_linked", _("Linked a duplicate access request"), tags=("avg",)
)
ATTACHMENT_VIEWED = event(
    "request.attachment_viewed",
    _("Downloaded a request's original message"),
    tags=("avg",),
)
IDENTITY_VERIFIED = event(
    "request.identity_verified", _("Verified a requester's identity"), tags=("avg",)
)
IDENTITY_FAILED = event(
    "request.identity_failed", _("Identity verification by login failed"), tags=("avg",)
)
DEADLINE_EXTENDED = event(
    "request.deadline_extended", _("Extended an access request's deadline")
)
DEADLINE_REMINDED = event("request.deadline_reminder", _("Sent a deadline reminder"))
SUBJECTS_SEARCHED = event(
    "request.subjects_searched",
    _("Searched the inventory for a requester"),
    tags=("avg",),
)
MATCH_DECIDED = event(
    "request.match_decided",
    _("Decided whether a subject is the requester"),
    tags=("avg",),
)
OUTCOME_PROPOSED = event(
    "request.outcome_proposed", _("Proposed the outcome of an access request")
)
OUTCOME_RETURNED = event(
    "request.outcome_returned", _("Sent an access request back to the analyst")
)
ANSWER_APPROVED = event(
    "request.answer_approved",
    _("Approved and sent the answer to an access request"),
    tags=("avg",),
)
ANSWER_VIEWED = event(
    "request.answer_viewed",
    _("Viewed an answer letter or access copy"),
    tags=("avg",),
)
LINK_VERIFIED = event(
    "request.link_verified", _("Requester re-verified for a download"), tags=("avg",)
)
COPY_DOWNLOADED = event(
    "request.copy_downloaded",
    _("Requester downloaded the answer or access copy"),
    tags=("avg",),
)
OBJECTION_REGISTERED = event(
    "request.objection_registered",
    _("Registered an objection (legal hold on the subjects)"),
    tags=("avg", "hold"),
)
OBJECTION_RELEASED = event(
    "request.objection_released",
    _("Released an objection (legal holds on the subjects lifted)"),
    tags=("hold",),
)
REQUEST_CLOSED = event("request.closed", _("Closed an access request"))
REQUEST_DESTROYED = event(
    "request.destroyed",
    _("Destroyed an access request's personal data (keys shredded)"),
    tags=("avg", "destruction"),
)
MENTION_ATTRIBUTED = event(
    "mention.attributed",
    _("Linked an identifier to a subject (kept readable in their access copy)"),
    tags=("avg",),
)
LETTER_TEMPLATE_CHANGED = event(
    "letter_template.changed", _("Changed the wording of a letter")
)
LETTER_TEMPLATE_RESET = event(
    "letter_template.reset", _("Restored the standard wording of a letter")
)
