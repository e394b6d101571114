# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Woo requests, the documents in their scope, third parties' views.

The requester's name and address are personal data: they are one sealed blob
per request in the vault (like an access request's data), never a column. A
third party is recorded by a description the analyst chooses (an
organisation, "the author of document 3"), never a private person's name.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from herstel.core.model_fields import list_field
from herstel.core.model_fields import optional_date
from herstel.core.model_fields import optional_moment
from herstel.core.model_links import kept_link
from herstel.core.model_links import part_of
from herstel.core.model_meta import model_meta
from herstel.core.model_parts import choice_field
from herstel.core.model_parts import four_eyes
from herstel.core.model_parts import unique
from herstel.core.model_parts import user_link

from .constants import Judgement
from .constants import RequestStatus


class WooRequest(models.Model):
    """A request under the Open Government Act (Woo), from receipt to decision."""

    reference = models.CharField(_("reference"), max_length=20, unique=True)
    received_on = models.DateField(_("received on"))
    subject = models.CharField(_("subject of the request"), max_length=300)
    status = choice_field(_("status"), RequestStatus.OPEN)
    due_on = models.DateField(_("decision due on"), db_index=True)
    extended_on = optional_moment(_("extended at"))
    extension_reason = models.TextField(_("reason for the extension"), blank=True)
    reminded_at = optional_moment(_("reminder sent at"))
    requester_key_id = models.CharField(max_length=32, editable=False)
    requester_blob = models.CharField(max_length=200, editable=False)
    registered_by = user_link(_("registered by"))
    registered_at = models.DateTimeField(_("registered at"), default=timezone.now)
    decision_summary = models.TextField(_("considerations of the decision"), blank=True)
    proposed_by = user_link(_("proposed by"), optional=True)
    proposed_at = optional_moment(_("proposed at"))
    decided_by = user_link(_("decided by"), optional=True)
    decided_on = optional_date(_("decided on"))
    appeal_ends_on = optional_date(_("appeal window ends on"))
    package_key_id = models.CharField(max_length=32, blank=True, editable=False)
    package_blob = models.CharField(max_length=200, blank=True, editable=False)
    package_sha256 = models.CharField(
        _("SHA-256 of the package"), max_length=64, blank=True
    )
    published_url = models.URLField(_("published at (address)"), blank=True)
    published_on = optional_date(_("published on"))

    Meta = model_meta(
        _("Woo request"),
        _("Woo requests"),
        ordering=("due_on", "reference"),
        constraints=[
            four_eyes("woo_four_eyes", first="proposed_by", second="decided_by")
        ],
    )

    def __str__(self) -> str:
        return self.reference

    @property
    def is_open(self) -> bool:
        return self.status in (RequestStatus.OPEN, RequestStatus.PROPOSED)


class ScopeItem(models.Model):
    """One document in scope, with its inventory number and its assessment."""

    request = part_of(WooRequest, "items")
    document = kept_link("dossiers.Document", "+", _("document"))
    number = models.PositiveIntegerField(_("inventory number"))
    judgement = models.CharField(
        _("assessment"), max_length=20, choices=Judgement.choices, blank=True
    )
    grounds = list_field(
        _("grounds"),
        help_text=_("Codes of the Woo grounds for withholding the document."),
    )
    link = models.URLField(_("where it is already public"), blank=True)
    remark = models.CharField(_("explanation"), max_length=1000, blank=True)
    assessed_by = user_link(_("assessed by"), optional=True)
    assessed_at = optional_moment(_("assessed at"))
    pdf_sha256 = models.CharField(
        _("SHA-256 of the published PDF"), max_length=64, blank=True
    )

    Meta = model_meta(
        _("document in scope"),
        _("documents in scope"),
        ordering=("request", "number"),
        constraints=[
            unique("woo_unique_scope_document", "request", "document"),
            unique("woo_unique_inventory_number", "request", "number"),
        ],
    )

    def __str__(self) -> str:
        return f"{self.request_id}/{self.number}"

    @property
    def document_id_text(self) -> str:
        """The document ID in the inventory and the PDF's file name.

        Letters and digits only: the VWS platform reads the ID of an uploaded
        file from its name's leading ``[a-zA-Z0-9]+``.
        """
        return f"{self.number:04d}"


class ThirdParty(models.Model):
    """A third party asked for its view (zienswijze) before the decision."""

    request = part_of(WooRequest, "third_parties")
    label = models.CharField(
        _("third party"),
        max_length=200,
        help_text=_(
            'An organisation or a role ("author of document 3"), not a '
            "private person's name."
        ),
    )
    asked_on = models.DateField(_("asked on"), default=timezone.localdate)
    term_ends_on = models.DateField(_("term ends on"))
    responded_on = optional_date(_("view received on"))
    response_note = models.TextField(_("what the view says"), blank=True)
    recorded_by = user_link(_("recorded by"))

    Meta = model_meta(
        _("third party"), _("third parties"), ordering=("request", "asked_on", "pk")
    )

    def __str__(self) -> str:
        return self.label

    def is_pending(self, on: object) -> bool:
        """Still waiting: no view yet and the term has not ended."""
        return self.responded_on is None and self.term_ends_on >= on  # type: ignore[operator]
