# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Offline build of the lexicons that ship in ``herstel/detection/data/``.

Run ``.venv/bin/python bin/build_lexicons.py`` after changing the sources or
this package. The product itself never imports this package.
"""

from .lexicons import SCRIPT_VERSION
from .lexicons import lexicons_build

__all__ = ["SCRIPT_VERSION", "lexicons_build"]
