# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Deterministic synthetic dossiers for the demo data set.

Everything here is fictitious: people, organisations, addresses, phone numbers,
e-mail addresses (``example.nl`` and ``example.org`` only), BSNs (in the 9999
test range) and IBANs. Only municipality names are real. The Dutch text lives in
the template bank (:mod:`.phrases`) because it *is* the demo data, not user
interface text, so it is hard-coded rather than translated.

Output depends on ``seed`` alone: every random choice comes from one
``random.Random(seed)``, and file formats that embed timestamps (PDF, DOCX zip
entries, e-mail headers) get dates derived from the document date.

Modules, in dependency order: :mod:`.values` (public value types),
:mod:`.formats` (media types), :mod:`.text` (Dutch dates and small helpers),
:mod:`.people` (names, places, organisations, synthetic identifiers),
:mod:`.phrases` (the Dutch template bank), :mod:`.world` (the fictitious
people), :mod:`.compose` and :mod:`.documents` (document text), :mod:`.render`
(PDF, DOCX, TXT), :mod:`.mail` (e-mail) and :mod:`.dossiers` (the entry point).
"""

from .dossiers import demo_requester
from .dossiers import generate_dossiers
from .formats import FORMAT_SHARES
from .phrases import _templates as _templates  # re-exported for the tests
from .values import DemoDocument
from .values import DemoDossier
from .values import Organisation
from .values import Person

__all__ = [
    "FORMAT_SHARES",
    "DemoDocument",
    "DemoDossier",
    "Organisation",
    "Person",
    "demo_requester",
    "generate_dossiers",
]
