# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The production profile as separate processes on loopback.

Two gunicorn web servers, two Celery workers and Celery beat with production
settings, a throwaway PostgreSQL cluster and a throwaway redis-server. An
ingest (command process, analysed by the workers), an access request (public
form on one web server, staff pages on the other, answered, the requester's
download with a mailed code) and a destruction run (executed by a worker);
then the audit chain, the key store and storage must agree.
"""

from __future__ import annotations

import os
import re
import time

import pytest

from herstel.inquiries.tests.conftest import johan_form
from herstel.tests.deployment.profile import form_fields
from herstel.tests.deployment.profile import http_session
from herstel.tests.deployment.profile import missing_binaries
from herstel.tests.deployment.profile import prepare_post
from herstel.tests.deployment.profile import production_profile
from herstel.tests.deployment.profile import staff_login

MISSING = missing_binaries()

pytestmark = [
    pytest.mark.skipif(MISSING is not None, reason=str(MISSING)),
    pytest.mark.skipif(
        os.environ.get("HERSTEL_TEST_DATABASE") == "postgres",
        reason="runs once, in the first pass: the profile starts its own PostgreSQL",
    ),
    # With the Celery worker test on one worker: never two sets of servers.
    pytest.mark.xdist_group("servers"),
]

KEPT = [
    "Verslag gesprek\n\nDe heer Johan van der Berg uit Zwolle sprak met de "
    "wijkagent over de moskee. J. van der Berg belde later opnieuw.\n",
    "Notitie\n\nMevrouw Fatima el Amrani uit Gouda mailde f.amrani@example.nl.\n",
]
DESTROYED = [
    f"Signaal {n}\n\nDe heer Pieter de Vries {n} uit Tiel werd besproken.\n"
    for n in range(6)
]


def _wait(condition, seconds: float, profile, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        dead = set(profile.processes) - set(profile.alive())
        assert not dead, f"stopped: {dead}\n{profile.logs()}"
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}\n{profile.logs()}")


def _write(directory, texts):
    directory.mkdir()
    for number, text in enumerate(texts):
        (directory / f"{number}.txt").write_text(text, encoding="utf-8")


def test_production_profile_across_processes(tmp_path):
    with production_profile(web=2, workers=2, beat=True) as profile:
        web1, web2 = profile.web_urls
        import requests

        for url in profile.web_urls:
            ready = requests.get(f"{url}/health/ready", timeout=30)
            assert ready.status_code == 200, ready.text
            assert ready.json()["checks"] == {
                "database": "ok",
                "keystore": "ok",
                "storage": "ok",
                "broker": "ok",
            }
        seeded = profile.driver("seed", staff=1, dossiers=["inzage", "vernietiging"])

        # Ingest in a command process; the two workers extract and scan.
        _write(tmp_path / "kept", KEPT)
        _write(tmp_path / "destroyed", DESTROYED)
        profile.manage("ingest", str(tmp_path / "kept"), "--dossier", "inzage")
        profile.manage(
            "ingest", str(tmp_path / "destroyed"), "--dossier", "vernietiging"
        )
        _wait(
            lambda: (
                profile.sql(
                    "SELECT count(*) FROM dossiers_document WHERE status = 'extracted'"
                )[0][0]
                == len(KEPT) + len(DESTROYED)
            ),
            90,
            profile,
            "the workers to extract the documents",
        )
        for name in ("worker1", "worker2"):
            assert "ready." in profile.log(name), profile.log(name)[-3000:]
        succeeded = profile.log("worker1").count("succeeded") + profile.log(
            "worker2"
        ).count("succeeded")
        assert succeeded >= len(KEPT) + len(DESTROYED), profile.logs()

        # A citizen sends the public form to web server 1.
        citizen = http_session()
        form_url = f"{web1}/inzage/{seeded['campaign']}/"
        page = citizen.get(form_url, timeout=30)
        assert page.status_code == 200
        data = {**form_fields(page.text), **johan_form(names="Johan van der Berg")}
        done = citizen.post(form_url, timeout=30, **prepare_post(citizen, web1, data))
        assert done.status_code == 200, done.text[:3000]
        reference = re.search(r'class="reference">([^<]+)<', done.text).group(1)

        # Staff log in (password + TOTP) on web server 2 and open the request.
        analyst = seeded["analysts"][0]
        staff = http_session()
        staff_login(
            staff, web2, analyst["username"], analyst["password"], analyst["key"]
        )
        detail = staff.get(f"{web2}/verzoeken/{reference}/", timeout=30)
        assert detail.status_code == 200
        assert "Johan van der Berg" in detail.text

        # Answered in another process; the requester downloads from web 1.
        answered = profile.driver("answer", reference=reference)
        assert answered["matched"] == 1 and answered["token"], answered
        download = f"{web1}/inzage/download/{answered['token']}/"
        citizen.get(download, timeout=30)
        citizen.post(
            download, timeout=30, **prepare_post(citizen, web1, {"action": "send"})
        )
        code = _wait(
            lambda: re.findall(r"code is (\d{6})\.", profile.mails()),
            10,
            profile,
            "the mailed code",
        )[-1]
        confirmed = citizen.post(
            download,
            timeout=30,
            allow_redirects=False,
            **prepare_post(citizen, web1, {"action": "check", "code": code}),
        )
        assert confirmed.status_code == 302
        letter = citizen.get(f"{download}letter.pdf", timeout=60)
        assert letter.status_code == 200
        assert letter.content.startswith(b"%PDF")

        # A destruction run, executed by a worker.
        started = profile.driver("destroy", dossier="vernietiging")
        assert started["documents"] == len(DESTROYED)
        _wait(
            lambda: (
                profile.sql(
                    "SELECT status FROM disposition_destructionrun WHERE id = %s",
                    started["run"],
                )[0][0]
                in {"checklist", "completed"}
            ),
            90,
            profile,
            "the destruction run",
        )
        finished = profile.driver("run_status", run=started["run"])
        assert finished["items"] == {"destroyed": len(DESTROYED)}, finished

        # Consistency: audit chain, key store, storage.
        checked = profile.driver(
            "verify", destroyed=started["destroyed"], kept_dossier="inzage"
        )
        assert checked["audit_ok"], checked
        assert checked["problems"] == [], checked
        assert checked["readable"] == len(KEPT)

        # Beat runs with the schedule; logs carry no personal data.
        assert "beat: Starting" in profile.log("beat"), profile.log("beat")
        assert profile.alive() == list(profile.processes), profile.logs()
        everything = "".join(profile.log(name) for name in profile.processes)
        for secret in ("Johan", "van der Berg", "Pieter de Vries", reference):
            assert secret not in everything, secret
