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

from .applications import application_decide, application_submit  # noqa: F401
from .common import (  # noqa: F401
    GUARDED_CATEGORIES,
    UNSUBSCRIBE_SALT,
    RateLimitedError,
    _absolute,
    _require_member,
    _require_moderator,
    _send_mail,
    _token_sha256,
    email_digest,
    privacy_guard_scan,
    privacy_guard_warned,
    rate_limit_check,
)
from .groups import group_join, group_leave, group_membership_decide, group_save  # noqa: F401
from .membership import (  # noqa: F401
    Profile,
    _consent_record,
    _member_create,
    _new_username,
    consent_text,
    consent_text_sha256,
    invitation_get,
    invitation_send,
    member_delete,
    member_export,
    member_join,
    member_profile_create,
    member_profile_update,
)
from .moderation import (  # noqa: F401
    _contribution,
    contribution_get,
    contribution_hide,
    report_create,
    report_dismiss,
)
from .participation import (  # noqa: F401
    consultation_create,
    consultation_respond,
    consultation_summarise,
    topic_propose,
    topic_status_change,
    topic_support,
)
from .sessions import (  # noqa: F401
    attendance_record,
    meeting_document_add,
    meeting_document_read,
    meeting_document_remove,
    meeting_register,
    meeting_reminders_send,
    meeting_save,
    meeting_unregister,
    series_save,
)
from .updates import (  # noqa: F401
    _update_mail,
    member_unsubscribe,
    unsubscribe_token,
    update_publish,
    updates_digest_send,
)
