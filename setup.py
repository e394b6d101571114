# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Build of Herstel's compiled detection modules; the rest is in pyproject.toml.

The modules listed in ``herstel/detection/native.py`` are compiled by mypyc
into C extension modules (a scan takes about half the CPU time). A machine
without a C compiler still installs Herstel: the build says why it could not
compile, and the engine runs as Python with the same findings. Set
``HERSTEL_PURE_PYTHON=1`` to skip the compilation.
"""

from __future__ import annotations

import json
import os
import runpy
import sys
from pathlib import Path

from setuptools import Extension
from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
NATIVE = runpy.run_path(str(HERE / "src" / "herstel" / "detection" / "native.py"))


def _skip(error: BaseException) -> None:
    sys.stderr.write(
        "herstel: the detection engine was not compiled and runs as Python, "
        f"with the same findings at about half the speed ({error})\n"
    )


class OptionalBuildExt(build_ext):
    """Compile what can be compiled; without a compiler, install Python only.

    Writes the digests of the compiled sources (``native.json``) beside the
    extension modules: they tell ``native.activate`` that those are current.
    """

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:
            _skip(error)
            return
        if not self.extensions:
            return
        package = Path(self.get_ext_fullpath(NATIVE["GROUP"] + "__mypyc")).parent
        package.mkdir(parents=True, exist_ok=True)
        from mypy.version import __version__ as mypy_version

        record = {"modules": NATIVE["manifest"](), "mypyc": mypy_version}
        (package / NATIVE["MANIFEST"]).write_text(
            json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def _extensions() -> list[Extension]:
    if os.environ.get(NATIVE["PURE_PYTHON"]):
        return []
    sources = [
        str(NATIVE["source"](module).relative_to(HERE)) for module in NATIVE["COMPILED"]
    ]
    try:
        from mypyc.build import mypycify

        return mypycify(
            [
                # Its own settings, not the project's [tool.mypy]: the Django
                # plugin needs Django and settings, which a build does not
                # have. Imported modules are read for their types only.
                "--config-file=",
                "--python-version=3.11",
                "--ignore-missing-imports",
                "--follow-imports=silent",
                *sources,
            ],
            opt_level="3",
            group_name=NATIVE["GROUP"],
        )
    except (Exception, SystemExit) as error:  # a type error exits mypyc
        _skip(error)
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
