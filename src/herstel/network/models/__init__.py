# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The co-creation network.

A member's display name, e-mail address and accessibility needs are sealed
with the member's own data key (vault); deleting the account shreds that key.
Contributions point at the member with ``SET_NULL``, so they stay, anonymised.

One module per sub-domain, like the services; every model stays importable
from ``herstel.network.models``.
"""

from .groups import (  # noqa: F401
    Application,
    Group,
    GroupMembership,
    Invitation,
)
from .membership import (  # noqa: F401
    ConsentRecord,
    Member,
)
from .moderation import (  # noqa: F401
    Report,
)
from .participation import (  # noqa: F401
    Consultation,
    ConsultationPart,
    ConsultationResponse,
    Topic,
    TopicResponse,
    TopicSupport,
)
from .sessions import (  # noqa: F401
    AttendanceCount,
    Meeting,
    MeetingDocument,
    Registration,
    Series,
)
from .updates import (  # noqa: F401
    ProgressUpdate,
)
