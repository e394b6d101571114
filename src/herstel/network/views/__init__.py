# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Views of the co-creation network: thin, every write through services.

One module per sub-domain, like the services: membership (joining,
applying, consent, own data), groups, sessions, participation (topics and
consultations), updates and moderation; common holds the access
decorators and form helpers. Every view stays importable from
herstel.network.views.
"""

from .common import member_view
from .common import moderator_view
from .common import network_view
from .groups import directory
from .groups import group_create
from .groups import group_detail
from .groups import group_join
from .groups import group_leave
from .groups import group_list
from .groups import home
from .groups import series_create
from .membership import apply
from .membership import consent
from .membership import delete
from .membership import export
from .membership import join
from .membership import profile
from .membership import unsubscribe
from .membership import welcome
from .moderation import application_decide
from .moderation import hide
from .moderation import invite
from .moderation import membership_decide
from .moderation import moderation
from .moderation import report
from .moderation import report_dismiss
from .participation import _consultation_context
from .participation import _guarded
from .participation import consultation_create
from .participation import consultation_detail
from .participation import consultation_list
from .participation import consultation_respond
from .participation import consultation_summarise
from .participation import topic_create
from .participation import topic_detail
from .participation import topic_list
from .participation import topic_status
from .participation import topic_support
from .sessions import meeting_attendance
from .sessions import meeting_detail
from .sessions import meeting_document
from .sessions import meeting_document_remove
from .sessions import meeting_edit
from .sessions import meeting_list
from .sessions import meeting_register
from .sessions import meeting_unregister
from .sessions import series_detail
from .updates import update_create
from .updates import update_list
