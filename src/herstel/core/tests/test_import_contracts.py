# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The import contracts (.importlinter) hold, and fail on a wrong import.

The second test copies the package, adds three deliberately wrong imports
(the ground floor importing a domain app, one app importing another's
internals, a cycle inside a package) and checks that ``lint-imports`` refuses
each with the real contracts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[4]
CONFIG = ROOT / ".importlinter"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"

pytestmark = pytest.mark.skipif(
    not LINT_IMPORTS.exists(), reason="import-linter (the dev extra) is not installed"
)


def _run(src: Path, config: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(src), "COLUMNS": "200"}
    return subprocess.run(  # noqa: S603  (our own lint-imports, fixed arguments)
        [str(LINT_IMPORTS), str(config), "--no-cache"],
        cwd=src,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_contracts_hold() -> None:
    result = _run(ROOT / "src", CONFIG)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def _append(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n" + line + "\n")


def test_a_wrong_import_breaks_the_contracts(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(
        ROOT / "src" / "herstel",
        src / "herstel",
        ignore=shutil.ignore_patterns("*.mo", "*.po", "static", "__pycache__"),
    )
    package = src / "herstel"
    # The ground floor importing a domain app.
    _append(package / "core" / "context.py", "import herstel.dossiers.services")
    # One app reaching into another's internals (not services/selectors).
    _append(package / "notices" / "views.py", "import herstel.partners.forms")
    # A cycle inside a package: models already imports constants.
    _append(package / "dossiers" / "constants.py", "import herstel.dossiers.models")
    result = _run(src, CONFIG)
    out = " ".join(result.stdout.split())
    assert result.returncode == 1, out
    assert "herstel.core is not allowed to import herstel.dossiers" in out
    assert "herstel.notices.views -> herstel.partners.forms" in out
    assert "No cycles are allowed in herstel.dossiers" in out
    assert "3 broken" in out
