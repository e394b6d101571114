# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Helpers shared by the register's pages."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.http import HttpRequest
from django.http import HttpResponse
from django.utils import timezone

from herstel.core.lists import ListSpec
from herstel.core.lists import list_page
from herstel.core.views import attachment
from herstel.core.views import page_or_partial
from herstel.core.views import require_page as require  # noqa: F401

from .. import services
from ..guard import pieces

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

ORGANISATIONS = ListSpec(
    key="organisations",
    sorts="name kind contacts=contact_count last=last_contact",
    default_sort="name",
    keep_params=("q", "kind", "theme", "blocked"),
)
CONTACTS = ListSpec(
    key="contacts",
    sorts="date topic form tier",
    default_sort="-date",
    keep_params=("q", "tier", "form", "theme", "date_from", "date_to"),
)
PAGE_SIZE = 50
IMPORT_SESSION_KEY = "partners_import"
IMPORT_PURPOSE = "partners-import"


def year_param(request: HttpRequest) -> int:
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        return timezone.localdate().year
    return year if 2000 <= year <= 2100 else timezone.localdate().year


def refused(form: Any) -> list[tuple[Any, list[Any]]]:
    """Per refused field: its label and the text split around the findings."""
    findings = getattr(form, "guard_findings", {}) or {}
    result = []
    for name, field_findings in findings.items():
        text = form.data.get(name, "")
        result.append((form[name], pieces(text, field_findings)))
    return result


def download(data: bytes, filename: str, content_type: str) -> HttpResponse:
    return attachment(data, filename, content_type)


def filtered_list(
    request: HttpRequest,
    form: Any,
    rows: Any,
    spec: ListSpec,
    template: str,
    **context: Any,
) -> HttpResponse:
    """A register list with its filter form: one page of ``rows``; to htmx
    only the ``#results`` fragment."""
    listing = list_page(request, rows, spec)
    return page_or_partial(
        request,
        template,
        "results",
        {
            "form": form,
            "listing": listing,
            "page": listing.page,
            "query": listing.query,
            **context,
        },
    )


def guard_refusal(request: AuthenticatedRequest, form: Any, name: str) -> None:
    """Record that the privacy guard refused the posted ``form`` (audit)."""
    if request.method == "POST" and not form.is_valid() and form.guard_findings:
        services.guard_refusal_record(
            actor=request.user, form=name, findings=form.guard_findings
        )
