# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Every write in the network: transactional, audited without personal data.

Audit context holds ids, counts and field names. A member's display name and
e-mail address never reach the audit trail, a log line or a URL: they live
sealed with the member's own data key and die with it.

One module per sub-domain, like partners: membership (consent, joining,
profiles), applications, groups, sessions, participation (topics and
consultations), updates and moderation; common holds what they share.
Every name stays importable from herstel.network.services.
"""

from .applications import application_decide
from .applications import application_submit
from .common import GUARDED_CATEGORIES
from .common import UNSUBSCRIBE_SALT
from .common import RateLimitedError
from .common import _absolute
from .common import _require_member
from .common import _require_moderator
from .common import _send_mail
from .common import _token_sha256
from .common import email_digest
from .common import privacy_guard_scan
from .common import privacy_guard_warned
from .common import rate_limit_check
from .groups import group_join
from .groups import group_leave
from .groups import group_membership_decide
from .groups import group_save
from .membership import Profile
from .membership import _consent_record
from .membership import _member_create
from .membership import _new_username
from .membership import consent_text
from .membership import consent_text_sha256
from .membership import invitation_get
from .membership import invitation_send
from .membership import member_delete
from .membership import member_export
from .membership import member_join
from .membership import member_profile_create
from .membership import member_profile_update
from .moderation import _contribution
from .moderation import contribution_get
from .moderation import contribution_hide
from .moderation import report_create
from .moderation import report_dismiss
from .participation import consultation_create
from .participation import consultation_respond
from .participation import consultation_summarise
from .participation import topic_propose
from .participation import topic_status_change
from .participation import topic_support
from .sessions import attendance_record
from .sessions import meeting_document_add
from .sessions import meeting_document_read
from .sessions import meeting_document_remove
from .sessions import meeting_register
from .sessions import meeting_reminders_send
from .sessions import meeting_save
from .sessions import meeting_unregister
from .sessions import series_save
from .updates import _update_mail
from .updates import member_unsubscribe
from .updates import unsubscribe_token
from .updates import update_publish
from .updates import updates_digest_send
