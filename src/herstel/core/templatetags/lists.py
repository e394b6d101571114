# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The sortable column header of a list page (``herstel.core.lists``)."""

from typing import Any

from django import template

register = template.Library()


@register.inclusion_tag("includes/list_th.html")
def list_th(listing: Any, name: str, label: Any, css_class: str = "") -> dict[str, Any]:
    """``{% list_th listing "title" _("Title") %}``: a ``th`` that links to
    sort by ``name`` (again: the other way), ``aria-sort`` on the sorted one."""
    return {"header": listing.header(name, label), "class": css_class}
