# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Long work on one object, with a progress page: the task kind and its start.

Approving an answer, approving a Woo decision and executing a destruction run
are each one service call on one object (found by its primary key) that ends
on that object's page. :class:`ObjectTask` registers such a kind in
:data:`~herstel.core.tasks.task_kinds` and starts it: the service's own check
first (so a refusal shows at once, not on the progress page), then
:func:`~herstel.core.tasks.task_start`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import Any
from typing import Generic
from typing import TypeVar

from django.db import models
from django.urls import reverse
from django.utils.functional import Promise

from .tasks import TaskKind
from .tasks import task_kinds
from .tasks import task_start

if TYPE_CHECKING:
    from herstel.core.actor import Actor
    from herstel.core.models import TaskRun

ModelT = TypeVar("ModelT", bound=models.Model)


@dataclass(frozen=True, slots=True)
class ObjectTask(Generic[ModelT]):
    """A task kind that runs the service ``work`` on one ``model`` object.

    ``check`` and ``work`` are services called as ``f(<keyword>=obj,
    actor=person)`` (``run_execute(run=..., actor=...)``); the object's
    primary key is the task's one argument, ``<keyword>_pk``. Its page,
    ``url_name`` with the object's ``reference``, is where the task returns
    to (``anchor`` appended once it succeeded). ``work`` must be idempotent:
    a redelivered task runs again.
    """

    kind: str
    model: type[ModelT]
    keyword: str
    check: Callable[..., object]
    work: Callable[..., object]
    url_name: str
    anchor: str = ""
    count: Callable[[ModelT], int] | None = None
    """The number of steps the progress bar starts with (none: unknown)."""

    def register(self, verbose_name: str | Promise, view_permission: str) -> None:
        """Add the kind to the registry (once, at import of the app's tasks)."""
        task_kinds.add(self.kind, TaskKind(verbose_name, self.run, view_permission))

    def _page(self, obj: ModelT) -> str:
        return reverse(self.url_name, args=[obj.reference])  # type: ignore[attr-defined]

    def run(self, *, owner: Actor, **arguments: Any) -> str:
        """The kind's runner: load the object, do the work, return its page."""
        pk = arguments[f"{self.keyword}_pk"]
        obj = self.model._default_manager.get(pk=pk)
        self.work(**{self.keyword: obj}, actor=owner)
        return self._page(obj) + self.anchor

    def start(self, *, actor: Actor, **named: ModelT) -> TaskRun:
        """Check that ``actor`` may do the work on the object (passed as
        ``<keyword>=obj``) now, then run it in the background; returns the
        task to follow (``tasks:progress``)."""
        obj = named[self.keyword]
        self.check(**{self.keyword: obj}, actor=actor)
        return task_start(
            kind=self.kind,
            owner=actor,
            reference=obj.reference,  # type: ignore[attr-defined]
            arguments={f"{self.keyword}_pk": obj.pk},
            total=self.count(obj) if self.count else 0,
            back_url=self._page(obj),
        )
