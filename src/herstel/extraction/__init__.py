# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Text extraction from the document formats that arrive in dossiers.

Pure Python: nothing here imports Django. Use :func:`extract_text` and handle
:class:`ExtractionError`, whose ``code`` the Django layer translates.

Formats: PDF (text layer, OCR for scans), images (OCR), DOCX, XLSX, PPTX (with
embedded objects), ODT, ODS, ODP, EPUB, RTF, legacy Office, EML, MSG, mbox and
PST (with attachments), ZIP (with members), HTML and plain text. By default each
file is extracted in a worker subprocess with a time limit (:mod:`.sandbox`).
"""

from .base import DEFAULT_MAX_BYTES
from .base import DEFAULT_TIMEOUT
from .base import ErrorCode
from .base import ExtractionError
from .base import ExtractionResult
from .base import Limits
from .base import MediaType
from .base import valid_unicode
from .extractors import extract_text
from .sniffing import detect_media_type

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "ErrorCode",
    "ExtractionError",
    "ExtractionResult",
    "Limits",
    "MediaType",
    "detect_media_type",
    "extract_text",
    "stop_workers",
    "valid_unicode",
]


def stop_workers() -> None:
    """Stop this process's idle extraction workers and wait for them.

    They stop by themselves when this process ends, but then nobody waits for
    them; a process pool worker calls this on exit so they are reaped (and
    their CPU time is counted for the pool's owner).
    """
    from .sandbox import shutdown

    shutdown()
