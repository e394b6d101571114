# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Groups, memberships, invitations and applications."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from herstel.core.model_fields import optional_moment
from herstel.core.model_links import kept_link
from herstel.core.model_links import loose_link
from herstel.core.model_links import part_of
from herstel.core.model_meta import model_meta
from herstel.core.model_parts import choice_field
from herstel.core.model_parts import erasable_user_link
from herstel.core.model_parts import unique

from ..constants import ApplicationStatus
from ..constants import GroupAccess
from ..constants import MembershipStatus
from .base import Moderated
from .base import Timestamped
from .membership import Member

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class Group(Timestamped):
    name = models.CharField(_("name"), max_length=150, unique=True)
    slug = models.SlugField(_("short name"), unique=True)
    description = models.TextField(_("description"), blank=True)
    access = choice_field(_("access"), GroupAccess.OPEN)

    Meta = model_meta(_("group"), _("groups"), ordering=("name",))

    def __str__(self) -> str:
        return self.name


def group_link(help_text: StrOrPromise | None = None) -> models.ForeignKey[Any, Any]:
    """The group a series, session, topic, consultation or progress update is
    for; empty: the whole network. A group that has them cannot be deleted."""
    extra: dict[str, Any] = {} if help_text is None else {"help_text": help_text}
    return kept_link(Group, verbose_name=_("group"), optional=True, **extra)


class GroupMembership(Timestamped):
    group = part_of(Group, "memberships")
    member = part_of(Member, "memberships")
    status = models.CharField(
        max_length=10, choices=MembershipStatus.choices, default=MembershipStatus.ACTIVE
    )

    Meta = model_meta(
        constraints=[unique("network_membership_unique", "group", "member")]
    )

    def __str__(self) -> str:
        return f"{self.member} in {self.group}"


class Invitation(Timestamped):
    """A single-use, expiring invitation. Only hashes: no address, no token."""

    token_sha256 = models.CharField(max_length=64, unique=True)
    email_digest = models.CharField(max_length=64, db_index=True)
    group = loose_link(Group)
    created_by = erasable_user_link()
    expires_at = models.DateTimeField()
    used_at = optional_moment()
    revoked_at = optional_moment()

    Meta = model_meta(_("invitation"), ordering=("-created_at",))

    def __str__(self) -> str:
        return f"invitation {self.pk}"


class Application(Moderated):
    """Someone asks to join; the details are sealed and shredded on decision."""

    key_id = models.CharField(max_length=64, blank=True)
    blob_name = models.CharField(max_length=200, blank=True)
    details_sealed = models.BinaryField(null=True)
    group = loose_link(Group)
    status = models.CharField(
        max_length=10,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.PENDING,
    )
    # Keyed digests (``core.ratelimit.limit_digest``) of the sender's address
    # and e-mail address, for the limits per client and per e-mail; cleared
    # when a moderator decides.
    client_digest = models.CharField(max_length=64, blank=True, default="")
    email_digest = models.CharField(max_length=64, blank=True, default="")

    Meta = model_meta(_("application"), ordering=("created_at",))

    def __str__(self) -> str:
        return f"application {self.pk}"
