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

from .common import (  # noqa: F401
    LINK_SESSION,
    LINK_SESSION_SECONDS,
    SESSION_REFERENCE,
    _back,
    _detail_context,
    _error_text,
    _invalid,
    _pdf_response,
    _post_action,
)
from .letters import letter_edit, letter_preview_pdf, letters  # noqa: F401
from .matching import approve, match, propose, search, subject_review  # noqa: F401
from .objections import objection, objection_release  # noqa: F401
from .public import (  # noqa: F401
    _link_verified,
    _rate_count,
    _rate_limited,
    download,
    download_file,
    identity_callback,
    identity_login,
    public_done,
    public_form,
)
from .staff import (  # noqa: F401
    answer_file,
    attachment,
    dashboard,
    detail,
    extend,
    invite,
    register,
    verify,
    worklist,
)
