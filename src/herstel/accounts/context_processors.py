# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from typing import Any

from django.http import HttpRequest

from .selectors import user_is_verified
from .selectors import user_requires_second_factor


def session_state(request: HttpRequest) -> dict[str, Any]:
    """Whether the user still has to enter a second factor (hides navigation)."""
    user = getattr(request, "user", None)
    pending = bool(
        user is not None
        and user.is_authenticated
        and not user_is_verified(user=user)
        and user_requires_second_factor(user=user)
    )
    return {"second_factor_pending": pending}
