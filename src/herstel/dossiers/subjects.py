# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Subjects: name mentions grouped into persons, and a blind index to find them.

Split into :mod:`.subject_index` (the blind index and grouping, called when a
document is analysed), :mod:`.subject_read` (search, mentions, passages) and
:mod:`.subject_write` (confirm, merge, split). Every name stays importable
from here for older call sites; new code imports the module it needs, and
``services``/``selectors`` never import this one (that was an import cycle).
"""

from .subject_index import BIRTH_BONUS  # noqa: F401
from .subject_index import CONTEXT_CANDIDATES  # noqa: F401
from .subject_index import NAME_KINDS  # noqa: F401
from .subject_index import PLACE_BONUS  # noqa: F401
from .subject_index import PLACES_PER_DOCUMENT  # noqa: F401
from .subject_index import SURNAME_SAMPLE  # noqa: F401
from .subject_index import _candidates  # noqa: F401
from .subject_index import _choose_subject  # noqa: F401
from .subject_index import _context_digests  # noqa: F401
from .subject_index import _document_text  # noqa: F401
from .subject_index import _full_names  # noqa: F401
from .subject_index import _index_key  # noqa: F401
from .subject_index import _with_context  # noqa: F401
from .subject_index import key_digest  # noqa: F401
from .subject_index import name_digests  # noqa: F401
from .subject_index import subject_keys_forget  # noqa: F401
from .subject_index import subjects_index_document  # noqa: F401
from .subject_index import subjects_index_dossier  # noqa: F401
from .subject_index import subjects_rekey_document  # noqa: F401
from .subject_index import subjects_rekey_dossier  # noqa: F401
from .subject_read import MATCH_LABELS  # noqa: F401
from .subject_read import PASSAGE_CONTEXT  # noqa: F401
from .subject_read import Candidate  # noqa: F401
from .subject_read import Passage  # noqa: F401
from .subject_read import _match_labels  # noqa: F401
from .subject_read import _require_inventory  # noqa: F401
from .subject_read import subject_document_ids  # noqa: F401
from .subject_read import subject_get  # noqa: F401
from .subject_read import subject_mentions  # noqa: F401
from .subject_read import subject_passages  # noqa: F401
from .subject_read import subject_resolve  # noqa: F401
from .subject_read import subject_search  # noqa: F401
from .subject_read import subject_search_ranked  # noqa: F401
from .subject_write import _require_work  # noqa: F401
from .subject_write import subject_confirm  # noqa: F401
from .subject_write import subject_merge  # noqa: F401
from .subject_write import subject_split  # noqa: F401
