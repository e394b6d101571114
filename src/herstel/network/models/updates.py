# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Progress updates."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from herstel.core.model_fields import created_moment
from herstel.core.model_meta import model_meta
from herstel.core.model_parts import erasable_user_link

from .groups import group_link


class ProgressUpdate(models.Model):
    group = group_link(_("Leave empty to post to the whole network."))
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"))
    published_at = created_moment()
    author = erasable_user_link()

    Meta = model_meta(_("progress update"), ordering=("-published_at",))

    def __str__(self) -> str:
        return self.title
