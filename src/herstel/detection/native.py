# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The compiled form of the detection engine's hot modules.

``make install`` (``setup.py``) compiles the modules in :data:`COMPILED` with
mypyc into C extension modules that lie beside their sources. The code is the
same Python; compiled, a scan takes about half the CPU time. Without a C
compiler the build is skipped and the engine runs as Python, with the same
findings (``detection/tests/test_native.py`` compares the two).

Python imports an extension module in preference to a source file of the same
name, so a compiled module older than its source would silently run old code.
The build records a digest of each source it compiled (:data:`MANIFEST`);
:func:`activate`, called when :mod:`herstel.detection` is imported, compares
them and imports all the sources instead when one differs, when a compiled
module is missing, or when ``HERSTEL_PURE_PYTHON`` is set (for profiling and
debugging). All or none: compiled modules call each other directly.

Only the standard library is imported here: ``setup.py`` reads this file.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

COMPILED = (
    "herstel.detection.names.words",
    "herstel.detection.names.language",
    "herstel.detection.names.candidate",
    "herstel.detection.names.runs",
    "herstel.detection.names.forms",
    "herstel.detection.names.scoring",
    "herstel.detection.names.document",
    "herstel.detection.names.analyser",
    "herstel.detection.scope",
    "herstel.detection.services",
    "herstel.detection.hits",
    "herstel.detection.detectors.special",
    "herstel.detection.detectors.addresses",
    "herstel.detection.detectors.identifiers",
    "herstel.detection.detectors.dates",
)
"""The modules compiled by mypyc, as one group (they call each other in C)."""

GROUP = "herstel.detection.compiled"
"""mypyc's shared library of the group: ``compiled__mypyc`` in this package."""

MANIFEST = "native.json"
"""Written beside this file by the build: the digest of each compiled source."""

ROOT = Path(__file__).resolve().parent.parent.parent
"""The folder that holds the ``herstel`` package."""

PURE_PYTHON = "HERSTEL_PURE_PYTHON"


def source(module: str, root: Path = ROOT) -> Path:
    """The source file of ``module``."""
    return root.joinpath(*module.split(".")).with_suffix(".py")


def digest(path: Path) -> str:
    """The SHA-256 of a source file, as the manifest records it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest(root: Path = ROOT) -> dict[str, str]:
    """The digest of each compiled module's source, as the build records it."""
    return {module: digest(source(module, root)) for module in COMPILED}


def _extension(module: str, root: Path) -> Path | None:
    """The compiled file of ``module``, if there is one."""
    path = source(module, root)
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        candidate = path.with_suffix(suffix)
        if candidate.exists():
            return candidate
    return None


def state(root: Path = ROOT, environ: Mapping[str, str] = os.environ) -> str:
    """``compiled``, ``python`` (never built), ``stale`` (a source changed
    since the build, or a compiled module is missing) or ``disabled``
    (``HERSTEL_PURE_PYTHON``)."""
    built = [_extension(module, root) for module in (*COMPILED, f"{GROUP}__mypyc")]
    if not any(built):
        return "python"
    if environ.get(PURE_PYTHON):
        return "disabled"
    path = source(GROUP, root).with_name(MANIFEST)
    try:
        recorded = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return "stale"
    if not all(built) or recorded.get("modules") != manifest(root):
        return "stale"
    return "compiled"


def running() -> str:
    """How the engine runs in this process: ``compiled`` or ``python``."""
    module = sys.modules.get(COMPILED[0])
    if module is None:
        return "compiled" if state() == "compiled" else "python"
    file = getattr(module, "__file__", "") or ""
    return "python" if file.endswith(".py") else "compiled"


class _Sources(importlib.abc.MetaPathFinder):
    """Finds the compiled modules' sources, ahead of their extension modules."""

    def find_spec(
        self,
        fullname: str,
        path: object = None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in COMPILED:
            return None
        return importlib.util.spec_from_file_location(fullname, source(fullname))


def activate() -> str:
    """Import the sources instead of stale or unwanted compiled modules; return
    :func:`state`. Called once, before any compiled module is imported."""
    current = state()
    if current in ("stale", "disabled") and not any(
        isinstance(finder, _Sources) for finder in sys.meta_path
    ):
        sys.meta_path.insert(0, _Sources())
    return current
