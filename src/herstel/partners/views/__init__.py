# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Partner register pages: thin views over selectors and services."""

from .allowances import allowance_revoke
from .allowances import allowances
from .contacts import contact_create
from .contacts import contact_detail
from .contacts import contact_edit
from .contacts import contact_index
from .imports import import_view
from .organisations import advice_create
from .organisations import advice_lift
from .organisations import invitation_create
from .organisations import organisation_create
from .organisations import organisation_detail
from .organisations import organisation_edit
from .organisations import organisation_index
from .organisations import organisation_merge
from .organisations import partnership_create
from .reports import confidential_list
from .reports import overview
from .reports import overview_download
from .reports import overview_publish
from .reports import public_download
from .reports import public_index
from .reports import public_overview
from .reports import signals

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
