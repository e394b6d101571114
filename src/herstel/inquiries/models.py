# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Campaigns, citizens' access requests (GDPR art. 15) and their answers.

Everything a requester tells us (names, places, date of birth, contact
details) is one encrypted blob per request with its own data key: shredding
that key destroys the request's personal data at once. The database holds
references, dates, statuses and keyed hashes for duplicate detection only.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from herstel.core.model_fields import created_moment
from herstel.core.model_fields import optional_moment
from herstel.core.model_links import kept_link
from herstel.core.model_links import loose_link
from herstel.core.model_links import part_of
from herstel.core.model_meta import model_meta
from herstel.core.model_parts import choice_field
from herstel.core.model_parts import not_before
from herstel.core.model_parts import unique
from herstel.core.model_parts import user_link

from .constants import Channel
from .constants import LetterKind
from .constants import LetterLanguage
from .constants import MatchDecision
from .constants import Outcome
from .constants import RequestStatus
from .constants import VerificationMethod

_ENGLISH_HELP = _("Shown to English readers; empty: they see the Dutch text.")


class Campaign(models.Model):
    """A window in which citizens may ask what the organisation holds on them."""

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    title = models.CharField(_("title"), max_length=200)
    dossiers = models.ManyToManyField(
        "dossiers.Dossier", related_name="campaigns", verbose_name=_("dossiers")
    )
    opens_on = models.DateField(_("questions accepted from"))
    closes_on = models.DateField(_("questions accepted until"))
    destruction_from = models.DateField(
        _("destruction may start on"),
        help_text=_("Data of answered requests is destroyed from this date."),
    )
    objection_days = models.PositiveSmallIntegerField(
        _("objection window in days"), default=42
    )
    explanation = models.TextField(
        _("public explanation"), help_text=_("Shown above the public form.")
    )
    privacy_statement = models.TextField(_("privacy statement"))
    purposes = models.TextField(
        _("purposes of the processing"),
        help_text=_("For the answer letter (GDPR art. 15(1)(a))."),
    )
    recipients = models.TextField(
        _("recipients"),
        blank=True,
        help_text=_("Who received the data (art. 15(1)(c)); empty: nobody outside."),
    )
    source = models.TextField(
        _("source of the data"),
        help_text=_("Where the data came from (art. 14(2)(f), 15(1)(g))."),
    )
    title_en = models.CharField(
        _("title in English"), max_length=200, blank=True, help_text=_ENGLISH_HELP
    )
    explanation_en = models.TextField(
        _("public explanation in English"), blank=True, help_text=_ENGLISH_HELP
    )
    privacy_statement_en = models.TextField(
        _("privacy statement in English"), blank=True, help_text=_ENGLISH_HELP
    )
    purposes_en = models.TextField(
        _("purposes of the processing in English"),
        blank=True,
        help_text=_ENGLISH_HELP,
    )
    recipients_en = models.TextField(
        _("recipients in English"), blank=True, help_text=_ENGLISH_HELP
    )
    source_en = models.TextField(
        _("source of the data in English"), blank=True, help_text=_ENGLISH_HELP
    )
    created_at = created_moment(_("created at"))

    Meta = model_meta(
        _("campaign"),
        _("campaigns"),
        ordering=("-opens_on",),
        constraints=[
            not_before("campaign_window_order", later="closes_on", earlier="opens_on")
        ],
    )

    def __str__(self) -> str:
        return self.title

    def localized(self, field: str, language: str | None = None) -> str:
        """The text of ``field`` in ``language`` (the active one by default):
        the ``_en`` field in English when it is filled in, else the Dutch."""
        language = language or translation.get_language() or "nl"
        if language.startswith("en"):
            english = str(getattr(self, f"{field}_en", "") or "")
            if english.strip():
                return english
        return str(getattr(self, field))

    @property
    def title_text(self) -> str:
        return self.localized("title")

    @property
    def explanation_text(self) -> str:
        return self.localized("explanation")

    @property
    def privacy_statement_text(self) -> str:
        return self.localized("privacy_statement")

    def is_open(self, today: object = None) -> bool:
        day = today or timezone.localdate()
        return self.opens_on <= day <= self.closes_on  # type: ignore[operator]


class AccessRequest(models.Model):
    campaign = kept_link(Campaign, "requests", _("campaign"))
    reference = models.CharField(_("reference"), max_length=20, unique=True)
    status = choice_field(
        _("status"), RequestStatus.RECEIVED, max_length=30, db_index=True
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    language = models.CharField(_("language"), max_length=5, default="nl")
    received_on = models.DateField(_("received on"))
    due_on = models.DateField(_("due on"), db_index=True)
    extended_on = optional_moment(_("extended at"))
    extension_reason = models.TextField(_("reason for the extension"), blank=True)
    reminded_at = optional_moment(_("reminder sent at"))
    verification_method = models.CharField(
        _("preferred verification"),
        max_length=20,
        choices=VerificationMethod.choices,
    )
    consent_at = models.DateTimeField(_("consent given at"))
    # The personal data, encrypted (see module docstring).
    data_key_id = models.CharField(max_length=32, editable=False)
    data_blob = models.CharField(max_length=200, editable=False)
    contact_digest = models.CharField(max_length=32, db_index=True, editable=False)
    name_digest = models.CharField(max_length=32, db_index=True, editable=False)
    duplicate_of = loose_link("self", "duplicates", _("duplicate of"))
    registered_by = user_link(_("registered by"), optional=True)
    outcome = models.CharField(
        _("outcome"), max_length=20, choices=Outcome.choices, blank=True
    )
    outcome_note = models.TextField(_("analyst's note"), blank=True)
    proposed_by = user_link(_("proposed by"), optional=True)
    approved_by = user_link(_("approved by"), optional=True)
    answered_at = optional_moment(_("answered at"))
    objection_until = models.DateField(_("objection window ends"), null=True)
    closed_at = optional_moment(_("closed at"))
    destroyed_at = optional_moment(_("destroyed at"))
    created_at = created_moment(_("created at"))

    Meta = model_meta(
        _("access request"), _("access requests"), ordering=("due_on", "reference")
    )

    def __str__(self) -> str:
        return self.reference

    @property
    def is_verified(self) -> bool:
        return self.verifications.exists()

    def is_overdue(self, today: object = None) -> bool:
        from .constants import OPEN_STATUSES

        day = today or timezone.localdate()
        return self.status in OPEN_STATUSES and self.due_on < day  # type: ignore[operator]


class Attachment(models.Model):
    """An original message (mail, scanned letter) a request came in with."""

    request = part_of(AccessRequest, "attachments")
    key_id = models.CharField(max_length=32, editable=False)
    blob_name = models.CharField(max_length=200, editable=False)
    filename_sealed = models.BinaryField(editable=False)
    size = models.PositiveIntegerField(_("size in bytes"))
    created_at = created_moment(_("stored at"))

    Meta = model_meta(_("attachment"), _("attachments"), ordering=("pk",))

    def __str__(self) -> str:
        return f"{self.request_id}:{self.pk}"


class IdentityVerification(models.Model):
    """Who checked the requester's identity, how and when. Never an ID copy."""

    request = part_of(AccessRequest, "verifications")
    method = models.CharField(
        _("method"), max_length=20, choices=VerificationMethod.choices
    )
    verified_by = user_link(_("verified by"), optional=True)
    document_kind = models.CharField(
        _("kind of identity document seen"), max_length=50, blank=True
    )
    provider = models.CharField(_("login provider"), max_length=100, blank=True)
    subject_digest = models.CharField(max_length=32, blank=True, editable=False)
    purpose = models.CharField(_("for"), max_length=20, default="request")
    verified_at = models.DateTimeField(_("verified at"), default=timezone.now)

    Meta = model_meta(
        _("identity verification"),
        _("identity verifications"),
        ordering=("-verified_at",),
    )

    def __str__(self) -> str:
        return f"{self.request_id}:{self.method}"


class SubjectMatch(models.Model):
    """An analyst's decision whether an inventory subject is the requester."""

    request = part_of(AccessRequest, "matches")
    subject = part_of("dossiers.Subject", "request_matches")
    decision = models.CharField(
        _("decision"), max_length=10, choices=MatchDecision.choices
    )
    reason = models.TextField(_("reason"))
    decided_by = user_link()
    decided_at = models.DateTimeField(_("decided at"), auto_now=True)

    Meta = model_meta(
        _("subject match"),
        _("subject matches"),
        ordering=("subject_id",),
        constraints=[unique("unique_request_subject", "request", "subject")],
    )

    def __str__(self) -> str:
        return f"{self.request_id}:{self.subject_id} {self.decision}"


class Answer(models.Model):
    """The approved answer: letter and access copy PDFs, encrypted."""

    request = part_of(AccessRequest, "answer", one=True)
    key_id = models.CharField(max_length=32, editable=False)
    letter_blob = models.CharField(max_length=200, editable=False)
    copy_key_id = models.CharField(max_length=32, blank=True, editable=False)
    copy_blob = models.CharField(max_length=200, blank=True, editable=False)
    documents = models.PositiveIntegerField(_("documents in the access copy"))
    redactions = models.PositiveIntegerField(_("redacted passages"))
    created_at = created_moment(_("created at"))

    Meta = model_meta(_("answer"), _("answers"))

    def __str__(self) -> str:
        return f"{self.request_id}"


class DownloadLink(models.Model):
    """An expiring link for one requester; only a hash of the token is stored."""

    request = part_of(AccessRequest, "download_links")
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    expires_at = models.DateTimeField(_("expires at"))
    created_at = created_moment(_("created at"))
    downloads = models.PositiveIntegerField(_("downloads"), default=0)
    last_download_at = optional_moment(_("last downloaded at"))
    revoked_at = optional_moment(_("revoked at"))
    # A one-time code mailed to the requester when the link is opened.
    code_digest = models.CharField(max_length=64, blank=True, editable=False)
    code_expires_at = optional_moment(editable=False)
    # Wrong guesses over the link's life: a new code does not reset them.
    code_attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    code_sends = models.PositiveSmallIntegerField(default=0, editable=False)
    code_sent_at = optional_moment(editable=False)

    Meta = model_meta(
        _("download link"), _("download links"), ordering=("-created_at",)
    )

    def __str__(self) -> str:
        return f"{self.request_id}:{self.pk}"


class Objection(models.Model):
    """An objection to destruction within the window: the inquiries record.

    Registering it places one legal hold per matched subject in the
    disposition app (authority "objection of a data subject", reference = the
    request's reference); those holds are what blocks destruction. Releasing
    the objection lifts them.
    """

    request = part_of(AccessRequest, "objections")
    received_on = models.DateField(_("received on"))
    note = models.TextField(_("note"), blank=True)
    registered_by = user_link()
    subjects = models.ManyToManyField("dossiers.Subject", related_name="objections")
    holds = models.ManyToManyField(
        "disposition.Hold", related_name="+", blank=True, verbose_name=_("legal holds")
    )
    released_at = optional_moment(_("hold released at"))
    released_by = user_link(_("released by"), optional=True)
    release_reason = models.TextField(_("reason for release"), blank=True)
    created_at = created_moment(_("created at"))

    Meta = model_meta(_("objection"), _("objections"), ordering=("-created_at",))

    def __str__(self) -> str:
        return f"{self.request_id}:{self.pk}"


class LetterTemplate(models.Model):
    """The wording of one letter in one language, edited by the privacy
    officer. Without a row the shipped default applies. The text is rendered
    by the sandboxed engine of :mod:`herstel.inquiries.letter_templates`."""

    kind = models.CharField(_("letter"), max_length=20, choices=LetterKind.choices)
    language = models.CharField(
        _("language"), max_length=5, choices=LetterLanguage.choices
    )
    body = models.TextField(_("text"))
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)
    updated_by = user_link(_("changed by"))

    Meta = model_meta(
        _("letter template"),
        _("letter templates"),
        constraints=[unique("inquiries_letter_template_unique", "kind", "language")],
    )

    def __str__(self) -> str:
        return f"{self.kind} ({self.language})"
