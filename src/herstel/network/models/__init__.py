# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The co-creation network.

A member's display name, e-mail address and accessibility needs are sealed
with the member's own data key (vault); deleting the account shreds that key.
Contributions point at the member with ``SET_NULL``, so they stay, anonymised.

One module per sub-domain, like the services; every model stays importable
from ``herstel.network.models``.
"""

from .groups import Application, Group, GroupMembership, Invitation  # noqa: F401
from .membership import ConsentRecord, Member  # noqa: F401
from .moderation import Report  # noqa: F401
from .participation import (  # noqa: F401
    Consultation,
    ConsultationPart,
    ConsultationResponse,
    Topic,
    TopicResponse,
    TopicSupport,
)
from .sessions import AttendanceCount, Meeting, MeetingDocument, Registration, Series  # noqa: F401
from .updates import ProgressUpdate  # noqa: F401
