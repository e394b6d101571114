# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Woo writes: registration, scope, assessment, views, decision, publication."""

from .assessment import (
    pending_views,
    woo_item_assess,
    woo_third_party_add,
    woo_third_party_respond,
)
from .common import Requester, requester_of
from .decision import (
    woo_decision_approve,
    woo_decision_approve_check,
    woo_decision_propose,
    woo_decision_return,
    woo_package_read,
    woo_publication_record,
)
from .intake import (
    woo_reminders_send,
    woo_request_extend,
    woo_request_register,
    woo_request_withdraw,
    woo_scope_add,
    woo_scope_remove,
)

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
