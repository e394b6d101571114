# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Links between records, which every context declares the same way.

A model says what a link *means* instead of spelling out the ``ForeignKey``:

- ``part_of``: the record belongs to another one and goes with it
  (an attachment of a request, an item of a run): ``on_delete=CASCADE``.
- ``kept_link``: the record refers to another one that may not be deleted
  while it does (a document's dossier, an advice's organisation): ``PROTECT``.
- ``loose_link``: an optional reference that is emptied when the other
  record goes (a mention's subject, a merge target): ``SET_NULL``.

Links to users have their own helpers in :mod:`herstel.core.model_parts`.

Each returns an ordinary Django field, so migrations see exactly
what a hand-written declaration gives (``makemigrations --check`` guards this).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import Any

from django.db import models

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

Target = type[models.Model] | str


@dataclass(frozen=True)
class LinkKind:
    """A kind of link, named by what deleting the other record does to it."""

    on_delete: Any

    def __call__(
        self,
        to: Target,
        related_name: str | None = None,
        verbose_name: StrOrPromise | None = None,
        *,
        one: bool = False,
        optional: bool = False,
        **extra: Any,
    ) -> models.ForeignKey[Any, Any]:
        """The ``ForeignKey`` (``one``: ``OneToOneField``) to ``to``.

        ``optional`` allows an empty link (``null`` and ``blank``); a loose
        link always allows it (pass ``blank=False`` to ask for one in forms).
        """
        if optional or self.on_delete is models.SET_NULL:
            extra = {"null": True, "blank": True, **extra}
        if related_name is not None:
            extra["related_name"] = related_name
        if verbose_name is not None:
            extra["verbose_name"] = verbose_name
        field = models.OneToOneField if one else models.ForeignKey
        return field(to, on_delete=self.on_delete, **extra)


part_of = LinkKind(models.CASCADE)
"""The record this one is part of; deleting it deletes this one too."""

kept_link = LinkKind(models.PROTECT)
"""A record this one refers to, protected from deletion while it does."""

loose_link = LinkKind(models.SET_NULL)
"""An optional reference, emptied when the other record is deleted."""
