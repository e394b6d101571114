# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Local development and the demo (`make run`). Never use in production."""

from .env import local_environment

# A fixed, public development master key: the demo data set is synthetic.
local_environment(
    "dev-only-insecure-secret-key-do-not-use-in-production",
    "ZGV2LW9ubHktbWFzdGVyLWtleS1ub3Qtc2VjcmV0ISE=",
    DEBUG="true",
    HERSTEL_DEMO="true",
)

from .base import *  # noqa: E402 (after the environment defaults)
