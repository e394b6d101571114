# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Why a document may not be destroyed: a registry other contexts add to.

A blocker is a function that takes the documents of a destruction run and the
date of execution and returns, per document id, the reasons it must stay. The
disposition context registers the legal-hold blocker itself; the requests
context registers "open access request", "objection window not over" and
"campaign destruction date not reached" from its own ``apps.ready()``::

    from herstel.disposition.blockers import Block, registry

    @registry("open_request")
    def open_requests(documents, on): ...

Registration is explicit (no discovery by subclass or import order), and a
duplicate identifier is refused.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from herstel.core.registry import FunctionRegistry
from herstel.core.registry import merged_per_id


@dataclass(frozen=True, slots=True)
class Block:
    """One reason a document must not be destroyed (no personal data in it)."""

    blocker: str
    """The identifier of the blocker that found it."""
    message: str | Promise
    """The reason as interface text (a lazy translation, placeholders filled
    from ``params``); stored by its English source, shown translated."""
    reference: str = ""
    """What causes it, e.g. the hold's authority reference."""
    params: tuple[tuple[str, str], ...] = ()
    """Values for the placeholders: codes and references, never prose
    (``authority`` is a hold authority code, shown by its label)."""

    def as_json(self) -> dict[str, Any]:
        """The stored form: the English source text and the codes, so a run
        recorded in one language reads in the other."""
        with translation.override(None):
            source = str(self.message)
        return {
            "blocker": self.blocker,
            "message": source,
            "params": dict(self.params),
            "reference": self.reference,
        }

    @property
    def text(self) -> str:
        """The reason in the reader's language."""
        return block_text(self.as_json())


def block_text(data: Mapping[str, Any]) -> str:
    """A stored reason (``Block.as_json``) in the reader's language.

    Rows recorded before reasons were stored by their source text have no
    ``params`` and are shown as recorded.
    """
    message = str(data.get("message", ""))
    if "params" not in data:
        return message
    params = {key: str(value) for key, value in (data["params"] or {}).items()}
    if "authority" in params:
        from .constants import HoldAuthority

        if params["authority"] in HoldAuthority.values:
            params["authority"] = str(HoldAuthority(params["authority"]).label)
    text = gettext(message)
    return text % params if params else text


BlockerFunction = Callable[[Sequence[Any], datetime.date], Mapping[int, list[Block]]]


class BlockerRegistry(FunctionRegistry[BlockerFunction]):
    """Blocker functions by identifier (a :class:`~herstel.core.registry.Registry`)."""

    kind = "Blocker"

    def blocks(
        self, documents: Sequence[Any], on: datetime.date
    ) -> dict[int, list[Block]]:
        """Every blocker's reasons, merged per document id."""
        return merged_per_id(
            function(documents, on) for _identifier, function in sorted(self.items())
        )


registry = BlockerRegistry()


@registry("hold")
def legal_holds(documents: Sequence[Any], on: datetime.date) -> dict[int, list[Block]]:
    """Active holds on a document, its dossier or a subject it mentions.

    Several holds may cover one document; each is a reason of its own, so
    lifting one leaves the others blocking.
    """
    from django.db.models import Q

    from herstel.dossiers.selectors import subject_document_ids

    from .models import Hold

    document_ids = {d.pk for d in documents}
    dossier_ids = {d.dossier_id for d in documents}
    holds = list(
        Hold.objects.active(on)
        .filter(
            Q(document_id__in=document_ids)
            | Q(dossier_id__in=dossier_ids)
            | Q(subject__isnull=False)
        )
        .order_by("placed_at", "pk")
    )
    subject_documents = subject_document_ids(
        subject_ids={h.subject_id for h in holds if h.subject_id is not None}
    )
    found: dict[int, list[Block]] = {}
    for document in documents:
        for hold in holds:
            if hold.subject_id is not None:
                covers = document.pk in subject_documents.get(hold.subject_id, ())
                message = _("Legal hold on data subject %(subject)s: %(authority)s")
            else:
                covers = (
                    hold.document_id == document.pk
                    or hold.dossier_id == document.dossier_id
                )
                message = _("Legal hold: %(authority)s")
            if covers:
                found.setdefault(document.pk, []).append(
                    Block(
                        blocker="hold",
                        message=message,
                        reference=hold.reference,
                        params=(
                            ("authority", hold.authority),
                            ("subject", f"S-{hold.subject_id}"),
                        ),
                    )
                )
    return found
