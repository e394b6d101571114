# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Detection of personal data in Dutch text.

Usable without Django settings. The engine's hot modules are compiled to C by
mypyc where a compiler is present, and run as Python otherwise (:mod:`.native`). Import
``herstel.detection.detectors`` to register the project's detectors, then call
:func:`herstel.detection.services.text_scan`.
"""

from .native import activate

activate()  # before any compiled module is imported: see native.py
