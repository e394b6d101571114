# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The compiled detection engine (native.py): same findings as the Python
sources, used only while it is current, and built wherever it can be."""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from herstel.detection import native

_SCAN = """
import json, sys
import herstel.detection.detectors
from herstel.detection import native
from herstel.detection.services import text_scan
texts = json.loads(sys.stdin.read())
found = [
    [m.category, m.start, m.end, round(m.score, 6), m.explanation.method]
    for profile in ("balanced", "recall")
    for text in texts
    for m in text_scan(text=text, profile=profile)
]
print(json.dumps({"running": native.running(), "found": found}))
"""

_TEXTS = [
    "Geachte heer Jansen,\n\nNaar aanleiding van uw brief van 3 maart 2024 aan "
    "het Ministerie van Volksgezondheid, Welzijn en Sport laat ik u weten dat "
    "mevrouw A.B. van der Berg-El Amrani (BSN 111222333) de zaak behandelt.\n\n"
    "Met vriendelijke groet,\n\nDe minister voor Medische Zorg,\n\nP. de Vries\n",
    "Vragen van het lid Kuiken (PvdA) aan de staatssecretaris van Financiën over "
    "de Toeslagenwet. Zie ook Jansen AB, Pietersen CD (2019). Ahmed El Amrani en "
    "Fatma Yilmaz wonen in Rotterdam, Laurens Costerstraat 12, 1051 KM.\n(LH)\n",
    "The Element of Surprise was published by Health Policies Ltd. Mark and "
    "Frank met Ms Smith in London on Tuesday.",
]


def _scan(pure: bool) -> dict[str, object]:
    environ = {k: v for k, v in os.environ.items() if k != native.PURE_PYTHON}
    if pure:
        environ[native.PURE_PYTHON] = "1"
    done = subprocess.run(  # noqa: S603 - this Python, fixed script, no shell
        [sys.executable, "-c", _SCAN],
        input=json.dumps(_TEXTS),
        capture_output=True,
        text=True,
        env=environ,
        check=True,
        timeout=120,
    )
    return json.loads(done.stdout)


@pytest.mark.skipif(
    native.state() != "compiled",
    reason="the detection engine is not compiled here (native.state() is "
    f"{native.state()!r}); make install compiles it",
)
def test_compiled_and_python_engines_find_the_same() -> None:
    compiled, python = _scan(pure=False), _scan(pure=True)
    assert compiled["running"] == "compiled"
    assert python["running"] == "python"
    assert compiled["found"] == python["found"]
    categories = {row[0] for row in compiled["found"]}
    assert {"person", "organisation", "bsn", "postcode"} <= categories


def _can_compile() -> bool:
    include = Path(sysconfig.get_paths()["include"]) / "Python.h"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return shutil.which(compiler) is not None and include.exists()


@pytest.mark.skipif(not _can_compile(), reason="no C compiler or Python headers")
@pytest.mark.skipif(
    bool(os.environ.get(native.PURE_PYTHON)), reason="HERSTEL_PURE_PYTHON is set"
)
def test_engine_is_compiled_where_a_compiler_is() -> None:
    # A type error that mypyc refuses makes the build fall back to Python:
    # this is where that shows.
    assert native.state() == "compiled", (
        "the detection engine is not compiled or older than its sources: "
        "run 'make install' and read what it prints"
    )


def _tree(root: Path) -> None:
    """A fake build: every compiled module's source, extension and manifest."""
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    for module in (*native.COMPILED, f"{native.GROUP}__mypyc"):
        path = native.source(module, root)
        path.parent.mkdir(parents=True, exist_ok=True)
        if module in native.COMPILED:
            path.write_text(f"# {module}\n", encoding="utf-8")
        path.with_suffix(suffix).write_bytes(b"")
    manifest = native.source(native.GROUP, root).with_name(native.MANIFEST)
    manifest.write_text(json.dumps({"modules": native.manifest(root)}), "utf-8")


def test_state_of_a_current_build(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert native.state(tmp_path, {}) == "compiled"
    assert native.state(tmp_path, {native.PURE_PYTHON: "1"}) == "disabled"


def test_a_changed_source_makes_the_build_stale(tmp_path: Path) -> None:
    _tree(tmp_path)
    runs = native.source("herstel.detection.names.runs", tmp_path)
    runs.write_text(runs.read_text("utf-8") + "# edited\n", "utf-8")
    assert native.state(tmp_path, {}) == "stale"


def test_a_missing_extension_or_manifest_makes_the_build_stale(tmp_path: Path) -> None:
    _tree(tmp_path)
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    group = native.source(f"{native.GROUP}__mypyc", tmp_path).with_suffix(suffix)
    group.unlink()
    assert native.state(tmp_path, {}) == "stale"
    _tree(tmp_path)
    native.source(native.GROUP, tmp_path).with_name(native.MANIFEST).unlink()
    assert native.state(tmp_path, {}) == "stale"


def test_without_a_build_the_engine_is_python(tmp_path: Path) -> None:
    for module in native.COMPILED:
        path = native.source(module, tmp_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("", encoding="utf-8")
    assert native.state(tmp_path, {}) == "python"


def test_stale_build_warns_in_the_system_checks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from herstel.detection.apps import engine_compiled

    monkeypatch.setattr(native, "state", lambda: "stale")
    assert [message.id for message in engine_compiled()] == ["herstel_detection.W001"]
    monkeypatch.setattr(native, "state", lambda: "compiled")
    assert engine_compiled() == []
