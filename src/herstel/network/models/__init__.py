# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The co-creation network.

A member's display name, e-mail address and accessibility needs are sealed
with the member's own data key (vault); deleting the account shreds that key.
Contributions point at the member with ``SET_NULL``, so they stay, anonymised.

One module per sub-domain, like the services; every model stays importable
from ``herstel.network.models``.
"""

from .groups import Application
from .groups import Group
from .groups import GroupMembership
from .groups import Invitation
from .membership import ConsentRecord
from .membership import Member
from .moderation import Report
from .participation import Consultation
from .participation import ConsultationPart
from .participation import ConsultationResponse
from .participation import Topic
from .participation import TopicResponse
from .participation import TopicSupport
from .sessions import AttendanceCount
from .sessions import Meeting
from .sessions import MeetingDocument
from .sessions import Registration
from .sessions import Series
from .updates import ProgressUpdate
