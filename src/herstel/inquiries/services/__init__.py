# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Access requests: intake, identity, deadlines, matching, approval, closure.

Every write is a transaction with an audit entry; mails go out on commit.
The requester's personal data is one encrypted blob per request (see
``models.py``); :func:`request_destroy` shreds it with the answer and the
original messages.
"""

from .answering import (  # noqa: F401
    _link_create,
    answer_approve,
    answer_approve_check,
    match_decide,
    outcome_propose,
    outcome_return,
)
from .closure import (  # noqa: F401
    objection_register,
    objection_release,
    request_destroy,
    requests_close_expired,
    requests_destroy_due,
)
from .common import (  # noqa: F401
    CODE_ATTEMPTS,
    CODE_VALID_MINUTES,
    PURPOSE_ATTACHMENT,
    PURPOSE_ATTACHMENT_NAME,
    PURPOSE_COPY,
    PURPOSE_DATA,
    PURPOSE_LETTER,
    REFERENCE_ALPHABET,
    RequestData,
    request_data,
    subject_claim_digest,
)
from .deadline import deadline_reminders_send, request_extend  # noqa: F401
from .delivery import (  # noqa: F401
    answer_file_read,
    link_code_check,
    link_code_send,
    link_login_check,
    link_resolve,
)
from .intake import attachment_read, request_data_read, request_submit  # noqa: F401
from .letters import letter_template_body, letter_template_reset, letter_template_save  # noqa: F401
from .verification import (  # noqa: F401
    identity_token,
    identity_token_request,
    request_verify,
    request_verify_by_login,
    verification_invite,
)
