# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Detection of personal data in Dutch text.

Pure Python and usable without Django settings. Import
``herstel.detection.detectors`` to register the project's detectors, then call
:func:`herstel.detection.services.text_scan`.
"""
