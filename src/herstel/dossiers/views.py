# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Inventory pages: thin views over selectors and services."""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.shortcuts import redirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.core.lists import list_page
from herstel.core.lists import private_search
from herstel.core.views import attachment
from herstel.core.views import form_page
from herstel.core.views import is_htmx as _is_htmx
from herstel.core.views import page_or_partial
from herstel.core.views import require_page
from herstel.core.views import staff_view
from herstel.detection.base import Category

from .audit_events import DOSSIER_VIEWED
from .audit_events import SUBJECT_SEARCHED
from .audit_events import SUBJECT_VIEWED
from .constants import MentionStatus
from .constants import failure_text
from .forms import MentionAddForm
from .forms import MentionDecisionForm
from .forms import SubjectSearchForm
from .forms import UploadForm
from .lists import DOCUMENTS
from .lists import DOSSIERS
from .lists import MENTIONS
from .models import Document
from .models import Mention
from .sealed_values import document_keys
from .sealed_values import documents_open
from .selectors import document_get
from .selectors import document_mentions
from .selectors import dossier_category_counts
from .selectors import dossier_documents_filtered
from .selectors import dossier_failures
from .selectors import dossier_get
from .selectors import dossier_ingestions
from .selectors import dossier_list
from .selectors import mention_position
from .selectors import passages_common_name
from .selectors import subject_get
from .selectors import subject_mentions
from .selectors import subject_passages
from .selectors import subject_search
from .selectors import text_segments
from .services import document_filename
from .services import document_original_read
from .services import document_text_read
from .services import mention_add
from .services import mention_decide
from .services import subject_confirm
from .services import subject_merge
from .services import subject_split
from .upload_task import upload_start
from .views_review import review_context

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

PAGE_SIZE = 50
MENTION_PAGE_SIZE = MENTIONS.page_size
"""Mention rows per page of a document: each row carries its review forms, and
rendering them all was most of a long document's page time."""


@staff_view()
def dossier_index(request: AuthenticatedRequest) -> HttpResponse:
    return render(
        request,
        "dossiers/dossier_list.html",
        {"listing": list_page(request, dossier_list(actor=request.user), DOSSIERS)},
    )


@login_required
@private_search(DOCUMENTS)
def dossier_detail(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    dossier = dossier_get(actor=request.user, slug=slug)
    listing = list_page(
        request,
        dossier_documents_filtered(actor=request.user, dossier=dossier),
        DOCUMENTS,
    )
    page = listing.page
    category = listing.filters.get("category", "")
    failures = dossier_failures(actor=request.user, dossier=dossier)
    failed = list(failures[:100])
    # One key-store read opens every file name and unread-part list shown.
    opened = documents_open(documents=failed)
    rows = [(document, document.title) for document in page]
    # File names may name people: listing them is a view of personal data.
    audit_event_record(
        event=DOSSIER_VIEWED,
        actor=request.user,
        target=dossier,
        tags=("avg",),
        context={
            "page": page.number,
            "documents": len(rows),
            "category": category,
            "searched": bool(listing.search),
        },
    )
    return page_or_partial(
        request,
        "dossiers/dossier_detail.html",
        "documents",
        {
            "dossier": dossier,
            "listing": listing,
            "page": page,
            "rows": rows,
            "query": listing.query,
            "category": category,
            "categories": dossier_category_counts(actor=request.user, dossier=dossier),
            "failures": [
                (
                    d,
                    opened[d.pk].filename,
                    [
                        (path, failure_text(code))
                        for path, code in opened[d.pk].failed_parts[:20]
                    ],
                )
                for d in failed
            ],
            "failure_count": len(failed) if len(failed) < 100 else failures.count(),
            "ingestions": dossier_ingestions(actor=request.user, dossier=dossier),
            "locations": dossier.locations.all(),
            "can_ingest": request.user.has_perm("dossiers.ingest", dossier),
        },
    )


@staff_view(methods="GET POST")
def dossier_upload(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    dossier = dossier_get(actor=request.user, slug=slug)
    require_page(request, "dossiers.ingest", dossier)
    posted = request.method == "POST"
    form = UploadForm(
        request.POST if posted else None, request.FILES if posted else None
    )
    if posted and form.is_valid():
        uploads = form.cleaned_data["documents"]
        empty = getattr(form.fields["documents"], "empty_names", [])
        if empty:
            messages.warning(
                request,
                _("Empty files were not stored: %(names)s.")
                % {"names": ", ".join(empty)},
            )
        # Ingested in the background: the progress page counts the files.
        task = upload_start(
            dossier=dossier,
            files=[(f.name, f.read()) for f in uploads],
            actor=request.user,
        )
        return redirect("tasks:progress", pk=task.pk)
    return render(request, "dossiers/upload.html", {"dossier": dossier, "form": form})


def _document_context(
    request: AuthenticatedRequest,
    document: Document,
    category: str,
    text: str,
    keys: Mapping[str, bytes] | None = None,
) -> dict[str, Any]:
    mentions = document_mentions(actor=request.user, document=document)
    shown = [m for m in mentions if not category or m.category == category]
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.status != MentionStatus.REJECTED:
            counts[mention.category] = counts.get(mention.category, 0) + 1
    labels = {code: str(label) for code, label in Category.choices}
    listing = list_page(request, mentions, MENTIONS)
    page = listing.page
    return {
        "listing": listing,
        "document": document,
        "filename": document_filename(document=document, keys=keys),
        "text": text,
        "segments": text_segments(text, shown),
        "mentions": page,
        "mention_page": page,
        "query": listing.query,
        "category": category,
        "category_counts": sorted(
            ((c, labels.get(c, c), n) for c, n in counts.items()), key=lambda r: -r[2]
        ),
        "labels": labels,
        "can_review": request.user.has_perm("dossiers.review_mention", document),
        "add_form": MentionAddForm(document_text=text),
        # Bulk review (issue 13): dossiers/views_review.py.
        **review_context(document, mentions, text),
    }


def _mention_url(mention: Mention) -> str:
    """The document page on the page of the mentions table that holds ``mention``."""
    page = mention_position(mention=mention) // MENTION_PAGE_SIZE + 1
    return (
        reverse("dossiers:document", args=[mention.document.reference])
        + (f"?page={page}" if page > 1 else "")
        + f"#mention-{mention.pk}"
    )


@staff_view()
def document_detail(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    document = document_get(actor=request.user, reference=reference)
    category = request.GET.get("category", "")
    if category not in Category.values:
        category = ""
    keys = document_keys(document=document)  # one key-store read for the page
    text = document_text_read(document=document, actor=request.user, keys=keys)
    return render(
        request,
        "dossiers/document_detail.html",
        _document_context(request, document, category, text, keys),
    )


@staff_view(methods="POST")
def mention_decision(
    request: AuthenticatedRequest, reference: str, pk: int
) -> HttpResponse:
    document = document_get(actor=request.user, reference=reference)
    mention = get_object_or_404(Mention, pk=pk, document=document)
    form = MentionDecisionForm(request.POST)
    if form.is_valid():
        mention = mention_decide(
            mention=mention,
            status=MentionStatus(form.cleaned_data["status"]),
            actor=request.user,
        )
    if _is_htmx(request):
        # The new row shows the mention's text again: a (recorded) read of the text.
        return render(
            request,
            "dossiers/document_detail.html#mention-row",
            {
                "mention": mention,
                "document": document,
                "text": document_text_read(document=document, actor=request.user),
                "labels": dict(Category.choices),
                "can_review": True,
            },
        )
    return redirect(_mention_url(mention))


@staff_view(methods="POST")
def mention_create(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    document = document_get(actor=request.user, reference=reference)
    require_page(request, "dossiers.review_mention", document)
    text = document_text_read(document=document, actor=request.user)
    return form_page(
        request,
        MentionAddForm(request.POST, document_text=text),
        "dossiers/document_detail.html",
        lambda data: mention_add(
            document=document,
            start=data["start"],
            end=data["end"],
            category=data["category"],
            actor=request.user,
        ),
        lambda mention: redirect(_mention_url(mention)),
        success=_("The missed personal data is marked."),
        context=lambda: _document_context(request, document, "", text),
        form_name="add_form",
    )


# The formats Herstel reads whose extension the platform's table may lack or vary on.
_EXTENSIONS = {
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "message/rfc822": ".eml",
    "application/vnd.ms-outlook": ".msg",
    "application/mbox": ".mbox",
    "text/rtf": ".rtf",
    "application/rtf": ".rtf",
    "text/html": ".html",
    "application/zip": ".zip",
}


def _extension(media_type: str) -> str:
    """The usual file extension for ``media_type`` (``""`` when unknown)."""
    media_type = media_type.split(";")[0].strip().lower()
    known = _EXTENSIONS.get(media_type)
    if known:
        return known
    guessed = (
        mimetypes.guess_extension(media_type, strict=False) if media_type else None
    )
    return guessed or ""


@staff_view()
def document_download(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    document = document_get(actor=request.user, reference=reference)
    data = document_original_read(document=document, actor=request.user)
    # The reference, not the original name, so no personal data in headers or logs;
    # the extension from the detected media type, so the file opens in its program.
    filename = document.reference + _extension(document.media_type)
    return attachment(data, filename, "application/octet-stream", no_store=True)


@staff_view(methods="GET POST")
def subject_find(request: AuthenticatedRequest) -> HttpResponse:
    """Search subjects by any spelling of a name, optionally place and birth date.

    The search is a POST, so names never end up in URLs or access logs.
    """
    form = SubjectSearchForm(request.POST or None)
    candidates = None
    if form.is_valid():
        data = form.cleaned_data
        birth = data.get("birth_date")
        candidates = subject_search(
            actor=request.user,
            names=[data["name"]],
            places=[data["place"]] if data.get("place") else [],
            birth_date=birth.isoformat() if birth else "",
        )
        audit_event_record(
            event=SUBJECT_SEARCHED,
            actor=request.user,
            reason="inventory",
            context={
                "candidates": len(candidates),
                "fields": [k for k, v in data.items() if v],
            },
        )
    elif not request.user.has_perm("dossiers.read_inventory"):
        raise PermissionDenied
    return render(
        request,
        "dossiers/subject_search.html",
        {"form": form, "candidates": candidates},
    )


@staff_view()
def subject_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """A subject's mentions with their passages (audited as document views)."""
    subject = subject_get(actor=request.user, pk=pk)
    passages = subject_passages(
        actor=request.user, subject=subject, purpose="inventory", documents=50
    )
    audit_event_record(
        event=SUBJECT_VIEWED,
        actor=request.user,
        target=subject,
        reason="inventory",
        context={"passages": len(passages)},
    )
    return render(
        request,
        "dossiers/subject_detail.html",
        {
            "subject": subject,
            # The page already shows (and audits) these passages.
            "name": passages_common_name(passages),
            "mentions": subject_mentions(actor=request.user, subject=subject),
            "passages": passages,
            "can_work": request.user.has_perm("dossiers.review_mention"),
        },
    )


@staff_view("dossiers.review_mention", methods="POST")
def subject_decision(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Confirm, merge (other subject numbers) or split (chosen mentions)."""
    subject = subject_get(actor=request.user, pk=pk)
    action = request.POST.get("action", "")
    try:
        if action == "confirm":
            subject_confirm(subject=subject, actor=request.user)
            messages.success(request, _("The subject is confirmed."))
        elif action == "merge":
            numbers = [
                int(part)
                for part in request.POST.get("others", "")
                .replace("S-", "")
                .replace(",", " ")
                .split()
                if part.isdigit()
            ]
            others = [subject_get(actor=request.user, pk=n) for n in numbers]
            subject_merge(target=subject, others=others, actor=request.user)
            messages.success(request, _("The subjects are merged."))
        elif action == "split":
            mention_ids = [
                int(v) for v in request.POST.getlist("mention") if v.isdigit()
            ]
            new = subject_split(
                subject=subject, mention_ids=mention_ids, actor=request.user
            )
            messages.success(
                request,
                _("The chosen mentions now form subject %(reference)s.")
                % {"reference": new.reference},
            )
        else:
            messages.error(request, _("Choose an action."))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("dossiers:subject", pk=subject.pk)
