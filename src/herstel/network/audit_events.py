# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Network audit events. Context holds ids, counts and field names only:
never a display name, an e-mail address or a contribution's text."""

from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import AVG
from herstel.audit.registry import EventFamily

_network = EventFamily("network")

INVITATION_SENT = _network("invitation_sent", _("Sent an invitation to the network"))
APPLICATION_RECEIVED = _network(
    "application_received", _("Received an application to join"), tags=AVG
)
APPLICATION_VIEWED = _network(
    "applications_viewed", _("Viewed applications to join"), tags=AVG
)
APPLICATION_DECIDED = _network(
    "application_decided", _("Decided on an application"), tags=AVG
)
MEMBER_JOINED = _network("member_joined", _("A member joined with consent"), tags=AVG)
CONSENT_GIVEN = _network("consent_given", _("Recorded consent"), tags=AVG)
PROFILE_CHANGED = _network(
    "profile_changed", _("A member changed their profile"), tags=AVG
)
DATA_EXPORTED = _network("data_exported", _("A member downloaded their data"), tags=AVG)
MEMBER_DELETED = _network(
    "member_deleted",
    _("A member withdrew consent and deleted their account"),
    tags=("avg", "destruction"),
)
DIRECTORY_VIEWED = _network("directory_viewed", _("Viewed the member list"), tags=AVG)
GROUP_SAVED = _network("group_saved", _("Created or changed a group"))
GROUP_JOINED = _network("group_joined", _("Joined or applied to a group"))
GROUP_MEMBERSHIP_DECIDED = _network(
    "group_membership_decided", _("Decided on a group application")
)
MEETING_SAVED = _network("meeting_saved", _("Created or changed a session or series"))
MEETING_REGISTERED = _network(
    "meeting_registered", _("Registered for a session"), tags=AVG
)
MEETING_UNREGISTERED = _network(
    "meeting_unregistered", _("Cancelled a session registration")
)
REGISTRATIONS_VIEWED = _network(
    "registrations_viewed", _("Viewed a session's registrations and needs"), tags=AVG
)
ATTENDANCE_RECORDED = _network(
    "attendance_recorded", _("Recorded attendance counts and outcomes")
)
DOCUMENT_ADDED = _network("document_added", _("Added an outcome document"))
DOCUMENT_REMOVED = _network(
    "document_removed", _("Removed an outcome document (key shredded)")
)
REMINDERS_SENT = _network("reminders_sent", _("Sent session reminders"))
TOPIC_PROPOSED = _network("topic_proposed", _("Proposed a topic"))
TOPIC_SUPPORTED = _network("topic_supported", _("Supported a topic"))
TOPIC_STATUS_CHANGED = _network(
    "topic_status_changed", _("Moved a topic and answered it")
)
CONSULTATION_SAVED = _network("consultation_saved", _("Opened a consultation"))
CONSULTATION_RESPONDED = _network(
    "consultation_responded", _("Responded to a consultation")
)
CONSULTATION_SUMMARISED = _network(
    "consultation_summarised", _("Published a consultation summary")
)
UPDATE_PUBLISHED = _network("update_published", _("Published a progress update"))
UPDATES_MAILED = _network("updates_mailed", _("Mailed progress updates"))
UNSUBSCRIBED = _network("unsubscribed", _("Unsubscribed from update e-mails"))
CONTRIBUTION_REPORTED = _network("contribution_reported", _("Reported a contribution"))
CONTRIBUTION_HIDDEN = _network(
    "contribution_hidden", _("Hid a contribution with a reason")
)
REPORT_DISMISSED = _network("report_dismissed", _("Dismissed a report"))
PRIVACY_GUARD_WARNED = _network(
    "privacy_guard_warned", _("Warned that a contribution seems to name people")
)
