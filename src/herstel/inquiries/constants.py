# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.db import models
from django.utils.translation import gettext_lazy as _


class RequestStatus(models.TextChoices):
    """Where a request is; the dashboard counts per status."""

    RECEIVED = "received", _("Received")
    VERIFYING = "verifying", _("Verifying identity")
    SEARCHING = "searching", _("Searching the inventory")
    AWAITING_APPROVAL = "awaiting_approval", _("Awaiting approval")
    OBJECTION_WINDOW = "objection_window", _("Answered, objection window open")
    OBJECTED = "objected", _("Objection received (legal hold)")
    CLOSED = "closed", _("Closed")


OPEN_STATUSES = (
    RequestStatus.RECEIVED,
    RequestStatus.VERIFYING,
    RequestStatus.SEARCHING,
    RequestStatus.AWAITING_APPROVAL,
)


class Channel(models.TextChoices):
    WEB = "web", _("Public web form")
    EMAIL = "email", _("E-mail")
    POST = "post", _("Post")
    DESK = "desk", _("At the desk")


class VerificationMethod(models.TextChoices):
    IN_PERSON = "in_person", _("In person, with an identity document")
    VIDEO = "video", _("By video call, with an identity document")
    OIDC = "oidc", _("Logging in (DigiD or another OpenID Connect provider)")


class MatchDecision(models.TextChoices):
    MATCH = "match", _("Match: this is the requester")
    NO_MATCH = "no_match", _("No match: another person")


class Outcome(models.TextChoices):
    DATA_FOUND = "data_found", _("Personal data found")
    NO_DATA = "no_data", _("No personal data found")


class LetterKind(models.TextChoices):
    """The letters a privacy officer can word (``inquiries/letter_templates``)."""

    ANSWER = "answer", _("Answer: personal data found")
    NO_DATA = "no_data", _("Answer: no personal data found")


class LetterLanguage(models.TextChoices):
    NL = "nl", _("Dutch")
    EN = "en", _("English")
