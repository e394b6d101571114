# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.db import models
from django.utils.translation import gettext_lazy as _


class RequestStatus(models.TextChoices):
    """Where a Woo request stands."""

    OPEN = "open", _("Open: scoping and assessing")
    PROPOSED = "proposed", _("Decision proposed, awaiting approval")
    DECIDED = "decided", _("Decided, package made")
    WITHDRAWN = "withdrawn", _("Withdrawn")


OPEN_STATUSES = (RequestStatus.OPEN, RequestStatus.PROPOSED)


class Judgement(models.TextChoices):
    """The assessment of one document (the VWS platform's four values)."""

    PUBLIC = "public", _("Public")
    PARTIAL_PUBLIC = "partial_public", _("Partly public")
    NOT_PUBLIC = "not_public", _("Not public")
    ALREADY_PUBLIC = "already_public", _("Already public")


PUBLISHED_JUDGEMENTS = (Judgement.PUBLIC, Judgement.PARTIAL_PUBLIC)
"""Judgements whose document goes into the package as a PDF."""
