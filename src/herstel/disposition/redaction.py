# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Moved to :mod:`herstel.core.pdf.redaction` (the PDF toolkit on the ground
floor); kept importable here for older call sites."""

from herstel.core.pdf.redaction import RedactionBox, merge_boxes, redact_to_pdf  # noqa: F401
