# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Woo writes: registration, scope, assessment, views, decision, publication."""

from .assessment import pending_views
from .assessment import woo_item_assess
from .assessment import woo_third_party_add
from .assessment import woo_third_party_respond
from .common import Requester
from .common import requester_of
from .decision import woo_decision_approve
from .decision import woo_decision_approve_check
from .decision import woo_decision_propose
from .decision import woo_decision_return
from .decision import woo_package_read
from .decision import woo_publication_record
from .intake import woo_reminders_send
from .intake import woo_request_extend
from .intake import woo_request_register
from .intake import woo_request_withdraw
from .intake import woo_scope_add
from .intake import woo_scope_remove

__all__ = [
    "Requester",
    "pending_views",
    "requester_of",
    "woo_decision_approve",
    "woo_decision_approve_check",
    "woo_decision_propose",
    "woo_decision_return",
    "woo_item_assess",
    "woo_package_read",
    "woo_publication_record",
    "woo_reminders_send",
    "woo_request_extend",
    "woo_request_register",
    "woo_request_withdraw",
    "woo_scope_add",
    "woo_scope_remove",
    "woo_third_party_add",
    "woo_third_party_respond",
]
