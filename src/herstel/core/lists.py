# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Search, sort, filter and pagination for every list page, server-side.

A list page describes itself once in a :class:`ListSpec` (its sort columns,
its filters, how to search) and calls :func:`list_page` with what the actor
may see; the template shows ``includes/list_controls.html`` (a labelled
search field and filter selects), a sortable header per column
(``{% list_th listing "documents" _("Documents") %}``, with ``aria-sort``)
and ``includes/pagination.html``::

    DOSSIERS = ListSpec(
        key="dossiers",
        sorts="title documents=document_count",
        default_sort="title",
        search_fields=("title", "description"),
    )

    listing = list_page(request, dossier_list(actor=request.user), DOSSIERS)

Search terms that may be personal data (a file name, a person's name) never
go into a URL, as for the subject search: with ``private_search`` the search
field is posted (see :func:`private_search`), kept in the session for that
list only, and the page is fetched again without it, so access logs, the
browser history and the audit trail's request ids never hold it.

Items may be a queryset (filtered and ordered in the database) or a list of
objects (for values that only exist after decryption, such as a document's
title), with ``ListSpec.sort_keys``/``ListSpec.search_text`` functions.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from django.core.paginator import Page
from django.core.paginator import Paginator
from django.db.models import Q
from django.db.models import QuerySet
from django.http import HttpRequest
from django.http import HttpResponse
from django.http import HttpResponseNotAllowed
from django.http import QueryDict
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

__all__ = [
    "Filter",
    "ListSpec",
    "ListState",
    "list_page",
    "private_search",
]

SEARCH_PARAM = "q"
SORT_PARAM = "sort"
PAGE_PARAM = "page"
SEARCH_MAX = 100
SESSION_PREFIX = "herstel_list_search:"
ALL_LABEL = _("All")
SEARCH_LABEL = _("Search")


@dataclass(frozen=True)
class Filter:
    """A select above the list; the value must be one of ``choices``.

    Without ``apply`` the value filters ``field`` (``name`` by default) by
    equality; ``apply(items, value)`` does anything else.
    """

    name: str
    label: Any
    choices: Sequence[tuple[str, Any]] | Callable[[], Sequence[tuple[str, Any]]]
    field: str = ""
    apply: Callable[[Any, str], Any] | None = None
    all_label: Any = ALL_LABEL

    def options(self) -> list[tuple[str, str]]:
        choices = self.choices() if callable(self.choices) else self.choices
        return [(str(value), str(label)) for value, label in choices]


@dataclass(frozen=True)
class ListSpec:
    """How one list is searched, sorted, filtered and paged."""

    key: str
    sorts: str
    """The sort columns as ``name=field`` (or ``field``, named alike),
    separated by spaces; the name goes in the URL."""
    default_sort: str
    search_fields: Sequence[str] = ()
    search_text: Callable[[Any], str] | None = None
    search_apply: Callable[[Any, str], Any] | None = None
    """Searches any other way, e.g. by a blind index: ``(items, term)``."""
    search_label: Any = SEARCH_LABEL
    filters: Sequence[Filter] = ()
    private_search: bool = False
    page_size: int = 50
    sort_keys: Mapping[str, Callable[[Any], Any]] = field(default_factory=dict)
    """Sort keys in Python for columns that are not database fields."""
    sort_labels: Mapping[str, Any] = field(default_factory=dict)
    """Column names for sort links outside a table (a table's headers name
    their own columns)."""
    keep_params: Sequence[str] = ()
    """Query parameters a page's own filter form handles: kept in the sort
    and page links."""
    annotate: Callable[[list[Any]], None] | None = None
    """Sets values that exist only in Python (a decrypted title) on items: on
    every item when the search or the sort needs them, else on the page's."""

    def __post_init__(self) -> None:
        if self.default_sort.lstrip("-") not in self.columns:
            raise ValueError(f"List {self.key!r}: unknown default sort.")

    @functools.cached_property
    def columns(self) -> dict[str, str]:
        """Sort name → database field (or attribute)."""
        pairs = (column.partition("=") for column in self.sorts.split())
        return {name: target or name for name, _eq, target in pairs}

    @property
    def searchable(self) -> bool:
        return bool(self.search_fields or self.search_text or self.search_apply)


@dataclass
class SortHeader:
    name: str
    label: str
    url: str
    aria_sort: str


@dataclass
class ListState:
    """What a list page shows: the page of items and the controls' state."""

    spec: ListSpec
    page: Page
    search: str
    sort: str
    filters: dict[str, str]
    params: QueryDict = field(repr=False)

    @property
    def query(self) -> str:
        """The query string without the page, for the page links."""
        params = self.params.copy()
        params.pop(PAGE_PARAM, None)
        return params.urlencode()

    @property
    def query_unsearched(self) -> str:
        """The query string without the search term and the page."""
        params = self.params.copy()
        params.pop(PAGE_PARAM, None)
        params.pop(SEARCH_PARAM, None)
        return params.urlencode()

    @property
    def total(self) -> int:
        return self.page.paginator.count

    @property
    def searched(self) -> bool:
        return bool(self.search or any(self.filters.values()))

    def header(self, name: str, label: Any = "") -> SortHeader:
        """A column header: link to sort by it (again: the other way)."""
        label = label or self.spec.sort_labels.get(name, name)
        current = self.sort.lstrip("-") == name
        descending = self.sort.startswith("-")
        params = self.params.copy()
        params.pop(PAGE_PARAM, None)
        params[SORT_PARAM] = f"-{name}" if current and not descending else name
        aria = ""
        if current:
            aria = "descending" if descending else "ascending"
        return SortHeader(
            name=name,
            label=str(label),
            url="?" + params.urlencode(),
            aria_sort=aria,
        )

    def headers(self) -> list[SortHeader]:
        """Every sort column's link, for lists that are not tables."""
        return [self.header(name) for name in self.spec.columns]

    def filter_controls(self) -> list[tuple[Filter, list[tuple[str, str]], str]]:
        return [
            (spec, spec.options(), self.filters.get(spec.name, ""))
            for spec in self.spec.filters
        ]


def _session_key(spec: ListSpec) -> str:
    return SESSION_PREFIX + spec.key


def _search_term(request: HttpRequest, spec: ListSpec) -> str:
    if not spec.searchable:
        return ""
    if spec.private_search:
        session = getattr(request, "session", None)
        return str(session.get(_session_key(spec), "")) if session is not None else ""
    return request.GET.get(SEARCH_PARAM, "").strip()[:SEARCH_MAX]


def _search(items: Any, spec: ListSpec, term: str) -> Any:
    if not term:
        return items
    if spec.search_apply is not None:
        return spec.search_apply(items, term)
    words = term.casefold().split()
    if isinstance(items, QuerySet) and spec.search_fields:
        for word in words:
            condition = Q()
            for name in spec.search_fields:
                condition |= Q(**{f"{name}__icontains": word})
            items = items.filter(condition)
        return items
    assert spec.search_text is not None, f"List {spec.key!r} cannot be searched."
    text_of = spec.search_text
    return [item for item in items if all(w in text_of(item).casefold() for w in words)]


def _filter(items: Any, spec: ListSpec, request: HttpRequest) -> tuple[Any, dict]:
    chosen: dict[str, str] = {}
    for spec_filter in spec.filters:
        value = request.GET.get(spec_filter.name, "")
        if not value or value not in {v for v, _label in spec_filter.options()}:
            continue
        chosen[spec_filter.name] = value
        if spec_filter.apply is not None:
            items = spec_filter.apply(items, value)
        else:
            name = spec_filter.field or spec_filter.name
            if isinstance(items, QuerySet):
                items = items.filter(**{name: value})
            else:
                items = [i for i in items if str(getattr(i, name, "")) == value]
    return items, chosen


def _sort(items: Any, spec: ListSpec, wanted: str) -> tuple[Any, str]:
    if wanted.lstrip("-") not in spec.columns:
        wanted = spec.default_sort
    name = wanted.lstrip("-")
    field_name = spec.columns[name]
    descending = wanted.startswith("-")
    key = spec.sort_keys.get(name)
    if isinstance(items, QuerySet) and key is None:
        ordering = ("-" if descending else "") + field_name
        return items.order_by(ordering, "-pk" if descending else "pk"), wanted
    key = key or (lambda item: getattr(item, field_name))
    return sorted(items, key=key, reverse=descending), wanted


def _in_python(items: Any, spec: ListSpec, term: str, sort: str) -> bool:
    """Whether searching or sorting needs the items as Python objects."""
    if sort.lstrip("-") in spec.sort_keys:
        return True
    if spec.search_apply is not None:
        return False
    return bool(term) and not (isinstance(items, QuerySet) and spec.search_fields)


def list_page(request: HttpRequest, items: Any, spec: ListSpec) -> ListState:
    """Filter, search, sort and page ``items`` (a queryset or an iterable)
    as the request asks.

    Unknown sort columns and filter values are ignored (the default applies),
    so a hand-edited URL shows the plain list, never an error.
    """
    if not isinstance(items, QuerySet):
        items = list(items)
    term = _search_term(request, spec)
    items, chosen = _filter(items, spec, request)
    wanted = request.GET.get(SORT_PARAM, "")
    annotated = False
    if _in_python(items, spec, term, wanted):
        items = list(items)
        if spec.annotate is not None:
            spec.annotate(items)
            annotated = True
    items = _search(items, spec, term)
    items, sort = _sort(items, spec, wanted)
    page: Page = Paginator(items, spec.page_size).get_page(request.GET.get(PAGE_PARAM))
    if spec.annotate is not None and not annotated:
        page.object_list = list(page.object_list)
        spec.annotate(page.object_list)
    params = QueryDict(mutable=True)
    for name in spec.keep_params:
        if request.GET.get(name):
            params[name] = request.GET[name]
    if sort != spec.default_sort:
        params[SORT_PARAM] = sort
    for name, value in chosen.items():
        params[name] = value
    if term and not spec.private_search:
        params[SEARCH_PARAM] = term
    if page.number > 1:
        params[PAGE_PARAM] = str(page.number)
    return ListState(
        spec=spec, page=page, search=term, sort=sort, filters=chosen, params=params
    )


def private_search(spec: ListSpec) -> Callable[[Callable], Callable]:
    """A list view that takes its search term by POST (see the module text).

    GET shows the list; a POST keeps the term (or clears it) in the session
    and redirects to the list without it, keeping the sort and filters.
    Replaces ``require_GET`` on such a view.
    """

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method == "POST":
                # The list page itself checks who may see it (after the redirect).
                term = request.POST.get(SEARCH_PARAM, "").strip()[:SEARCH_MAX]
                if term and "clear" not in request.POST:
                    request.session[_session_key(spec)] = term
                else:
                    request.session.pop(_session_key(spec), None)
                params = request.GET.copy()
                params.pop(PAGE_PARAM, None)
                query = params.urlencode()
                return redirect(request.path + ("?" + query if query else ""))
            if request.method not in ("GET", "HEAD"):
                return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
