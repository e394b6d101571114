# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Partner register pages: thin views over selectors and services."""

from .allowances import allowance_revoke, allowances
from .contacts import contact_create, contact_detail, contact_edit, contact_index
from .imports import import_view
from .organisations import (
    advice_create,
    advice_lift,
    invitation_create,
    organisation_create,
    organisation_detail,
    organisation_edit,
    organisation_index,
    organisation_merge,
    partnership_create,
)
from .reports import (
    confidential_list,
    overview,
    overview_download,
    overview_publish,
    public_download,
    public_index,
    public_overview,
    signals,
)

__all__ = [
    "advice_create",
    "advice_lift",
    "allowance_revoke",
    "allowances",
    "confidential_list",
    "contact_create",
    "contact_detail",
    "contact_edit",
    "contact_index",
    "import_view",
    "invitation_create",
    "organisation_create",
    "organisation_detail",
    "organisation_edit",
    "organisation_index",
    "organisation_merge",
    "overview",
    "overview_download",
    "overview_publish",
    "partnership_create",
    "public_download",
    "public_index",
    "public_overview",
    "signals",
]
