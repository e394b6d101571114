# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Views of the co-creation network: thin, every write through services.

One module per sub-domain, like the services: membership (joining,
applying, consent, own data), groups, sessions, participation (topics and
consultations), updates and moderation; common holds the access
decorators and form helpers. Every view stays importable from
herstel.network.views.
"""

from .common import member_view, moderator_view, network_view  # noqa: F401
from .groups import (  # noqa: F401
    directory,
    group_create,
    group_detail,
    group_join,
    group_leave,
    group_list,
    home,
    series_create,
)
from .membership import (  # noqa: F401
    apply,
    consent,
    delete,
    export,
    join,
    profile,
    unsubscribe,
    welcome,
)
from .moderation import (  # noqa: F401
    application_decide,
    hide,
    invite,
    membership_decide,
    moderation,
    report,
    report_dismiss,
)
from .participation import (  # noqa: F401
    _consultation_context,
    _guarded,
    consultation_create,
    consultation_detail,
    consultation_list,
    consultation_respond,
    consultation_summarise,
    topic_create,
    topic_detail,
    topic_list,
    topic_status,
    topic_support,
)
from .sessions import (  # noqa: F401
    meeting_attendance,
    meeting_detail,
    meeting_document,
    meeting_document_remove,
    meeting_edit,
    meeting_list,
    meeting_register,
    meeting_unregister,
    series_detail,
)
from .updates import update_create, update_list  # noqa: F401
