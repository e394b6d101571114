# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Moved to :mod:`herstel.core.pdf.redaction` (the PDF toolkit on the ground
floor); kept importable here for older call sites."""

from herstel.core.pdf.redaction import RedactionBox  # noqa: F401
from herstel.core.pdf.redaction import merge_boxes  # noqa: F401
from herstel.core.pdf.redaction import redact_to_pdf  # noqa: F401
