# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The ``Meta`` of a model in one call.

Nearly every model says the same things in its ``class Meta`` block: its name
in words (singular and plural), its order, perhaps a constraint or two. The
model writes them as one call instead::

    Meta = model_meta(_("dossier"), _("dossiers"), ordering=("title",))

:func:`model_meta` builds the class that Django reads, with exactly the
options given (``makemigrations --check`` guards that nothing changes). An
abstract model keeps its own ``class Meta`` (``abstract = True``), so that its
children can inherit it. Its constraints come from :mod:`herstel.core.model_parts`
(``unique``, ``open_period``, ``not_before``, ``four_eyes``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def model_meta(
    verbose_name: StrOrPromise | None = None,
    verbose_name_plural: StrOrPromise | None = None,
    **options: Any,
) -> Any:
    """The ``Meta`` class of a model: its names and ``options`` (``ordering``,
    ``constraints``, ``indexes``, ``permissions``...), as Django's ``Meta``
    attributes. A name left out is Django's default (the plural adds "s").

    Typed ``Any``: a model may replace the ``Meta`` of an abstract parent.
    """
    if verbose_name is not None:
        options["verbose_name"] = verbose_name
    if verbose_name_plural is not None:
        options["verbose_name_plural"] = verbose_name_plural
    return type("Meta", (), options)
