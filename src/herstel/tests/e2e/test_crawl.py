# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Every page each role reaches in the demo world, in the browser (issue 16).

For every demo role (and a citizen who is not signed in) the crawl starts at
the role's start pages and follows the links it finds, one page per view (the
same view with other ids or other filter values is not opened again), up to
``MAX_PAGES`` pages per role; the administrator's crawl includes the admin
site. On every page, at 1280 and at 375 px:

- axe-core (every WCAG 2.1 A/AA rule, at both widths) reports no serious or
  critical violation;
- the document does not scroll sideways (scrollWidth <= viewport width);
- every ``aria-describedby`` names an element that exists;
- no native multi-select (a checkbox list instead);
- the text shows no detector code, no audit event code, and no English
  interface text in Dutch (or Dutch interface text in English): the crawl
  walks every page again in English.

Every page each role reaches is also read as the server sends it (in English,
without a browser), for every role:

- a document's reference (``DOC-…``) stands next to its title for a role
  that may read titles (the destruction certificate excepted, see
  ``REFERENCE_ONLY``);
- every table scrolls in a wrapper that works without JavaScript: focusable,
  a named region (``overflow-x: auto`` comes from the style sheet).
"""

from __future__ import annotations

import importlib
import os
import re
import sys
import time
from collections import deque
from pathlib import Path
from urllib.parse import urlsplit

from django.contrib.auth.models import Group
from django.contrib.auth.models import Permission
from django.urls import Resolver404
from django.urls import resolve

import polib
import pytest
from playwright.sync_api import Error as PlaywrightError

from herstel.accounts.constants import Role
from herstel.accounts.models import User
from herstel.audit.registry import registry as events
from herstel.demo.generator import demo_requester
from herstel.demo.services import DEMO_USERS
from herstel.demo.services import demo_load
from herstel.disposition.demo import disposition_demo
from herstel.dossiers.models import Dossier
from herstel.inquiries.demo import demo_requests_load
from herstel.network.demo import network_demo_load
from herstel.notices.demo import notices_demo
from herstel.partners.demo import partners_demo_load
from herstel.woo.demo import woo_demo

from .conftest import login_page

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SEED = 1
DOCUMENTS = 8
MAX_PAGES = 16
MAX_ADMIN_PAGES = 10
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = (1280, 375)
PUBLIC_START = ["/", "/inzage/", "/public/partners/", "/network/apply/"]
# Links that are not pages to check: files, state changes by GET-safe links,
# the language switch (walked separately), static assets.
SKIP = re.compile(
    r"(/download|/export|/original|/package|\.pdf|\.csv|\.ods|\.xlsx|\.zip|\.json"
    r"|/taal/|/i18n/|/logout|/static/|/brand/|/dev/mail|/admin/logout"
    r"|/admin/jsi18n|/delete/|/history/|/admin/password_change|/admin/\w+/$"
    r"|/(?:pdf|csv|ods|xlsx|zip|txt|json|eml)/?(?:\?|$))",
    re.IGNORECASE,
)
# How a mention was found, as a code ("names (capitalisation)").
DETECTOR_CODE = re.compile(
    r"\((?:manual|capitalisation|initials(?:_line)?|propagation|pattern:[a-z_]+"
    r"|lexicon(?::[a-z_]+)?|cue|surname_first|line_break)\)"
)
CATALOGUE = "src/herstel/conf/locale/nl/LC_MESSAGES/django.po"
DOCUMENT_REFERENCE = re.compile(r"\bDOC-[0-9A-F]{10}\b")
# Views that show document references without titles on purpose. The
# destruction certificate (a PDF, kept and handed out after the run) names
# documents by reference and fingerprint only: their file names may name the
# very people whose data was destroyed (docs/disposition.md).
REFERENCE_ONLY = {"disposition:certificate"}
# A table's scroll wrapper as the server sends it.
SCROLL_WRAPPER = re.compile(r'<div class="table-scroll"[^>]*>')
# HERSTEL_CRAWL_SCREENSHOTS=<dir> keeps a screenshot of every checked page.
SHOTS = (
    Path(os.environ["HERSTEL_CRAWL_SCREENSHOTS"])
    if os.environ.get("HERSTEL_CRAWL_SCREENSHOTS")
    else None
)


def _interface_texts() -> tuple[set[str], set[str]]:
    """English and Dutch interface sentences that differ between languages
    and are long enough not to be someone's data."""
    root = Path(__file__).resolve().parents[4]
    english, dutch = set(), set()
    for path in [
        root / CATALOGUE,
        *root.glob("src/herstel/*/locale/nl/LC_MESSAGES/*.po"),
    ]:
        for entry in polib.pofile(str(path)):
            if entry.msgid_plural or "%" in entry.msgid or "{" in entry.msgid:
                continue
            if entry.msgstr and entry.msgstr != entry.msgid and " " in entry.msgid:
                if len(entry.msgid) >= 24 and "<" not in entry.msgid:
                    english.add(entry.msgid)
                if len(entry.msgstr) >= 24 and "<" not in entry.msgstr:
                    dutch.add(entry.msgstr)
    return english - dutch, dutch - english


def _view_key(url: str) -> str | None:
    parts = urlsplit(url)
    try:
        match = resolve(parts.path)
    except Resolver404:
        return None
    # One page per view: other ids, other filter values and other pages of
    # the same list are the same template.
    return match.view_name


def _links(page, base: str) -> list[str]:
    hrefs = page.eval_on_selector_all(
        "a[href]", "els => els.map(e => e.getAttribute('href'))"
    )
    found = []
    for href in hrefs:
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        if href.startswith("http") and not href.startswith(base):
            continue
        path = href[len(base) :] if href.startswith(base) else href
        if not path.startswith("/") or SKIP.search(path):
            continue
        found.append(path.split("#", 1)[0])
    return found


CHECKS_JS = """() => {
  const missing = [];
  for (const el of document.querySelectorAll('[aria-describedby]')) {
    for (const id of el.getAttribute('aria-describedby').split(/\\s+/)) {
      if (id && !document.getElementById(id)) missing.push(id);
    }
  }
  const list = document.querySelector('.site-nav__list');
  const navRows = list ? new Set([...list.children].map(i => i.offsetTop)).size : 1;
  const brand = document.querySelector('.site-header__brand');
  const tools = document.querySelector('.site-header__tools');
  const barRows = brand && tools && tools.getBoundingClientRect().top
    >= brand.getBoundingClientRect().bottom ? 2 : 1;
  return {
    headerRows: navRows + barRows - 1,
    width: document.documentElement.scrollWidth,
    missing,
    multiselect: document.querySelectorAll('select[multiple]').length,
    // The text without scripts and without the options of selects (a
    // closed select shows one), as the English walk reads it.
    text: (() => {
      const copy = document.body.cloneNode(true);
      copy.querySelectorAll('script, style, template, select').forEach(e => e.remove());
      return copy.textContent;
    })(),
  };
}"""


def _check_page(page, url: str, width: int, problems: list[str]) -> str:
    """Layout, references and axe at ``width``; returns the page's text."""
    result = page.evaluate(CHECKS_JS)
    if result["width"] > width:
        problems.append(f"{url} @{width}: {result['width']} px wide")
    if result["missing"]:
        problems.append(f"{url}: aria-describedby targets missing {result['missing']}")
    if width >= 1024 and result["headerRows"] > 1:
        problems.append(f"{url} @{width}: the header takes {result['headerRows']} rows")
    if result["multiselect"]:
        problems.append(f"{url}: native multi-select")
    problems.extend(f"{url} @{width}: {v}" for v in _axe(page))
    return result["text"]


def _axe(page) -> list[str]:
    """Serious or critical violations of the WCAG 2.1 A/AA rules."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return [
        f"{v['id']}: {v['help']} ({', '.join(n['target'][0] for n in v['nodes'][:3])})"
        for v in results.response["violations"]
        if v.get("impact") in {"serious", "critical"}
    ]


def _log(message: str) -> None:
    sys.stderr.write(f"[crawl {time.strftime('%H:%M:%S')}] {message}\n")


def _text_problems(url: str, text: str, language: str, foreign: set[str]) -> list[str]:
    where = f"{url} [{language}]"
    problems = []
    if match := DETECTOR_CODE.search(text):
        problems.append(f"{where}: detector code {match.group(0)!r}")
    problems.extend(
        f"{where}: event code {name!r}"
        for name in event_names()
        if re.search(rf"(?<![\w/.-]){re.escape(name)}(?![\w/-])", text)
    )
    problems.extend(
        f"{where}: untranslated {sentence!r}"
        for sentence in foreign
        if sentence in text
    )
    return problems


def event_names() -> list[str]:
    return [event.name for event in events]


def _crawl(page, live_server, start: list[str], limit: int) -> list[str]:
    """The pages a person reaches from ``start`` by following links."""
    base = live_server.url
    queue = deque(start)
    seen_views: set[str] = set()
    pages: list[str] = []
    while queue and len(pages) < limit:
        path = queue.popleft()
        key = _view_key(path)
        if key is None or key in seen_views:
            continue
        seen_views.add(key)
        try:
            response = page.goto(base + path)
        except PlaywrightError:  # a file download, not a page
            continue
        if response is None or response.status >= 400:
            pages.append(f"!{response.status if response else '?'} {path}")
            continue
        final = page.url[len(base) :] if page.url.startswith(base) else page.url
        final_key = _view_key(final)
        if final_key is not None and final_key != key:
            if final_key in seen_views:
                continue
            seen_views.add(final_key)
        pages.append(final)
        queue.extend(_links(page, base))
    return pages


@pytest.fixture
def demo_world(settings, live_server):
    settings.HERSTEL_PUBLIC_URL = live_server.url
    for role in Role:
        Group.objects.get_or_create(name=role.value)
    _administrator_model_permissions()
    demo_load(seed=SEED, documents=DOCUMENTS)
    partners_demo_load()
    network_demo_load()
    requester = demo_requester(seed=SEED)
    demo_requests_load(seed=SEED, requester=(requester.name, requester.place))
    disposition_demo()
    notices_demo()
    woo_demo()


def _administrator_model_permissions() -> None:
    """The admin-site rights the migrations give the administrator role: an
    earlier test with ``transaction=True`` flushes them with every table, and
    the admin crawl then met 403s it would not meet in a real installation."""
    roles = importlib.import_module("herstel.accounts.migrations.0002_roles")
    grants = [*roles.ADMINISTRATOR_PERMISSIONS]
    grants.append(("inquiries", "campaign", ("add", "change", "view")))
    administrator = Group.objects.get(name=Role.ADMINISTRATOR.value)
    for app_label, model, actions in grants:
        administrator.permissions.add(
            *Permission.objects.filter(
                content_type__app_label=app_label,
                codename__in=[f"{action}_{model}" for action in actions],
            )
        )


def _walk(page, live_server, paths: list[str], foreign: set[str]) -> list[str]:
    """Each page in Dutch in the browser: every check at 1280 px, the layout
    checks and the axe rules a narrow screen changes at 375 px."""
    problems: list[str] = []
    for path in paths:
        if path.startswith("!"):
            problems.append(f"{path}: error status reached by a link")
            continue
        page.set_viewport_size({"width": WIDTHS[0], "height": 900})
        page.goto(live_server.url + path)
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            text = _check_page(page, path, width, problems)
            if SHOTS:
                name = re.sub(r"\W+", "_", path).strip("_") or "home"
                page.screenshot(path=str(SHOTS / f"{name}-{width}.png"))
            if width == WIDTHS[0]:
                problems.extend(_text_problems(path, text, "nl", foreign))
    return problems


def _titles_missing(url: str, text: str, titles: dict[str, str]) -> list[str]:
    """Document references shown without their title (``titles``: reference
    → title, empty for a role that may not read titles)."""
    if not titles or _view_key(url) in REFERENCE_ONLY:
        return []
    return [
        f"{url}: {reference} shown without its title"
        for reference in sorted(set(DOCUMENT_REFERENCE.findall(text)))
        if titles.get(reference) and titles[reference] not in text
    ]


def _wrappers_missing(url: str, body: str) -> list[str]:
    """Tables that would widen a phone's page without JavaScript: every table
    scrolls in a wrapper the keyboard reaches, named as a region."""
    if url.startswith("/admin/"):
        return []
    problems = []
    wrappers = SCROLL_WRAPPER.findall(body)
    if len(wrappers) < body.count("<table"):
        problems.append(f"{url}: a table without a scroll wrapper in the HTML")
    for tag in wrappers:
        named = re.search(r'aria-label(?:ledby)?="[^"]+"', tag)
        if 'tabindex="0"' not in tag or 'role="region"' not in tag or not named:
            problems.append(f"{url}: scroll wrapper not a named, focusable region")
    return problems


def _document_titles() -> dict[str, str]:
    """Every demo document's title (its file name) by reference."""
    from herstel.dossiers.models import Document
    from herstel.dossiers.sealed_values import documents_open

    documents = list(Document.objects.all())
    opened = documents_open(documents=documents)
    return {d.reference: opened[d.pk].filename for d in documents}


def _english(
    user, paths: list[str], foreign: set[str], titles: dict[str, str]
) -> list[str]:
    """Each page in English, read without a browser (the text is the same);
    document titles and table wrappers are checked in what the server sends."""
    from html import unescape

    from django.test import Client

    from herstel.accounts.tests.factories import login_verified

    client = Client()
    if user is not None:
        login_verified(client, user)
    client.cookies["django_language"] = "en"
    problems: list[str] = []
    for path in paths:
        if path.startswith("!"):
            continue
        response = client.get(path)
        if not response.get("Content-Type", "").startswith("text/html"):
            continue
        # What a reader sees, like innerText in the browser: no scripts, no
        # styles, and a closed select's options are not shown either.
        html = re.sub(
            r"<(script|style|select)\b.*?</\1>",
            " ",
            response.content.decode(),
            flags=re.S,
        )
        body = html.split("<body", 1)[-1]
        text = unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)))
        problems.extend(_text_problems(path, text, "en", foreign))
        problems.extend(_titles_missing(path, text, titles))
        problems.extend(_wrappers_missing(path, body))
    return problems


def test_every_page_of_every_role_is_accessible_and_translated(
    demo_world, live_server, page
):
    started = time.monotonic()
    _log("demo world loaded")
    english, dutch = _interface_texts()
    problems: list[str] = []
    counts: dict[str, int] = {}
    # A view is checked in the browser by the first role that reaches it (the
    # start page by every role: its navigation differs); every role's pages
    # are read in English.
    checked: set[str | None] = set()
    titles = _document_titles()
    assert sum(bool(title) for title in titles.values()) >= DOCUMENTS // 2, titles
    users = {username: role for username, _f, _l, role in DEMO_USERS}
    for username, role in [("", None), *users.items()]:
        page.context.clear_cookies()
        user = User.objects.get(username=username) if username else None
        if user is not None:
            login_page(page, live_server, user)
            start = ["/"]
        else:
            start = PUBLIC_START
        paths = _crawl(page, live_server, start, MAX_PAGES)
        if role == Role.ADMINISTRATOR:
            # The dossier's change form first: it has the storage-location
            # inline, the admin's largest form.
            dossier = Dossier.objects.order_by("pk").first()
            admin_start = ["/admin/", f"/admin/dossiers/dossier/{dossier.pk}/change/"]
            paths += _crawl(page, live_server, admin_start, MAX_ADMIN_PAGES)
        # One page per view within the role too (the admin crawl starts again
        # from pages the first crawl may have reached).
        unique: dict[str | None, str] = {}
        for path in paths:
            unique.setdefault(path if path.startswith("!") else _view_key(path), path)
        paths = list(unique.values())
        counts[username or "public"] = len(paths)
        fresh = [
            path
            for path in paths
            if path == "/" or _view_key(path) not in checked or path.startswith("!")
        ]
        checked.update(_view_key(path) for path in paths)
        _log(f"{username or 'public'}: {len(paths)} pages, {len(fresh)} new: {fresh}")
        problems += _walk(page, live_server, fresh, english)
        readable = user is not None and user.has_perm("dossiers.read_inventory")
        problems += _english(user, paths, dutch, titles if readable else {})
    _log(f"{counts} pages in {time.monotonic() - started:.0f} s")
    for problem in problems:
        _log(problem)
    assert all(count >= 3 for count in counts.values()), counts
    assert problems == []
