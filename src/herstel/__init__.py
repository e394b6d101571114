# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Herstel: put right personal data processed without a legal basis."""

__version__ = "0.1.0"
