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

from .common import PAGE_SIZE
from .common import _errors
from .common import _require
from .dispositions import dossier
from .dispositions import grounds
from .dispositions import index
from .dispositions import review
from .holds import hold_lift
from .holds import holds
from .redaction import _Piece
from .redaction import _pieces
from .redaction import _redaction_context
from .redaction import _require_redaction_page
from .redaction import redaction
from .redaction import redaction_approve
from .redaction import redaction_box
from .redaction import redaction_pdf
from .runs import _run_action
from .runs import certificate
from .runs import location_confirm
from .runs import run
from .runs import run_approve
from .runs import run_cancel
from .runs import run_execute
from .runs import run_submit
from .runs import runs
