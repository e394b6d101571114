# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.db import models
from django.utils.translation import gettext_lazy as _


class Action(models.TextChoices):
    """What happens to a document at the end of the operation."""

    DESTROY = "destroy", _("Destroy")
    REDACT_ARCHIVE = "redact_archive", _("Redact and archive")
    KEEP = "keep", _("Keep")


class DecisionStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed, awaiting approval")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Replaced by a new proposal")


OPEN_DECISION_STATUSES = (DecisionStatus.PROPOSED, DecisionStatus.APPROVED)


class HoldAuthority(models.TextChoices):
    OMBUDSMAN = "ombudsman", _("National Ombudsman")
    WOO_REQUEST = "woo_request", _("Woo request")
    COURT = "court", _("Court or litigation")
    OBJECTION = "objection", _("Objection of a data subject")


class HoldScope(models.TextChoices):
    DOSSIER = "dossier", _("Dossier")
    DOCUMENT = "document", _("Document")
    SUBJECT = "subject", _("Data subject")


class RunStatus(models.TextChoices):
    DRAFT = "draft", _("Draft: being prepared")
    SUBMITTED = "submitted", _("Submitted for approval")
    APPROVED = "approved", _("Approved, ready to execute")
    EXECUTING = "executing", _("Executing")
    CHECKLIST = "checklist", _("Destroyed; storage locations to confirm")
    COMPLETED = "completed", _("Completed, certificate issued")
    CANCELLED = "cancelled", _("Cancelled")


class ItemStatus(models.TextChoices):
    PENDING = "pending", _("To destroy")
    BLOCKED = "blocked", _("Blocked, not destroyed")
    DESTROYED = "destroyed", _("Destroyed")


class RedactionStatus(models.TextChoices):
    DRAFT = "draft", _("Being prepared")
    PROPOSED = "proposed", _("Proposed, awaiting approval")
    APPROVED = "approved", _("Approved")
