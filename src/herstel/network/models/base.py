# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Field groups that network records share (abstract models: each child keeps
its own columns, with the same names and definitions as before)."""

from django.db import models

from herstel.core.model_fields import created_moment
from herstel.core.model_fields import optional_moment
from herstel.core.model_parts import erasable_user_link


class Timestamped(models.Model):
    """When the record was made."""

    created_at = created_moment()

    class Meta:
        abstract = True


class Hideable(Timestamped):
    """A member's contribution that a moderator may hide, with a reason (after
    a report); hidden contributions stay for the record."""

    hidden_at = optional_moment()
    hidden_reason = models.CharField(max_length=500, blank=True)

    class Meta:
        abstract = True


class Moderated(Timestamped):
    """Something that waits for a moderator's decision (an application, a
    report): who decided and when, empty until then. The moderator's link is
    emptied when their account is erased."""

    decided_at = optional_moment()
    decided_by = erasable_user_link()

    class Meta:
        abstract = True
