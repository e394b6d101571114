# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Pages for citizens (public, anonymous) and for staff (worklists, a request).

A view package: ``public`` (the form, identity, the download link),
``staff`` (dashboard, worklist, register, a request and its deadline, the
answer files), ``matching`` (search, review, match, propose, approve),
``objections`` and ``letters`` (the privacy officer's letter wording);
``common`` holds the shared helpers. Every view stays importable from
``herstel.inquiries.views``.
"""

from .common import LINK_SESSION
from .common import LINK_SESSION_SECONDS
from .common import SESSION_REFERENCE
from .common import _back
from .common import _detail_context
from .common import _error_text
from .common import _invalid
from .common import _pdf_response
from .common import _post_action
from .letters import letter_edit
from .letters import letter_preview_pdf
from .letters import letters
from .matching import approve
from .matching import match
from .matching import propose
from .matching import search
from .matching import subject_review
from .objections import objection
from .objections import objection_release
from .public import _link_verified
from .public import _rate_count
from .public import _rate_limited
from .public import download
from .public import download_file
from .public import identity_callback
from .public import identity_login
from .public import public_done
from .public import public_form
from .staff import answer_file
from .staff import attachment
from .staff import dashboard
from .staff import detail
from .staff import extend
from .staff import invite
from .staff import register
from .staff import verify
from .staff import worklist
