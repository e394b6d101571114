# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Writes to the partner register: each checked, transactional and audited.

Every write of free text passes the privacy guard here as well as in the form,
so imports and future interfaces cannot skip it. A security advice blocks
contact moments, partnerships and invitations while it is active.
"""

from .advice import advice_lift
from .advice import advice_record
from .allowances import allowance_grant
from .allowances import allowance_revoke
from .common import ContactBlockedError
from .common import PersonalDataError
from .common import contact_refusal_record
from .common import guard_fields
from .common import guard_refusal_record
from .contacts import ContactData
from .contacts import contact_register
from .contacts import contact_structural_missing
from .contacts import contact_update
from .contacts import contact_validate
from .organisations import organisation_create
from .organisations import organisation_merge
from .organisations import organisation_update
from .partnerships import invitation_create
from .partnerships import partnership_create
from .publications import IssuedCopy
from .publications import confidential_copy_issue
from .publications import overview_publish

__all__ = [
    "ContactBlockedError",
    "ContactData",
    "IssuedCopy",
    "PersonalDataError",
    "advice_lift",
    "advice_record",
    "allowance_grant",
    "allowance_revoke",
    "confidential_copy_issue",
    "contact_refusal_record",
    "contact_register",
    "contact_structural_missing",
    "contact_update",
    "contact_validate",
    "guard_fields",
    "guard_refusal_record",
    "invitation_create",
    "organisation_create",
    "organisation_merge",
    "organisation_update",
    "overview_publish",
    "partnership_create",
]
