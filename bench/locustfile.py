# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Locust scenario for bench/load.py: staff sessions and citizens on loopback.

Staff (one account each, password + TOTP through the real login) browse the
pages of their work with 1–5 s think time (uniform, 3 s on average: a person
reading a list or a document before the next click; HERSTEL_LOAD_THINK, e.g.
"1-5"); citizens open and send the public form. Targets and accounts come from the JSON file in HERSTEL_LOAD_PLAN.
Started by bench/load.py against the production profile on 127.0.0.1 only.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import threading
import time
from pathlib import Path
from typing import Any

import gevent
from locust import HttpUser
from locust import between
from locust import task
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from herstel.tests.deployment.profile import _allow_secure_cookies_on_loopback
from herstel.tests.deployment.profile import form_fields
from herstel.tests.deployment.profile import totp_code

PLAN = json.loads(Path(os.environ["HERSTEL_LOAD_PLAN"]).read_text(encoding="utf-8"))
_accounts = itertools.cycle(PLAN["analysts"])
_lock = threading.Lock()
_allow_secure_cookies_on_loopback()


class _Browser(HttpUser):
    abstract = True

    def on_start(self) -> None:
        # Like a browser, send a GET again once when the server closed the
        # kept-alive connection just as it went out (gunicorn closes idle
        # connections after 5 s, within the think time; nginx in front keeps
        # them open in production).
        retry = Retry(
            total=1, connect=1, read=1, allowed_methods=["GET"], raise_on_status=False
        )
        self.client.mount("http://", HTTPAdapter(max_retries=retry))
        self.client.headers["X-Forwarded-Proto"] = "https"
        origin = "https://" + self.host.split("://", 1)[1]
        self.client.headers["Origin"] = origin
        self.client.headers["Referer"] = origin + "/"

    def post(self, path: str, data: dict[str, str], name: str, **kwargs):  # type: ignore[no-untyped-def]
        token = self.client.cookies.get("csrftoken", "")
        return self.client.post(
            path, data={**data, "csrfmiddlewaretoken": token}, name=name, **kwargs
        )


_THINK = [float(x) for x in os.environ.get("HERSTEL_LOAD_THINK", "1-5").split("-")]
_MEASURE = float(os.environ.get("HERSTEL_LOAD_SECONDS", "0"))
_MARK = os.environ.get("HERSTEL_LOAD_MARK", "")
_logged_in = 0


def _login_done(environment: Any) -> None:
    """When every staff session has logged in (a login storm hashes a password
    per session), start the measured window: reset the statistics, tell
    bench/load.py (the mark file) and stop HERSTEL_LOAD_SECONDS later."""
    global _logged_in
    with _lock:
        _logged_in += 1
        if _logged_in != Staff.fixed_count:
            return
    environment.runner.stats.reset_all()
    if _MARK:
        Path(_MARK).write_text(str(time.time()), encoding="utf-8")
    if _MEASURE:
        gevent.spawn_later(_MEASURE, environment.runner.quit)


def _page_task(weight: int, path: str, name: str) -> Any:
    """A task (picked ``weight`` times as often as a task of weight 1) that
    GETs one fixed page."""

    @task(weight)
    def visit(user: Staff) -> None:
        user.page(path, name)

    return visit


class Staff(_Browser):
    fixed_count = int(os.environ.get("HERSTEL_LOAD_STAFF", "50"))
    wait_time = between(_THINK[0], _THINK[-1])

    def on_start(self) -> None:
        super().on_start()
        with _lock:
            account = next(_accounts)
        try:
            # A session whose login broke off (a reset connection, a code that
            # expired while queued) logs in again, as a person would.
            for _attempt in range(3):
                if self._log_in(account):
                    break
        finally:
            _login_done(self.environment)

    def _log_in(self, account: dict[str, str]) -> bool:
        self.client.get("/accounts/login/", name="login page")
        self.post(
            "/accounts/login/",
            {"username": account["username"], "password": account["password"]},
            name="login: password",
        )
        # A code that waited too long in a queue expires, as it would for a
        # person: wait for the next one and try again (three times at most).
        for _attempt in range(3):
            response = self.post(
                "/accounts/verify/",
                {"token": totp_code(account["key"])},
                name="login: TOTP code",
            )
            url = response.url or ""
            if response.status_code == 200 and "/accounts/" not in url:
                return True
            if "/accounts/verify/" not in url:
                return False  # back at the password step
            time.sleep(30 - time.time() % 30 + 1)
        return False

    def page(self, path: str, name: str) -> None:
        """GET a page; a redirect to the login or code page is an error."""
        with self.client.get(path, name=name, catch_response=True) as response:
            if response.status_code == 200 and "/accounts/" in (response.url or ""):
                response.failure("redirected to the login")

    home = _page_task(3, "/", "home")
    dossiers = _page_task(3, "/dossiers/", "dossiers: list")
    worklist = _page_task(2, "/verzoeken/", "requests: worklist")
    dashboard = _page_task(1, "/verzoeken/overzicht/", "requests: dashboard")
    disposition = _page_task(1, "/disposition/", "disposition: overview")

    @task(3)
    def dossier(self) -> None:
        slug = random.choice(PLAN["dossiers"])  # noqa: S311
        self.page(f"/dossiers/{slug}/", "dossiers: dossier")

    @task(5)
    def document(self) -> None:
        reference = random.choice(PLAN["documents"])  # noqa: S311
        self.page(f"/dossiers/documents/{reference}/", "dossiers: document text")

    @task(2)
    def subject_search(self) -> None:
        self.page("/dossiers/subjects/", "subjects: search form")
        self.post(
            "/dossiers/subjects/",
            {"name": random.choice(["Jansen", "de Vries", "Bakker"]), "place": ""},  # noqa: S311
            name="subjects: search",
        )

    @task(2)
    def request_detail(self) -> None:
        if PLAN["requests"]:
            reference = random.choice(PLAN["requests"])  # noqa: S311
            self.page(f"/verzoeken/{reference}/", "requests: request")


class Citizen(_Browser):
    fixed_count = int(os.environ.get("HERSTEL_LOAD_CITIZENS", "5"))
    wait_time = between(5, 15)

    @task
    def send_form(self) -> None:
        path = f"/inzage/{PLAN['campaign']}/"
        page = self.client.get(path, name="public form")
        number = random.randrange(10**6)  # noqa: S311
        with self.post(
            path,
            {
                **form_fields(page.text),
                "names": f"Burger Proef {number}",
                "places": "Tiel",
                "birth_date": "01-01-1980",
                "email": f"burger{number}@example.nl",
                "address": "",
                "verification_method": "in_person",
                "consent": "on",
                "website": "",
            },
            name="public form: send",
            catch_response=True,
        ) as response:
            if "/ontvangen/" not in (response.url or ""):
                response.failure("the form was not accepted")
