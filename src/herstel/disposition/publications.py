# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Where a copy of a document was published outside Herstel: a registry.

Destroying a document destroys what Herstel holds; a redacted copy that was
published (a Woo decision on a publication platform) lives on elsewhere, and
the certificate of destruction says so. Contexts above disposition register a
function that, for a list of document ids, returns the publications it knows
of; the Woo context registers its decisions from its ``apps.ready()``::

    from herstel.disposition.publications import Publication, registry

    @registry("woo")
    def woo_publications(document_ids): ...
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass

from herstel.core.registry import FunctionRegistry
from herstel.core.registry import merged_per_id


@dataclass(frozen=True, slots=True)
class Publication:
    """One published copy of a document (no content, no personal data)."""

    where: str
    """What published it, e.g. "Woo decision WOO-2026-0001"."""
    url: str
    """The public address."""
    published_on: str
    """ISO date of publication."""
    sha256: str = ""
    """Fingerprint of the published (redacted) copy."""


PublicationFunction = Callable[[Sequence[int]], Mapping[int, list[Publication]]]


class PublicationRegistry(FunctionRegistry[PublicationFunction]):
    """Publication finders by identifier."""

    kind = "Publication source"

    def publications(self, document_ids: Sequence[int]) -> dict[int, list[Publication]]:
        """Every source's publications, merged per document id."""
        return merged_per_id(
            function(document_ids) for _identifier, function in sorted(self.items())
        )


registry = PublicationRegistry()
