# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Access requests: intake, identity, deadlines, matching, approval, closure.

Every write is a transaction with an audit entry; mails go out on commit.
The requester's personal data is one encrypted blob per request (see
``models.py``); :func:`request_destroy` shreds it with the answer and the
original messages.
"""

from .answering import _link_create
from .answering import answer_approve
from .answering import answer_approve_check
from .answering import match_decide
from .answering import outcome_propose
from .answering import outcome_return
from .closure import objection_register
from .closure import objection_release
from .closure import request_destroy
from .closure import requests_close_expired
from .closure import requests_destroy_due
from .common import CODE_ATTEMPTS
from .common import CODE_VALID_MINUTES
from .common import PURPOSE_ATTACHMENT
from .common import PURPOSE_ATTACHMENT_NAME
from .common import PURPOSE_COPY
from .common import PURPOSE_DATA
from .common import PURPOSE_LETTER
from .common import REFERENCE_ALPHABET
from .common import RequestData
from .common import request_data
from .common import subject_claim_digest
from .deadline import deadline_reminders_send
from .deadline import request_extend
from .delivery import answer_file_read
from .delivery import link_code_check
from .delivery import link_code_send
from .delivery import link_login_check
from .delivery import link_resolve
from .intake import attachment_read
from .intake import request_data_read
from .intake import request_submit
from .letters import letter_template_body
from .letters import letter_template_reset
from .letters import letter_template_save
from .verification import identity_token
from .verification import identity_token_request
from .verification import request_verify
from .verification import request_verify_by_login
from .verification import verification_invite
