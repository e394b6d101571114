# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The main navigation: the sections a user may open, the most used first.

The header holds one row of links at 1280 px for every role: the first
``VISIBLE`` sections a user may open are links, the rest go into a "More"
menu (a ``<details>`` element, so it opens without JavaScript).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

__all__ = ["NavItem", "navigation"]

VISIBLE = 6


@dataclass(frozen=True, slots=True)
class NavItem:
    label: str | Promise
    url: str
    current: bool


# label, URL name (or a (permission, URL name) pair to choose by), permission,
# app names that mark the section current; most used first.
_SECTIONS: list[tuple[Promise, tuple[tuple[str, str], ...], str, str]] = [
    (_("Home"), (("", "home"),), "", ""),
    (_("My work"), (("", "work"),), "", ""),
    (_("Dossiers"), (("", "dossiers:list"),), "dossiers.read_inventory", "dossiers"),
    (
        _("Access requests"),
        (("inquiries.read_request", "inquiries:worklist"), ("", "inquiries:dashboard")),
        "inquiries.view_dashboard",
        "inquiries",
    ),
    (_("Disposition"), (("", "disposition:index"),), "disposition.read", "disposition"),
    (_("Woo requests"), (("", "woo:list"),), "woo.read", "woo"),
    (
        _("Partner register"),
        (("", "partners:organisation_list"),),
        "partners.read_register",
        "partners",
    ),
    (_("Network"), (("", "network:home"),), "network.view", "network"),
    (_("Informing subjects"), (("", "notices:subjects"),), "notices.read", "notices"),
    (
        _("Report to Parliament"),
        (("", "reports:parliament"),),
        "reports.read_parliament",
        "reports",
    ),
    (_("Audit trail"), (("", "audit:list"),), "audit.read_trail", "audit"),
    (_("Administration"), (("", "admin:index"),), "accounts.access_admin", "admin"),
]


def navigation(request: HttpRequest) -> dict[str, list[NavItem]]:
    """``{"main": [...], "more": [...]}`` for the signed-in user."""
    user = request.user
    match = getattr(request, "resolver_match", None)
    app_name = match.app_name if match else ""
    view_name = match.view_name if match else ""
    items: list[NavItem] = []
    for label, targets, permission, app in _SECTIONS:
        if permission and not user.has_perm(permission):
            continue
        url_name = next(
            name for needed, name in targets if not needed or user.has_perm(needed)
        )
        current = app_name == app if app else view_name == url_name
        items.append(NavItem(label=label, url=reverse(url_name), current=current))
    if len(items) <= VISIBLE + 1:
        return {"main": items, "more": []}
    return {"main": items[:VISIBLE], "more": items[VISIBLE:]}
