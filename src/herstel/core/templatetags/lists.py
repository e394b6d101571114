# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The sortable column header of a list page (``herstel.core.lists``)."""

from typing import Any

from django import template

register = template.Library()


@register.inclusion_tag("includes/list_th.html")
def list_th(listing: Any, name: str, css_class: str = "") -> dict[str, Any]:
    """``{% list_th listing "title" %}``: a ``th`` that links to sort by
    ``name`` (again: the other way), with ``aria-sort`` on the sorted one."""
    return {"header": listing.header(name), "class": css_class}
