# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The worker subprocess: same results, hard time limit, pools, fallback."""

from __future__ import annotations

import multiprocessing
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from herstel.extraction import ExtractionError
from herstel.extraction import extract_text
from herstel.extraction import sandbox

from .samples import make_docx
from .samples import make_email
from .samples import make_long_pdf
from .samples import make_msg
from .samples import make_odt
from .samples import make_pdf
from .samples import make_xlsx
from .samples import make_zip

SAMPLES = {
    "pdf": make_pdf,
    "docx": make_docx,
    "odt": make_odt,
    "xlsx": make_xlsx,
    "msg": make_msg,
    "eml": lambda: make_email(
        attachments=(("a.pdf", make_pdf(), "application", "pdf"),)
    ),
    "zip": lambda: make_zip(
        {"a.txt": "Tekst met één \udcff".encode("utf-8", "surrogateescape")}
    ),
}


def _fake_worker(script: str) -> sandbox._Worker:
    """A worker process that says it is ready and then runs ``script``."""
    boot = "import sys; sys.stdout.buffer.write(b'R'); sys.stdout.flush()\n"
    return sandbox._Worker([sys.executable, "-c", boot + script])


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_isolated_result_equals_in_process_result(name: str) -> None:
    """The worker returns exactly what in-process extraction returns."""
    data = SAMPLES[name]()
    assert extract_text(data) == extract_text(data, isolate=False)


def test_errors_cross_the_process_boundary() -> None:
    """An ExtractionError raised in the worker arrives with code and message."""
    with pytest.raises(ExtractionError) as caught:
        extract_text(b"%PDF-1.4 rommel", "kapot.pdf")
    assert caught.value.code == "corrupt"
    assert "cannot be read" in caught.value.message


def test_timeout_with_a_tiny_limit() -> None:
    """A long PDF with a tiny limit gives ``timeout`` quickly; the next call works.

    Which ``timeout`` depends on where the clock runs out: the worker is killed
    at the limit (the whole file fails with ``timeout``), or past 80 % of it the
    PDF reader returns the pages read so far and lists the rest as ``timeout``.
    """
    data = make_long_pdf(150)
    started = time.monotonic()
    try:
        result = extract_text(data, "lang.pdf", timeout=0.05)
    except ExtractionError as exc:
        assert exc.code == "timeout"
    else:
        codes = {code for _path, code, _message in result.failures}
        codes |= {code for _path, code in result.skipped}
        assert "timeout" in codes
    assert time.monotonic() - started < 5
    assert "Deze zin" in extract_text(make_pdf()).text


def test_a_hung_worker_is_killed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker stuck where no cooperative check runs is killed at the deadline."""
    stuck = _fake_worker("import time; time.sleep(600)")
    monkeypatch.setattr(sandbox._POOL, "acquire", lambda: stuck)
    started = time.monotonic()
    with pytest.raises(ExtractionError) as caught:
        extract_text(b"%PDF-1.4 tekst", timeout=0.2)  # plain text skips the worker
    assert caught.value.code == "timeout"
    assert time.monotonic() - started < 5
    assert stuck.process.poll() is not None


def test_a_crashed_worker_is_reported_as_corrupt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker that dies mid-request (a segfault, say) gives ``corrupt``."""
    crashing = _fake_worker("import os, sys; sys.stdin.buffer.read(4); os._exit(139)")
    monkeypatch.setattr(sandbox._POOL, "acquire", lambda: crashing)
    with pytest.raises(ExtractionError) as caught:
        extract_text(b"%PDF-1.4 tekst")  # plain text skips the worker
    assert caught.value.code == "corrupt"


def test_falls_back_in_process_without_a_worker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When no worker can start, extraction still works in-process."""
    sandbox.shutdown()
    monkeypatch.setattr(sys, "executable", "/nonexistent/python3")
    monkeypatch.setattr(sandbox._POOL, "fallback_warned", False)
    assert extract_text(b"Gewone tekst.").text == "Gewone tekst."


def test_threads_share_the_pool() -> None:
    """Concurrent calls from threads each get their own worker."""
    samples = [SAMPLES[name]() for name in sorted(SAMPLES)] * 2
    with ThreadPoolExecutor(max_workers=4) as executor:
        results = list(executor.map(extract_text, samples))
    expected = [extract_text(data, isolate=False) for data in samples]
    assert results == expected


def _text_in_pool(data: bytes) -> str:
    return extract_text(data, timeout=30).text


def test_works_in_a_daemonic_process_pool() -> None:
    """Daemonic pool processes (as in Celery prefork) can use workers, after fork."""
    extract_text(make_pdf())  # the parent has an idle worker when it forks
    samples = [make_pdf(), make_docx(), make_xlsx()]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        texts = pool.map(_text_in_pool, samples)
    assert texts == [extract_text(data, isolate=False).text for data in samples]
    assert "Deze zin" in extract_text(make_pdf()).text  # the parent's still work
