# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Who may work on access requests. See docs/permissions.md."""

import rules

from herstel.accounts.constants import Role
from herstel.accounts.permissions import did_not_propose
from herstel.accounts.permissions import has_role

can_read_requests = has_role(Role.ANALYST, Role.REVIEWER)
can_work_requests = has_role(Role.ANALYST)
can_approve = has_role(Role.REVIEWER)
can_see_dashboard = has_role(Role.ANALYST, Role.REVIEWER, Role.PRIVACY_OFFICER)


rules.add_perm("inquiries.view_dashboard", can_see_dashboard)
rules.add_perm("inquiries.read_request", can_read_requests)
rules.add_perm("inquiries.register_request", can_work_requests)
rules.add_perm("inquiries.verify_identity", can_read_requests)
rules.add_perm("inquiries.extend_deadline", can_work_requests)
rules.add_perm("inquiries.decide_match", can_work_requests)
rules.add_perm("inquiries.approve_answer", can_approve & did_not_propose)
rules.add_perm("inquiries.register_objection", can_work_requests)
# The privacy officer words the letters (docs/permissions.md).
rules.add_perm("inquiries.edit_letters", has_role(Role.PRIVACY_OFFICER))
