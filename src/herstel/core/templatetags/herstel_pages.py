# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Tags of the page layouts in ``templates/layouts/``.

A page names its title once, in ``{% block title %}``; the layout's ``h1``
repeats it with ``{% page_title %}`` unless the page overrides
``{% block heading %}`` (when the heading says more than the browser tab).
``{% table_head %}`` writes a table's column headers from their labels;
``{% nav_link %}`` an item of a section's navigation.
"""

from dataclasses import dataclass
from dataclasses import replace
from typing import Any

from django import template
from django.template.context import Context
from django.template.loader_tags import BLOCK_CONTEXT_KEY
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

register = template.Library()


@register.simple_tag(takes_context=True)
def page_title(context: Context) -> str:
    """The page's ``title`` block rendered again (the most derived one)."""
    block_context = context.render_context.get(BLOCK_CONTEXT_KEY)
    block = block_context.get_block("title") if block_context else None
    if block is None:
        return ""
    with context.push():
        return block.nodelist.render(context)


@dataclass(frozen=True)
class Column:
    """One column header of ``{% table_head %}``: its label, an optional
    CSS class (``num`` for figures) and an optional sort key of ``listing``."""

    label: Any
    css: str = ""
    sort: str = ""
    hidden: bool = False


def _column(value: Any) -> Column:
    return value if isinstance(value, Column) else Column(label=value)


@register.filter
def column(css: str, label: Any) -> Column:
    """``"num"|column:_("Mentions")``: a column with a CSS class (``num``
    right-aligns figures)."""
    return Column(label=label, css=css)


@register.filter
def sort_by(name: str, label: Any) -> Column:
    """``"title"|sort_by:_("Title")``: a header that sorts ``listing`` by
    ``name`` (see ``herstel.core.lists`` and ``includes/list_th.html``)."""
    return Column(label=label, sort=name)


@register.filter
def num(value: Any) -> Column:
    """``"documents"|sort_by:_("Documents")|num``: the column right-aligned."""
    return replace(_column(value), css="num")


@register.filter
def select_column(shown: Any) -> Column | None:
    """``can_approve|select_column``: the header of a column of row checkboxes
    (its label "Select" only for screen readers), or no column when
    ``shown`` is false."""
    return Column(label=_("Select"), hidden=True) if shown else None


@register.filter
def shown_column(shown: Any, label: Any) -> Column | None:
    """``can_review|shown_column:_("Decision")``: a plain column, or no column
    (it is left out) when ``shown`` is false."""
    return Column(label=label) if shown else None


@register.inclusion_tag("includes/table_head.html", takes_context=True)
def table_head(context: Context, *columns: Any) -> dict[str, Any]:
    """``{% table_head _("Document") "num"|column:_("Mentions") %}``: the ``thead`` of
    a table, one ``th scope="col"`` per column; sortable columns link like
    ``{% list_th %}`` and carry ``aria-sort``; a ``None`` column (see
    :func:`select_column`) is left out."""
    listing: Any = context.get("listing")
    cells = []
    for column in map(_column, filter(lambda value: value is not None, columns)):
        header = None
        if column.sort and listing is not None:
            header = listing.header(column.sort, column.label)
        cells.append(
            {
                "label": column.label,
                "css": column.css,
                "header": header,
                "hidden": column.hidden,
            }
        )
    return {"cells": cells}


@register.inclusion_tag("includes/nav_link.html")
def nav_link(url_name: str, label: Any, current: Any, name: str) -> dict[str, Any]:
    """``{% nav_link "partners:overview" _("Annual overview") section "overview" %}``:
    one ``li`` of a section's navigation, a link to ``url_name`` that carries
    ``aria-current="page"`` when ``current`` (the section shown) is ``name``."""
    return {"href": reverse(url_name), "label": label, "current": current == name}
