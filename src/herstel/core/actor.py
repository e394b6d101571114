# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Who acts: the types of every ``actor`` parameter and of a logged-in request.

- ``Actor``: a logged-in person (``accounts.User``). Every service that
  writes (``created_by=actor``, a decision, a four-eyes check) takes one.
- ``Viewer``: anyone who may look, the anonymous citizen included
  (``User | AnonymousUser``); ``require`` and the pages open to the public
  take one.
- ``Actor | None``: where the system acts on its own (a management command,
  a scheduled task, a deadline passing), ``None`` is the actor and the audit
  trail records "system".
- ``AuthenticatedRequest``: the request of a view behind ``login_required``
  (or a decorator built on it); its ``user`` is a ``User``, so the view
  passes ``request.user`` as an ``Actor``. A view that anonymous visitors
  reach keeps ``HttpRequest`` and uses ``request_actor`` after deciding that
  a login is needed.

The aliases exist for type checking only: the ground floor does not import
the accounts app at run time (see .importlinter), so callers import them
under ``if TYPE_CHECKING:`` (every module here has postponed annotations).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

if TYPE_CHECKING:
    from typing import TypeAlias

    from django.contrib.auth.models import AnonymousUser

    from herstel.accounts.models import User

    Actor: TypeAlias = User
    Viewer: TypeAlias = User | AnonymousUser

__all__ = ["AuthenticatedRequest", "request_actor"]


class AuthenticatedRequest(HttpRequest):
    """An ``HttpRequest`` that ``login_required`` let through."""

    user: User


def request_actor(request: HttpRequest) -> Actor:
    """The logged-in user of ``request``; ``PermissionDenied`` for a visitor."""
    user = request.user
    if not user.is_authenticated:
        raise PermissionDenied
    return user
