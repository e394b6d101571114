# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""An audit entry's details in words (issue 16).

Services record details as ``key: value`` pairs of identifiers, counts, codes
and dates, never personal data. The privacy officer reads them as "Document:
DOC-01EDBF4234; Mentions: Person name 3; Approved: yes": each key has a label
in the event registry (:meth:`EventRegistry.register_details`), codes are shown
as the text of their choice, dates and numbers in the reader's language, and
ids as the object they name where that object's name is no personal data.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from django.apps import apps
from django.db import models
from django.utils import formats
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import pgettext_lazy

from herstel.detection.base import Category

from .models import AuditEvent
from .registry import registry

# A context of their own: "Subject" here is a data subject, "Report" a
# member's report, whatever the words mean on other pages.
DETAIL = "audit detail"
DETAIL_LABELS = {
    "action": pgettext_lazy(DETAIL, "Action"),
    "added": pgettext_lazy(DETAIL, "Added"),
    "after": pgettext_lazy(DETAIL, "After"),
    "after_length": pgettext_lazy(DETAIL, "Length after"),
    "after_sha256": pgettext_lazy(DETAIL, "Fingerprint after"),
    "already_current": pgettext_lazy(DETAIL, "Already up to date"),
    "approved": pgettext_lazy(DETAIL, "Approved"),
    "attachment": pgettext_lazy(DETAIL, "Attachment"),
    "attachments": pgettext_lazy(DETAIL, "Attachments"),
    "authority": pgettext_lazy(DETAIL, "Authority"),
    "before": pgettext_lazy(DETAIL, "Before"),
    "before_length": pgettext_lazy(DETAIL, "Length before"),
    "before_sha256": pgettext_lazy(DETAIL, "Fingerprint before"),
    "blockers": pgettext_lazy(DETAIL, "Blockers"),
    "box": pgettext_lazy(DETAIL, "Box"),
    "boxes": pgettext_lazy(DETAIL, "Boxes"),
    "bytes": pgettext_lazy(DETAIL, "Size in bytes"),
    "campaign": pgettext_lazy(DETAIL, "Campaign"),
    "candidates": pgettext_lazy(DETAIL, "Candidates"),
    "categories": pgettext_lazy(DETAIL, "Categories"),
    "category": pgettext_lazy(DETAIL, "Category"),
    "certificate_sha256": pgettext_lazy(DETAIL, "Fingerprint of the certificate"),
    "change": pgettext_lazy(DETAIL, "Change"),
    "changed": pgettext_lazy(DETAIL, "Changed"),
    "channel": pgettext_lazy(DETAIL, "Channel"),
    "characters": pgettext_lazy(DETAIL, "Characters"),
    "check": pgettext_lazy(DETAIL, "Storage location check"),
    "checked": pgettext_lazy(DETAIL, "Checked"),
    "consultation_responses": pgettext_lazy(DETAIL, "Consultation responses"),
    "contact_source": pgettext_lazy(DETAIL, "Source of the contact details"),
    "contributions_removed": pgettext_lazy(DETAIL, "Contributions removed"),
    "created": pgettext_lazy(DETAIL, "New"),
    "data": pgettext_lazy(DETAIL, "Data"),
    "decision": pgettext_lazy(DETAIL, "Decision"),
    "digests": pgettext_lazy(DETAIL, "Fingerprints"),
    "directory_visible": pgettext_lazy(DETAIL, "Visible in the member directory"),
    "document": pgettext_lazy(DETAIL, "Document"),
    "documents": pgettext_lazy(DETAIL, "Documents"),
    "dossier": pgettext_lazy(DETAIL, "Dossier"),
    "due_on": pgettext_lazy(DETAIL, "Due on"),
    "duplicate_of": pgettext_lazy(DETAIL, "Duplicate of"),
    "ends_on": pgettext_lazy(DETAIL, "Ends on"),
    "expires_at": pgettext_lazy(DETAIL, "Expires at"),
    "failed_parts": pgettext_lazy(DETAIL, "Parts without text"),
    "failure": pgettext_lazy(DETAIL, "Failure"),
    "fields": pgettext_lazy(DETAIL, "Fields"),
    "filters": pgettext_lazy(DETAIL, "Filters"),
    "findings": pgettext_lazy(DETAIL, "Findings"),
    "for": pgettext_lazy(DETAIL, "For"),
    "form": pgettext_lazy(DETAIL, "Form"),
    "grant": pgettext_lazy(DETAIL, "Grant"),
    "ground": pgettext_lazy(DETAIL, "Ground"),
    "grounds": pgettext_lazy(DETAIL, "Grounds"),
    "group": pgettext_lazy(DETAIL, "Group"),
    "groups": pgettext_lazy(DETAIL, "Groups"),
    "head_seq": pgettext_lazy(DETAIL, "Last entry"),
    "holds": pgettext_lazy(DETAIL, "Holds"),
    "index_rows": pgettext_lazy(DETAIL, "Index rows"),
    "instant": pgettext_lazy(DETAIL, "Sent at once"),
    "into": pgettext_lazy(DETAIL, "Merged into"),
    "invitation": pgettext_lazy(DETAIL, "Invitation"),
    "judgement": pgettext_lazy(DETAIL, "Judgement"),
    "key_ids": pgettext_lazy(DETAIL, "Keys"),
    "keys": pgettext_lazy(DETAIL, "Keys"),
    "kind": pgettext_lazy(DETAIL, "Kind"),
    "language": pgettext_lazy(DETAIL, "Language"),
    "length": pgettext_lazy(DETAIL, "Length"),
    "link": pgettext_lazy(DETAIL, "Link"),
    "matches": pgettext_lazy(DETAIL, "Matches"),
    "media_type": pgettext_lazy(DETAIL, "File type"),
    "meeting": pgettext_lazy(DETAIL, "Meeting"),
    "member": pgettext_lazy(DETAIL, "Member"),
    "mentions": pgettext_lazy(DETAIL, "Mentions"),
    "mentions_moved": pgettext_lazy(DETAIL, "Mentions moved"),
    "merged": pgettext_lazy(DETAIL, "Merged"),
    "merged_on": pgettext_lazy(DETAIL, "Merged on"),
    "method": pgettext_lazy(DETAIL, "Method"),
    "months": pgettext_lazy(DETAIL, "Months"),
    "names": pgettext_lazy(DETAIL, "Names"),
    "needs": pgettext_lazy(DETAIL, "Needs"),
    "new_subject": pgettext_lazy(DETAIL, "New subject"),
    "notified": pgettext_lazy(DETAIL, "Notified"),
    "number": pgettext_lazy(DETAIL, "Number"),
    "objection": pgettext_lazy(DETAIL, "Objection"),
    "on": pgettext_lazy(DETAIL, "On"),
    "organisation": pgettext_lazy(DETAIL, "Organisation"),
    "organisations": pgettext_lazy(DETAIL, "Organisations"),
    "outcome": pgettext_lazy(DETAIL, "Outcome"),
    "output": pgettext_lazy(DETAIL, "Output"),
    "page": pgettext_lazy(DETAIL, "Page"),
    "parts": pgettext_lazy(DETAIL, "Parts"),
    "party": pgettext_lazy(DETAIL, "Party"),
    "passages": pgettext_lazy(DETAIL, "Passages"),
    "places": pgettext_lazy(DETAIL, "Places"),
    "problems": pgettext_lazy(DETAIL, "Problems"),
    "public_notice": pgettext_lazy(DETAIL, "Public notice"),
    "published": pgettext_lazy(DETAIL, "Published"),
    "published_on": pgettext_lazy(DETAIL, "Published on"),
    "rebuild": pgettext_lazy(DETAIL, "Rebuilt"),
    "received_on": pgettext_lazy(DETAIL, "Received on"),
    "recipients": pgettext_lazy(DETAIL, "Recipients"),
    "redactions": pgettext_lazy(DETAIL, "Redactions"),
    "registration": pgettext_lazy(DETAIL, "Registration"),
    "registrations": pgettext_lazy(DETAIL, "Registrations"),
    "remembered": pgettext_lazy(DETAIL, "Remembered"),
    "removed": pgettext_lazy(DETAIL, "Removed"),
    "replaced": pgettext_lazy(DETAIL, "Replaced"),
    "replaced_characters": pgettext_lazy(DETAIL, "Characters replaced"),
    "report": pgettext_lazy(DETAIL, "Report"),
    "reports": pgettext_lazy(DETAIL, "Reports"),
    "reports_closed": pgettext_lazy(DETAIL, "Reports closed"),
    "republished": pgettext_lazy(DETAIL, "Republished"),
    "request": pgettext_lazy(DETAIL, "Request"),
    "requested_by": pgettext_lazy(DETAIL, "Requested by"),
    "requests": pgettext_lazy(DETAIL, "Requests"),
    "responded": pgettext_lazy(DETAIL, "Responded"),
    "responses": pgettext_lazy(DETAIL, "Responses"),
    "rewrapped": pgettext_lazy(DETAIL, "Keys rewrapped"),
    "role": pgettext_lazy(DETAIL, "Role"),
    "rows": pgettext_lazy(DETAIL, "Rows"),
    "run": pgettext_lazy(DETAIL, "Destruction run"),
    "scope": pgettext_lazy(DETAIL, "Scope"),
    "searched": pgettext_lazy(DETAIL, "Searched"),
    "service": pgettext_lazy(DETAIL, "Service"),
    "sha256": pgettext_lazy(DETAIL, "Fingerprint (SHA-256)"),
    "shown": pgettext_lazy(DETAIL, "Shown"),
    "shredded_keys_removed": pgettext_lazy(DETAIL, "Destroyed keys removed"),
    "since": pgettext_lazy(DETAIL, "Since"),
    "size": pgettext_lazy(DETAIL, "Size in bytes"),
    "source": pgettext_lazy(DETAIL, "Source"),
    "starts_on": pgettext_lazy(DETAIL, "Starts on"),
    "status": pgettext_lazy(DETAIL, "Status"),
    "storage_locations": pgettext_lazy(DETAIL, "Storage locations"),
    "subject": pgettext_lazy(DETAIL, "Subject"),
    "subjects": pgettext_lazy(DETAIL, "Subjects"),
    "supported_topics": pgettext_lazy(DETAIL, "Supported topics"),
    "term_ends_on": pgettext_lazy(DETAIL, "Term ends on"),
    "text_sha256": pgettext_lazy(DETAIL, "Fingerprint of the text"),
    "themes": pgettext_lazy(DETAIL, "Themes"),
    "tier": pgettext_lazy(DETAIL, "Tier"),
    "title": pgettext_lazy(DETAIL, "Title"),
    "today": pgettext_lazy(DETAIL, "Today"),
    "topics": pgettext_lazy(DETAIL, "Topics"),
    "total": pgettext_lazy(DETAIL, "Total"),
    "unsubscribe_url": pgettext_lazy(DETAIL, "Unsubscribe link"),
    "until": pgettext_lazy(DETAIL, "Until"),
    "updates": pgettext_lazy(DETAIL, "Updates"),
    "url": pgettext_lazy(DETAIL, "Link"),
    "verification": pgettext_lazy(DETAIL, "Verification"),
    "version": pgettext_lazy(DETAIL, "Version"),
    "what": pgettext_lazy(DETAIL, "What"),
    "with_needs": pgettext_lazy(DETAIL, "With needs"),
    "worklist_url": pgettext_lazy(DETAIL, "Worklist link"),
    "year": pgettext_lazy(DETAIL, "Year"),
}
registry.register_details(DETAIL_LABELS)

# Details that hold an object's id. The object is named by its text where
# that is no personal data (a dossier's title, a run's reference); otherwise
# by its kind and number ("subject 80").
DETAIL_OBJECTS = {
    "campaign": "inquiries.campaign",
    "check": "disposition.locationcheck",
    "document": "dossiers.document",
    "dossier": "dossiers.dossier",
    "duplicate_of": "partners.organisation",
    "ground": "disposition.ground",
    "group": "network.group",
    "into": "partners.organisation",
    "invitation": "network.invitation",
    "meeting": "network.meeting",
    "member": "network.member",
    "new_subject": "dossiers.subject",
    "organisation": "partners.organisation",
    "registration": "network.registration",
    "request": "inquiries.accessrequest",
    "run": "disposition.destructionrun",
    "subject": "dossiers.subject",
}
NAMED_BY_TEXT = {
    "inquiries.campaign",
    "disposition.locationcheck",
    "dossiers.document",
    "dossiers.dossier",
    "disposition.ground",
    "network.group",
    "network.meeting",
    "partners.organisation",
    "inquiries.accessrequest",
    "disposition.destructionrun",
}
# Details whose codes (or counts per code) are categories of personal data.
CATEGORY_KEYS = {"categories", "category", "findings", "mentions"}
_CODE = re.compile(r"^[a-z][a-z0-9_.-]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _choice_classes(base: type[models.TextChoices]) -> Iterable[Any]:
    cls: Any
    for cls in base.__subclasses__():
        yield cls
        yield from _choice_classes(cls)


@cache
def _choice_labels() -> dict[str, Any]:
    """Every code of Herstel's choices with its (lazy) text, plus the
    registry's reason codes; the first declaration of a code wins."""
    labels: dict[str, Any] = {}
    for cls in _choice_classes(models.TextChoices):
        if not cls.__module__.startswith("herstel."):
            continue
        for value, label in cls.choices:
            labels.setdefault(value, label)
    return labels


def detail_label(key: str) -> str:
    """The label of detail ``key`` (a choice's text for a count per code)."""
    label = registry.detail_labels().get(key) or _choice_labels().get(key)
    if label is not None:
        return str(label)
    return key.replace("_", " ").capitalize()


def _objects(entries: Iterable[AuditEvent]) -> dict[tuple[str, int], str]:
    wanted: dict[str, set[int]] = {}
    for entry in entries:
        for key, value in (entry.context or {}).items():
            model = DETAIL_OBJECTS.get(key)
            if model in NAMED_BY_TEXT and isinstance(value, int):
                wanted.setdefault(model, set()).add(value)
    names: dict[tuple[str, int], str] = {}
    for model, ids in wanted.items():
        for obj in apps.get_model(model).objects.filter(pk__in=ids):
            names[(model, obj.pk)] = str(obj)
    return names


def _value(key: str, value: Any, names: dict[tuple[str, int], str]) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    model = DETAIL_OBJECTS.get(key)
    if model and isinstance(value, int):
        named = names.get((model, value))
        if named:
            return named
        verbose = apps.get_model(model)._meta.verbose_name
        return f"{verbose} {value}"
    if isinstance(value, int | float):
        return formats.number_format(value, use_l10n=True, force_grouping=True)
    if isinstance(value, dict):
        return ", ".join(
            f"{_code_label(key, str(k)) or detail_label(str(k))}: "
            f"{_value(str(k), v, names)}"
            for k, v in value.items()
        )
    if isinstance(value, list | tuple):
        return ", ".join(_value(key, item, names) for item in value)
    return _text(key, str(value))


def _text(key: str, value: str) -> str:
    if key == "media_type":
        from herstel.extraction.file_types import file_type_label

        return file_type_label(value)
    if _DATE.match(value):
        try:
            return formats.date_format(datetime.date.fromisoformat(value))
        except ValueError:
            return value
    if _DATETIME.match(value):
        try:
            moment = datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
        if timezone.is_aware(moment):
            moment = timezone.localtime(moment)
        return formats.date_format(moment, "DATETIME_FORMAT")
    if _CODE.match(value):
        return _code_label(key, value) or value
    return value


def _code_label(key: str, code: str) -> str:
    """The text of ``code`` recorded under ``key``; ``""`` when unknown."""
    label: Any = None
    if key in CATEGORY_KEYS:
        label = dict(Category.choices).get(code)
    label = label or _choice_labels().get(code) or registry.reasons().get(code)
    if label is None and code in registry:
        label = registry[code].label
    return str(label) if label is not None else ""


@dataclass(frozen=True, slots=True)
class Detail:
    """One detail of an entry as the reader reads it."""

    label: str
    value: str


def audit_details(entries: Iterable[AuditEvent]) -> dict[int, list[Detail]]:
    """The details of ``entries`` in words, by ``seq``."""
    entries = list(entries)
    names = _objects(entries)
    return {
        entry.seq: [
            Detail(label=detail_label(key), value=_value(key, value, names))
            for key, value in (entry.context or {}).items()
        ]
        for entry in entries
    }
