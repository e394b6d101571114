# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Steps that services share around a change of state.

Most state changes (submit a run, send a decision back, withdraw a request)
start the same way: open a transaction, lock the row so that two people
cannot act on it at once, and refuse unless it is in the state the step
starts from. :func:`locked_in_state` is that opening.
"""

from __future__ import annotations

from collections.abc import Collection
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from django.core.exceptions import ValidationError
from django.db import models
from django.db import transaction

ModelT = TypeVar("ModelT", bound=models.Model)


@contextmanager
def locked_in_state(
    obj: ModelT, allowed: str | Collection[str], refusal: str
) -> Iterator[ModelT]:
    """Open a transaction and yield ``obj``'s row, freshly read and locked
    (``SELECT ... FOR UPDATE``) until the block ends; refuse with
    ``refusal`` (a ``ValidationError``) unless its ``status`` is ``allowed``
    (one status, or any of several).

    Use the yielded object, not ``obj``: it is the current state. An error
    in the block rolls the whole transaction back.
    """
    statuses = {allowed} if isinstance(allowed, str) else allowed
    with transaction.atomic():
        locked = type(obj)._default_manager.select_for_update().get(pk=obj.pk)
        if getattr(locked, "status", None) not in statuses:
            raise ValidationError(refusal)
        yield locked
