# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Network audit events. Context holds ids, counts and field names only:
never a display name, an e-mail address or a contribution's text."""

from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import event

INVITATION_SENT = event(
    "network.invitation_sent", _("Sent an invitation to the network")
)
APPLICATION_RECEIVED = event(
    "network.application_received", _("Received an application to join"), tags=("avg",)
)
APPLICATION_VIEWED = event(
    "network.applications_viewed", _("Viewed applications to join"), tags=("avg",)
)
APPLICATION_DECIDED = event(
    "network.application_decided", _("Decided on an application"), tags=("avg",)
)
MEMBER_JOINED = event(
    "network.member_joined", _("A member joined with consent"), tags=("avg",)
)
CONSENT_GIVEN = event("network.consent_given", _("Recorded consent"), tags=("avg",))
PROFILE_CHANGED = event(
    "network.profile_changed", _("A member changed their profile"), tags=("avg",)
)
DATA_EXPORTED = event(
    "network.data_exported", _("A member downloaded their data"), tags=("avg",)
)
MEMBER_DELETED = event(
    "network.member_deleted",
    _("A member withdrew consent and deleted their account"),
    tags=("avg", "destruction"),
)
DIRECTORY_VIEWED = event(
    "network.directory_viewed", _("Viewed the member list"), tags=("avg",)
)
GROUP_SAVED = event("network.group_saved", _("Created or changed a group"))
GROUP_JOINED = event("network.group_joined", _("Joined or applied to a group"))
GROUP_MEMBERSHIP_DECIDED = event(
    "network.group_membership_decided", _("Decided on a group application")
)
MEETING_SAVED = event(
    "network.meeting_saved", _("Created or changed a session or series")
)
MEETING_REGISTERED = event(
    "network.meeting_registered", _("Registered for a session"), tags=("avg",)
)
MEETING_UNREGISTERED = event(
    "network.meeting_unregistered", _("Cancelled a session registration")
)
REGISTRATIONS_VIEWED = event(
    "network.registrations_viewed",
    _("Viewed a session's registrations and needs"),
    tags=("avg",),
)
ATTENDANCE_RECORDED = event(
    "network.attendance_recorded", _("Recorded attendance counts and outcomes")
)
DOCUMENT_ADDED = event("network.document_added", _("Added an outcome document"))
DOCUMENT_REMOVED = event(
    "network.document_removed", _("Removed an outcome document (key shredded)")
)
REMINDERS_SENT = event("network.reminders_sent", _("Sent session reminders"))
TOPIC_PROPOSED = event("network.topic_proposed", _("Proposed a topic"))
TOPIC_SUPPORTED = event("network.topic_supported", _("Supported a topic"))
TOPIC_STATUS_CHANGED = event(
    "network.topic_status_changed", _("Moved a topic and answered it")
)
CONSULTATION_SAVED = event("network.consultation_saved", _("Opened a consultation"))
CONSULTATION_RESPONDED = event(
    "network.consultation_responded", _("Responded to a consultation")
)
CONSULTATION_SUMMARISED = event(
    "network.consultation_summarised", _("Published a consultation summary")
)
UPDATE_PUBLISHED = event("network.update_published", _("Published a progress update"))
UPDATES_MAILED = event("network.updates_mailed", _("Mailed progress updates"))
UNSUBSCRIBED = event("network.unsubscribed", _("Unsubscribed from update e-mails"))
CONTRIBUTION_REPORTED = event(
    "network.contribution_reported", _("Reported a contribution")
)
CONTRIBUTION_HIDDEN = event(
    "network.contribution_hidden", _("Hid a contribution with a reason")
)
REPORT_DISMISSED = event("network.report_dismissed", _("Dismissed a report"))
PRIVACY_GUARD_WARNED = event(
    "network.privacy_guard_warned",
    _("Warned that a contribution seems to name people"),
)
