# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import AVG
from herstel.audit.registry import EventFamily

_request = EventFamily("request", tags=AVG)
_mention = EventFamily("mention", tags=AVG)
_letter_template = EventFamily("letter_template")

REQUEST_RECEIVED = _request("received", _("Received an access request"))
REQUEST_VIEWED = _request("viewed", _("Viewed an access request"))
REQUEST_DUPLICATE = _request("duplicate_linked", _("Linked a duplicate access request"))
ATTACHMENT_VIEWED = _request(
    "attachment_viewed", _("Downloaded a request's original message")
)
IDENTITY_VERIFIED = _request("identity_verified", _("Verified a requester's identity"))
IDENTITY_FAILED = _request(
    "identity_failed", _("Identity verification by login failed")
)
DEADLINE_EXTENDED = _request(
    "deadline_extended", _("Extended an access request's deadline"), tags=()
)
DEADLINE_REMINDED = _request(
    "deadline_reminder", _("Sent a deadline reminder"), tags=()
)
SUBJECTS_SEARCHED = _request(
    "subjects_searched", _("Searched the inventory for a requester")
)
MATCH_DECIDED = _request(
    "match_decided", _("Decided whether a subject is the requester")
)
OUTCOME_PROPOSED = _request(
    "outcome_proposed", _("Proposed the outcome of an access request"), tags=()
)
OUTCOME_RETURNED = _request(
    "outcome_returned", _("Sent an access request back to the analyst"), tags=()
)
ANSWER_APPROVED = _request(
    "answer_approved", _("Approved and sent the answer to an access request")
)
ANSWER_VIEWED = _request("answer_viewed", _("Viewed an answer letter or access copy"))
LINK_VERIFIED = _request("link_verified", _("Requester re-verified for a download"))
COPY_DOWNLOADED = _request(
    "copy_downloaded", _("Requester downloaded the answer or access copy")
)
OBJECTION_REGISTERED = _request(
    "objection_registered",
    _("Registered an objection (legal hold on the subjects)"),
    tags=("avg", "hold"),
)
OBJECTION_RELEASED = _request(
    "objection_released",
    _("Released an objection (legal holds on the subjects lifted)"),
    tags=("hold",),
)
REQUEST_CLOSED = _request("closed", _("Closed an access request"), tags=())
REQUEST_DESTROYED = _request(
    "destroyed",
    _("Destroyed an access request's personal data (keys shredded)"),
    tags=("avg", "destruction"),
)
MENTION_ATTRIBUTED = _mention(
    "attributed",
    _("Linked an identifier to a subject (kept readable in their access copy)"),
)
LETTER_TEMPLATE_CHANGED = _letter_template(
    "changed", _("Changed the wording of a letter")
)
LETTER_TEMPLATE_RESET = _letter_template(
    "reset", _("Restored the standard wording of a letter")
)
