# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Disposition pages: thin views over selectors and services.

Pages show document references, never file names or text: deciding a
disposition needs the inventory's counts, and the document itself opens in the
inventory (audited there).

A view package: ``dispositions`` (overview, a dossier, review, grounds),
``holds``, ``runs`` (destruction runs, storage locations, the certificate)
and ``redaction``; ``common`` holds the shared helpers. Every view stays
importable from ``herstel.disposition.views``.
"""

from .common import PAGE_SIZE, _errors, _require  # noqa: F401
from .dispositions import dossier, grounds, index, review  # noqa: F401
from .holds import hold_lift, holds  # noqa: F401
from .redaction import (  # noqa: F401
    _Piece,
    _pieces,
    _redaction_context,
    _require_redaction_page,
    redaction,
    redaction_approve,
    redaction_box,
    redaction_pdf,
)
from .runs import (  # noqa: F401
    _run_action,
    certificate,
    location_confirm,
    run,
    run_approve,
    run_cancel,
    run_execute,
    run_submit,
    runs,
)
