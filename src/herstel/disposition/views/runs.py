# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Destruction runs: list, a run and its steps, storage locations, the
certificate."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.shortcuts import redirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.utils.translation import ngettext

from herstel.audit.services import audit_event_record
from herstel.core.confirm import confirm_unless_typed
from herstel.core.lists import list_page
from herstel.core.views import attachment
from herstel.core.views import form_page
from herstel.core.views import staff_view
from herstel.dossiers.audit_events import DOSSIER_VIEWED
from herstel.dossiers.models import Dossier
from herstel.dossiers.selectors import document_titles

from .. import services
from ..audit_events import CERTIFICATE_DOWNLOADED
from ..constants import RunStatus
from ..forms import LocationForm
from ..forms import RunForm
from ..lists import RUNS
from ..models import LocationCheck
from ..selectors import run_get
from ..selectors import run_item_counts
from ..selectors import run_list
from ..selectors import run_preview

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest


@staff_view("disposition.read", methods="GET POST", post_perm="disposition.prepare_run")
def runs(request: AuthenticatedRequest) -> HttpResponse:
    return form_page(
        request,
        RunForm(request.POST or None, dossiers=Dossier.objects.order_by("title")),
        "disposition/runs.html",
        lambda data: services.run_prepare(actor=request.user, **data),
        lambda run: redirect("disposition:run", reference=run.reference),
        success=_("The run is prepared. Check the preview."),
        context=lambda: {
            "listing": list_page(request, run_list(actor=request.user), RUNS),
            "can_prepare": request.user.has_perm("disposition.prepare_run"),
        },
    )


@staff_view()
def run(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    run = run_get(actor=request.user, reference=reference)
    rows = run_preview(actor=request.user, run=run)
    user = request.user
    titles = document_titles(actor=user, documents=[row.item.document for row in rows])
    if titles:  # file names may name people: a view of personal data
        audit_event_record(
            event=DOSSIER_VIEWED,
            actor=user,
            target=run.dossier,
            tags=("avg",),
            context={"run": run.reference, "documents": len(titles)},
        )
    return render(
        request,
        "disposition/run.html",
        {
            "run": run,
            "rows": rows,
            "titles": titles,
            "blocked_count": sum(1 for row in rows if row.blocks),
            "checks": run.checks.select_related("recorded_by"),
            "location_form": LocationForm(),
            "can_submit": run.status == RunStatus.DRAFT
            and user.has_perm("disposition.prepare_run"),
            "can_approve": run.status == RunStatus.SUBMITTED
            and user.has_perm("disposition.approve_run")
            and run.created_by_id != user.pk,
            "can_execute": run.status in (RunStatus.APPROVED, RunStatus.EXECUTING)
            and user.has_perm("disposition.execute_run"),
            "can_cancel": run.status
            in (RunStatus.DRAFT, RunStatus.SUBMITTED, RunStatus.APPROVED)
            and (
                user.has_perm("disposition.prepare_run")
                or user.has_perm("disposition.approve_run")
            ),
            "can_confirm": run.status == RunStatus.CHECKLIST
            and user.has_perm("disposition.confirm_location"),
        },
    )


def _run_action(
    request: AuthenticatedRequest, reference: str, action: Any, done: str
) -> HttpResponse:
    run = run_get(actor=request.user, reference=reference)
    try:
        action(run=run, actor=request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    except services.SelfApprovalError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)
    return redirect("disposition:run", reference=run.reference)


@staff_view("disposition.prepare_run", methods="POST")
def run_submit(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    return _run_action(
        request, reference, services.run_submit, _("The run is submitted for approval.")
    )


@staff_view("disposition.approve_run", methods="POST")
def run_approve(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    run, page = _run_confirm(request, reference, "disposition:run_approve")
    if page is not None:
        return page
    return _run_action(
        request, run.reference, services.run_approve, _("The run is approved.")
    )


@staff_view("disposition.execute_run", methods="POST")
def run_execute(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    from ..tasks import run_execute_start

    run, page = _run_confirm(request, reference, "disposition:run_execute")
    if page is not None:
        return page
    try:
        task = run_execute_start(run=run, actor=request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("disposition:run", reference=run.reference)
    return redirect("tasks:progress", pk=task.pk)


_CONFIRMATIONS = {
    "disposition:run_approve": (
        gettext_lazy("Approve destruction run %(reference)s"),
        gettext_lazy("Approve the run"),
        [
            gettext_lazy(
                "Once approved, the run may be executed from %(date)s: the "
                "keys of its documents are shredded, so no copy of them, "
                "backups included, can be read again."
            )
        ],
    ),
    "disposition:run_execute": (
        gettext_lazy("Execute destruction run %(reference)s"),
        gettext_lazy("Execute the run: destroy the documents"),
        [
            gettext_lazy(
                "Holds and other blockers are checked again; a blocked "
                "document stays and is listed on the certificate."
            ),
            gettext_lazy(
                "Each other document's key is shredded and its file, text and "
                "mentions are deleted: no copy, backups included, can be read "
                "again."
            ),
            gettext_lazy(
                "Then the other storage locations are confirmed one by one, "
                "and the certificate of destruction is issued."
            ),
        ],
    ),
}
"""Per confirmed action (its URL name): the page title, the button and what
the action does; ``%(reference)s`` and ``%(date)s`` are the run's."""


def _run_confirm(
    request: AuthenticatedRequest, reference: str, action: str
) -> tuple[Any, HttpResponse | None]:
    """The run, and its confirmation page for ``action`` (its documents in
    numbers, then what the action does), or ``None`` once the run's
    reference is typed."""
    run = run_get(actor=request.user, reference=reference)
    title, button, lines = _CONFIRMATIONS[action]
    values = {"reference": run.reference, "date": date_format(run.planned_for)}
    counts = run_item_counts(run=run)
    documents = ngettext(
        "The run holds %(count)s document of dossier %(dossier)s.",
        "The run holds %(count)s documents of dossier %(dossier)s.",
        counts["total"],
    ) % {"count": counts["total"], "dossier": run.dossier.title}
    page = confirm_unless_typed(
        request,
        reference=run.reference,
        title=str(title) % values,
        consequences=[documents, *(str(line) % values for line in lines)],
        action_url=reverse(action, args=[run.reference]),
        button=str(button),
        cancel_url=reverse("disposition:run", args=[run.reference]),
    )
    return run, page


@staff_view(methods="POST")
def run_cancel(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    if not (
        request.user.has_perm("disposition.prepare_run")
        or request.user.has_perm("disposition.approve_run")
    ):
        raise PermissionDenied
    return _run_action(
        request, reference, services.run_cancel, _("The run is cancelled.")
    )


@staff_view("disposition.confirm_location", methods="POST")
def location_confirm(
    request: AuthenticatedRequest, reference: str, pk: int
) -> HttpResponse:
    run = run_get(actor=request.user, reference=reference)
    check = get_object_or_404(LocationCheck, pk=pk, run=run)
    form = LocationForm(request.POST)
    if form.is_valid():
        try:
            services.location_confirm(
                check=check, actor=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("The storage location is confirmed."))
    else:
        for field_errors in form.errors.values():
            for text in field_errors:
                messages.error(request, str(text))
    return redirect("disposition:run", reference=run.reference)


@staff_view()
def certificate(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    run = run_get(actor=request.user, reference=reference)
    if run.status != RunStatus.COMPLETED or not run.certificate:
        raise PermissionDenied
    audit_event_record(
        event=CERTIFICATE_DOWNLOADED,
        actor=request.user,
        target=run,
        context={"sha256": run.certificate_sha256},
    )
    return attachment(
        bytes(run.certificate),
        f"proces-verbaal-{run.reference}.pdf",
        "application/pdf",
        no_store=True,
    )
