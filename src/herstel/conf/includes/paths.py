# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Filesystem locations every other include builds on."""

from pathlib import Path

from ..env import config

SRC_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = SRC_DIR.parent.parent
VAR_DIR = Path(
    config(
        "HERSTEL_VAR_DIR",
        str(PROJECT_DIR / "var"),
        help_text="Directory for the embedded database, blobs, keys and logs.",
        group="Storage",
    )
)
