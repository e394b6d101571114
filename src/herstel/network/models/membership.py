# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Members and their consent records."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from herstel.core.model_fields import created_moment
from herstel.core.model_fields import optional_moment
from herstel.core.model_links import part_of
from herstel.core.model_meta import model_meta
from herstel.core.model_parts import choice_field

from ..constants import Background
from ..constants import EmailFrequency
from ..constants import Region


class Member(models.Model):
    """A person or organisation taking part; minimal profile, sealed fields."""

    user = part_of(settings.AUTH_USER_MODEL, "network_member", one=True)
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    key_id = models.CharField(max_length=64)
    blob_name = models.CharField(max_length=200)
    display_name_sealed = models.BinaryField()
    email_sealed = models.BinaryField()
    region = models.CharField(
        _("region"), max_length=20, choices=Region.choices, blank=True
    )
    background = models.CharField(
        _("background"), max_length=20, choices=Background.choices, blank=True
    )
    directory_visible = models.BooleanField(
        _("visible to other members"), default=False
    )
    email_frequency = choice_field(
        _("progress updates by e-mail"), EmailFrequency.DIGEST, max_length=10
    )
    last_digest_at = optional_moment()
    joined_at = created_moment()

    Meta = model_meta(_("network member"), _("network members"))

    def __str__(self) -> str:
        # Never the display name: str() ends up in logs and admin history.
        return f"member {self.pk}"


class ConsentRecord(models.Model):
    """Which consent text (version and hash) a member agreed to, and when."""

    member = part_of(Member, "consents")
    version = models.CharField(max_length=20)
    text_sha256 = models.CharField(max_length=64)
    language = models.CharField(max_length=10)
    given_at = created_moment()

    Meta = model_meta(_("consent record"), ordering=("-given_at",))

    def __str__(self) -> str:
        return f"consent {self.version} by member {self.member_id}"
