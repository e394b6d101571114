# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Text extraction from the document formats that arrive in dossiers.

Pure Python: nothing here imports Django. Use :func:`extract_text` and handle
:class:`ExtractionError`, whose ``code`` the Django layer translates.
"""

from .base import ErrorCode, ExtractionError, ExtractionResult, MediaType
from .extractors import extract_text
from .sniffing import detect_media_type

__all__ = [
    "ErrorCode",
    "ExtractionError",
    "ExtractionResult",
    "MediaType",
    "detect_media_type",
    "extract_text",
]
