# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Command-line tools that need no server or database: extract and scan."""
