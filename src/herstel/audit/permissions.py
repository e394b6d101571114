# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The audit trail is for the privacy officer (FG).

The rules ``audit.read_trail`` and ``audit.export_trail`` are added by
``herstel.accounts.permissions``: roles live in accounts, which sits above
audit, so audit names no role itself (see docs/architecture.md).
"""
