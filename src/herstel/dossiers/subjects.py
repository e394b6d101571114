# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Subjects: name mentions grouped into persons, and a blind index to find them.

Split into :mod:`.subject_index` (the blind index and grouping, called when a
document is analysed), :mod:`.subject_read` (search, mentions, passages) and
:mod:`.subject_write` (confirm, merge, split). Every name stays importable
from here for older call sites; new code imports the module it needs, and
``services``/``selectors`` never import this one (that was an import cycle).
"""

from .subject_index import (  # noqa: F401
    BIRTH_BONUS,
    CONTEXT_CANDIDATES,
    NAME_KINDS,
    PLACE_BONUS,
    PLACES_PER_DOCUMENT,
    SURNAME_SAMPLE,
    _candidates,
    _choose_subject,
    _context_digests,
    _document_text,
    _full_names,
    _index_key,
    _with_context,
    key_digest,
    name_digests,
    subject_keys_forget,
    subjects_index_document,
    subjects_index_dossier,
    subjects_rekey_document,
    subjects_rekey_dossier,
)
from .subject_read import (  # noqa: F401
    MATCH_LABELS,
    PASSAGE_CONTEXT,
    Candidate,
    Passage,
    _match_labels,
    _require_inventory,
    subject_document_ids,
    subject_get,
    subject_mentions,
    subject_passages,
    subject_resolve,
    subject_search,
    subject_search_ranked,
)
from .subject_write import _require_work, subject_confirm, subject_merge, subject_split  # noqa: F401
