# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""``herstel extract`` and ``herstel scan`` run without settings or database."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from herstel.core.testing.processes import environ_without
from herstel.core.testing.processes import python_run

ROOT = Path(__file__).resolve().parents[4]
CONTENT = (
    "Notitie\r\n\r\nDe heer Johan van der Berg  (Zwolle) mailde "
    "j.berg@example.nl;\tBSN 111222333.\n\nMevrouw  El Amrani belde.\n"
)


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", "from herstel.cli import main; main()", *args],
        capture_output=True,
        text=True,
        env=environ_without("DJANGO_"),
        cwd=ROOT,
        check=False,
    )


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "notitie.txt"
    path.write_bytes(CONTENT.encode("utf-8"))
    (tmp_path / "kapot.pdf").write_bytes(b"%PDF-1.4 broken")
    return tmp_path


def test_extract_prints_text(sample):
    result = _run("extract", str(sample / "notitie.txt"))
    assert result.returncode == 0
    assert result.stdout == CONTENT.replace("\r\n", "\n")  # text mode on stdout


def test_scan_jsonl_offsets_index_the_unchanged_file(sample):
    result = _run("scan", str(sample), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows
    for row in rows:
        assert set(row) == {
            "path",
            "start",
            "end",
            "category",
            "text",
            "score",
            "detector",
        }
        if row["path"].endswith(".txt"):
            assert CONTENT[row["start"] : row["end"]] == row["text"]
    assert any(r["category"] == "email" for r in rows)
    assert "1 skipped" in result.stderr
    assert "kapot.pdf" in result.stderr


def test_scan_categories_filter_and_formats(sample):
    result = _run(
        "scan", str(sample / "notitie.txt"), "--categories", "email", "--format", "csv"
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "path,start,end,category,text,score,detector"
    assert all(",email," in line for line in lines[1:])
    table = _run("scan", str(sample / "notitie.txt"), "--format", "table")
    assert table.returncode == 0
    bad = _run("scan", str(sample), "--categories", "nonsense")
    assert bad.returncode == 2
    assert "unknown categories" in bad.stderr


def test_scan_with_jobs(sample):
    one = _run("scan", str(sample), "--jobs", "1")
    two = _run("scan", str(sample), "--jobs", "2")
    assert one.stdout == two.stdout


def test_failed_parts_are_printed_by_extract_and_scan(tmp_path):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("goed.txt", "Jan Jansen woont in Gouda.")
        archive.writestr("kapot.pdf", b"%PDF-1.4 broken")
    (tmp_path / "stukken.zip").write_bytes(buffer.getvalue())
    extracted = _run("extract", str(tmp_path / "stukken.zip"))
    assert extracted.returncode == 0
    assert "Jan Jansen" in extracted.stdout
    assert "kapot.pdf: corrupt" in extracted.stderr
    scanned = _run("scan", str(tmp_path))
    assert scanned.returncode == 0
    assert "1 parts failed in 1 files" in scanned.stderr
    assert "stukken.zip -> kapot.pdf: corrupt" in scanned.stderr


def test_scan_of_plain_text_imports_no_other_parser(sample):
    """Start-up: scanning a .txt file loads neither the parsers of other formats
    nor their libraries, nor charset guessing for UTF-8, nor the ORM."""
    script = (
        "import json, sys\n"
        "from herstel.tools.scan import scan\n"
        f"scan([{str(sample / 'notitie.txt')!r}])\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = python_run(script, env=environ_without("DJANGO_"))
    loaded = set(json.loads(result.stdout.splitlines()[-1]))
    heavy = {
        "charset_normalizer",
        "openpyxl",
        "pypdf",
        "odf",
        "olefile",
        "zipfile",
        "django.db",
        "django.conf",
        "herstel.extraction.pdf",
        "herstel.extraction.ooxml",
        "herstel.extraction.sandbox",
        "multiprocessing",
    }
    assert loaded.isdisjoint(heavy), sorted(loaded & heavy)


def test_jsonl_rows_are_what_json_dumps_writes() -> None:
    """The JSONL writer gives the bytes of ``json.dumps``, for every kind
    of value a row may hold."""
    from herstel.tools.scan import _jsonl

    rows = [
        {"path": "a/b c.txt", "start": 0, "end": 12, "category": "person"},
        {"text": 'Ahmed "El" Amrani\n\t\\ é ü 𝄞 \u2028 \x00', "score": 0.9},
        {"score": 1.0, "n": -3, "big": 10**20, "tiny": 1e-7, "flag": True},
        {"none": None, "nan": float("nan"), "inf": float("-inf"), "list": [1]},
    ]
    for row in rows:
        assert _jsonl(row) == json.dumps(row, ensure_ascii=False) + "\n"
