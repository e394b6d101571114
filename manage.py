#!/usr/bin/env python
# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Developer entry point; the installed ``herstel`` command does the same."""

from herstel.cli import main

if __name__ == "__main__":
    main()
