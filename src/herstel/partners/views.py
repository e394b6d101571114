# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Partner register pages: thin views over selectors and services."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from herstel.vault.services import SealedBlob, blob_put, blob_read, blob_shred

from . import importer, reports, selectors, services
from .constants import ImportKind, OverviewFormat, Tier
from .forms import (
    AdviceForm,
    AllowanceForm,
    ConfidentialListForm,
    ContactFilterForm,
    ContactMomentForm,
    ImportForm,
    InvitationForm,
    LiftForm,
    MergeForm,
    OrganisationFilterForm,
    OrganisationForm,
    PartnershipForm,
)
from .guard import pieces
from .models import GuardAllowance, SecurityAdvice

PAGE_SIZE = 50
IMPORT_SESSION_KEY = "partners_import"
IMPORT_PURPOSE = "partners-import"


def _require(request: HttpRequest, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def _is_htmx(request: HttpRequest) -> bool:
    return bool(getattr(request, "htmx", False))


def _year(request: HttpRequest) -> int:
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        return timezone.localdate().year
    return year if 2000 <= year <= 2100 else timezone.localdate().year


def _query(request: HttpRequest) -> str:
    pairs: list[tuple[str, str]] = [
        (k, str(v)) for k, v in request.GET.items() if k != "page" and v
    ]
    return urlencode(pairs)


# Organisations -----------------------------------------------------------


@login_required
@require_GET
def organisation_index(request: HttpRequest) -> HttpResponse:
    _require(request, "partners.read_register")
    form = OrganisationFilterForm(request.GET or None)
    filters: dict[str, Any] = {}
    if form.is_valid():
        data = form.cleaned_data
        blocked = {"yes": True, "no": False}.get(data.get("blocked") or "")
        filters = {
            "query": data.get("q") or "",
            "kind": data.get("kind") or "",
            "theme": data.get("theme") or "",
            "blocked": blocked,
        }
    organisations = selectors.organisation_list(actor=request.user, **filters)
    page = Paginator(organisations, PAGE_SIZE).get_page(request.GET.get("page"))
    template = "partners/organisation_list.html"
    if _is_htmx(request):
        template += "#results"
    return render(
        request,
        template,
        {"form": form, "page": page, "query": _query(request)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def organisation_create(request: HttpRequest) -> HttpResponse:
    _require(request, "partners.keep_register")
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            organisation = services.organisation_create(
                actor=request.user,
                name=form.cleaned_data["name"],
                kind=form.cleaned_data["kind"],
                kvk_number=form.cleaned_data["kvk_number"],
                website=form.cleaned_data["website"],
                themes=form.cleaned_data["themes"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The organisation is registered."))
            return redirect("partners:organisation_detail", pk=organisation.pk)
    return render(
        request,
        "partners/organisation_form.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


@login_required
@require_GET
def organisation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = selectors.organisation_get(actor=request.user, pk=pk)
    advices = selectors.organisation_advices(
        actor=request.user, organisation=organisation
    )
    active = [a for a in advices if a.is_active()]
    return render(
        request,
        "partners/organisation_detail.html",
        {
            "organisation": organisation,
            "timeline": selectors.organisation_timeline(
                actor=request.user, organisation=organisation
            ),
            "advices": advices,
            "active_advices": active,
            "partnerships": selectors.organisation_partnerships(
                actor=request.user, organisation=organisation
            ),
            "former_names": organisation.former_names.all(),
            "merged_from": organisation.merged_from.all(),
            "can_keep": request.user.has_perm("partners.keep_register"),
            "can_advise": request.user.has_perm("partners.record_advice"),
            "lift_form": LiftForm(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def organisation_edit(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, "partners.keep_register")
    organisation = selectors.organisation_get(actor=request.user, pk=pk)
    form = OrganisationForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        try:
            services.organisation_update(
                actor=request.user,
                organisation=organisation,
                name=form.cleaned_data["name"],
                kind=form.cleaned_data["kind"],
                kvk_number=form.cleaned_data["kvk_number"],
                website=form.cleaned_data["website"],
                themes=form.cleaned_data["themes"],
                renamed_on=form.cleaned_data.get("renamed_on"),
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The organisation is saved."))
            return redirect("partners:organisation_detail", pk=organisation.pk)
    # The ModelForm wrote the posted values onto the instance; reload for the title.
    organisation.refresh_from_db()
    return render(
        request,
        "partners/organisation_form.html",
        {"form": form, "organisation": organisation},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def organisation_merge(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, "partners.keep_register")
    organisation = selectors.organisation_get(actor=request.user, pk=pk)
    form = MergeForm(request.POST or None, organisation=organisation)
    if request.method == "POST" and form.is_valid():
        try:
            services.organisation_merge(
                actor=request.user,
                organisation=organisation,
                into=form.cleaned_data["into"],
                merged_on=form.cleaned_data["merged_on"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The merger is recorded."))
            return redirect("partners:organisation_detail", pk=organisation.pk)
    return render(
        request,
        "partners/merge_form.html",
        {"form": form, "organisation": organisation},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def partnership_create(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, "partners.keep_register")
    organisation = selectors.organisation_get(actor=request.user, pk=pk)
    form = PartnershipForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.partnership_create(
                actor=request.user, organisation=organisation, **form.cleaned_data
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The partnership is registered."))
            return redirect("partners:organisation_detail", pk=organisation.pk)
    return render(
        request,
        "partners/simple_form.html",
        {
            "form": form,
            "organisation": organisation,
            "title": _("Register a partnership"),
            "submit": _("Register partnership"),
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def invitation_create(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, "partners.keep_register")
    organisation = selectors.organisation_get(actor=request.user, pk=pk)
    form = InvitationForm(request.POST or None, organisation=organisation)
    if request.method == "POST":
        if form.is_valid():
            try:
                services.invitation_create(
                    actor=request.user, organisation=organisation, **form.cleaned_data
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("The invitation is registered."))
                return redirect("partners:organisation_detail", pk=organisation.pk)
        elif form.guard_findings:
            services.guard_refusal_record(
                actor=request.user, form="invitation", findings=form.guard_findings
            )
    return render(
        request,
        "partners/simple_form.html",
        {
            "form": form,
            "organisation": organisation,
            "title": _("Register an invitation"),
            "submit": _("Register invitation"),
            "refused": _refused(form),
        },
        status=400 if form.errors else 200,
    )


# Security advice ---------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def advice_create(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, "partners.record_advice")
    organisation = selectors.organisation_get(actor=request.user, pk=pk)
    form = AdviceForm(request.POST or None, initial={"starts_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.advice_record(
                actor=request.user, organisation=organisation, **form.cleaned_data
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request,
                _(
                    "The advice is recorded: no contact can be registered while "
                    "it is active."
                ),
            )
            return redirect("partners:organisation_detail", pk=organisation.pk)
    return render(
        request,
        "partners/simple_form.html",
        {
            "form": form,
            "organisation": organisation,
            "title": _("Record an advice against contact"),
            "intro": _(
                "Record the external advice and its reference only. The register "
                "holds no reasons, assessment or profile of an organisation."
            ),
            "submit": _("Record advice"),
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def advice_lift(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, "partners.record_advice")
    advice = get_object_or_404(SecurityAdvice, pk=pk)
    form = LiftForm(request.POST)
    if form.is_valid():
        try:
            services.advice_lift(
                actor=request.user,
                advice=advice,
                lifted_on=form.cleaned_data["lifted_on"],
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("The advice is lifted."))
    else:
        messages.error(request, _("Enter the date the advice was lifted."))
    return redirect("partners:organisation_detail", pk=advice.organisation_id)


# Contact moments ---------------------------------------------------------


@login_required
@require_GET
def contact_index(request: HttpRequest) -> HttpResponse:
    _require(request, "partners.read_register")
    form = ContactFilterForm(request.GET or None)
    filters: dict[str, Any] = {}
    if form.is_valid():
        data = form.cleaned_data
        filters = {
            "query": data.get("q") or "",
            "tier": data.get("tier") or "",
            "form": data.get("form") or "",
            "theme": data.get("theme") or "",
            "date_from": data.get("date_from"),
            "date_to": data.get("date_to"),
        }
    contacts = selectors.contact_list(actor=request.user, **filters)
    page = Paginator(contacts, PAGE_SIZE).get_page(request.GET.get("page"))
    template = "partners/contact_list.html"
    if _is_htmx(request):
        template += "#results"
    return render(
        request,
        template,
        {
            "form": form,
            "page": page,
            "query": _query(request),
            "can_keep": request.user.has_perm("partners.keep_register"),
        },
    )


def _refused(form: Any) -> list[tuple[Any, list[Any]]]:
    """Per refused field: its label and the text split around the findings."""
    findings = getattr(form, "guard_findings", {}) or {}
    result = []
    for name, field_findings in findings.items():
        text = form.data.get(name, "")
        result.append((form[name], pieces(text, field_findings)))
    return result


def _contact_form_page(
    request: HttpRequest, form: ContactMomentForm, contact: Any = None
) -> HttpResponse:
    if request.method == "POST" and form.guard_findings:
        services.guard_refusal_record(
            actor=request.user, form="contact", findings=form.guard_findings
        )
    if request.method == "POST" and form.blocked_organisations:
        services.contact_refusal_record(
            actor=request.user,
            organisations=form.blocked_organisations,
            what="contact",
        )
    return render(
        request,
        "partners/contact_form.html",
        {"form": form, "contact": contact, "refused": _refused(form)},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def contact_create(request: HttpRequest) -> HttpResponse:
    _require(request, "partners.keep_register")
    initial: dict[str, Any] = {"date": timezone.localdate(), "tier": Tier.INCIDENTAL}
    if request.GET.get("organisation", "").isdigit():
        initial["organisations"] = [int(request.GET["organisation"])]
    form = ContactMomentForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            contact = services.contact_register(
                actor=request.user, data=form.contact_data()
            )
        except services.PersonalDataError as exc:
            form.guard_findings = exc.findings
            form.add_error(None, exc)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The contact moment is registered."))
            return redirect("partners:contact_detail", pk=contact.pk)
    return _contact_form_page(request, form)


@login_required
@require_GET
def contact_detail(request: HttpRequest, pk: int) -> HttpResponse:
    contact = selectors.contact_get(actor=request.user, pk=pk)
    return render(
        request,
        "partners/contact_detail.html",
        {
            "contact": contact,
            "can_keep": request.user.has_perm("partners.keep_register"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def contact_edit(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, "partners.keep_register")
    contact = selectors.contact_get(actor=request.user, pk=pk)
    initial = {
        "date": contact.date,
        "form": contact.form,
        "tier": contact.tier,
        "topic": contact.topic,
        "notes": contact.notes,
        "outcomes": contact.outcomes,
        "unit": contact.unit,
        "organisations": list(contact.organisations.all()),
        "themes": list(contact.themes.all()),
    }
    form = ContactMomentForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.contact_update(
                actor=request.user, contact=contact, data=form.contact_data()
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The contact moment is saved."))
            return redirect("partners:contact_detail", pk=contact.pk)
    return _contact_form_page(request, form, contact)


# Import ------------------------------------------------------------------


def _staged(request: HttpRequest) -> dict[str, Any] | None:
    staged = request.session.get(IMPORT_SESSION_KEY)
    return staged if isinstance(staged, dict) else None


def _unstage(request: HttpRequest) -> None:
    staged = _staged(request)
    if staged:
        blob_shred(blob=SealedBlob(key_id=staged["key_id"], blob_name=staged["blob"]))
        del request.session[IMPORT_SESSION_KEY]


@login_required
@require_http_methods(["GET", "POST"])
def import_view(request: HttpRequest) -> HttpResponse:
    """Check a file (dry run); when it is clean, import the checked file on request.

    Between the two steps the file is kept encrypted in the vault and shredded
    after the import or when another file is checked.
    """
    _require(request, "partners.keep_register")
    report = None
    form = ImportForm()
    status = 200
    if request.method == "POST" and request.POST.get("action") == "import":
        staged = _staged(request)
        if not staged:
            messages.error(request, _("Check the file first."))
            return redirect("partners:import")
        data = blob_read(
            blob=SealedBlob(key_id=staged["key_id"], blob_name=staged["blob"]),
            purpose=IMPORT_PURPOSE,
        )
        try:
            report = importer.import_run(
                actor=request.user,
                kind=staged["kind"],
                data=data,
                filename=staged["filename"],
                dry_run=False,
            )
        except importer.ImportFileError as exc:
            messages.error(request, str(exc))
            _unstage(request)
            return redirect("partners:import")
        _unstage(request)
        if report.imported:
            messages.success(
                request,
                _("%(count)s rows imported.") % {"count": report.imported},
            )
            return redirect(
                "partners:organisation_list"
                if staged["kind"] == ImportKind.ORGANISATIONS
                else "partners:contact_list"
            )
        status = 400
    elif request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            data = upload.read()
            _unstage(request)
            try:
                report = importer.import_run(
                    actor=request.user,
                    kind=form.cleaned_data["kind"],
                    data=data,
                    filename=upload.name,
                    dry_run=True,
                )
            except importer.ImportFileError as exc:
                form.add_error("file", str(exc))
                status = 400
            else:
                if report.is_clean:
                    blob = blob_put(data=data, purpose=IMPORT_PURPOSE)
                    request.session[IMPORT_SESSION_KEY] = {
                        "key_id": blob.key_id,
                        "blob": blob.blob_name,
                        "kind": form.cleaned_data["kind"],
                        "filename": "import.xlsx"
                        if upload.name.lower().endswith(".xlsx")
                        else "import.csv",
                    }
                else:
                    status = 400
        else:
            status = 400
    return render(
        request,
        "partners/import.html",
        {
            "form": form,
            "report": report,
            "organisation_columns": importer.ORGANISATION_COLUMNS,
            "contact_columns": importer.CONTACT_COLUMNS,
        },
        status=status,
    )


# Reports -----------------------------------------------------------------


def _download(data: bytes, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


CONTENT_TYPES = {
    OverviewFormat.PDF: "application/pdf",
    OverviewFormat.CSV: "text/csv; charset=utf-8",
    OverviewFormat.ODS: "application/vnd.oasis.opendocument.spreadsheet",
}


def _overview_file(
    year: int, rows: list[reports.OverviewRow], fmt: str
) -> HttpResponse:
    if fmt == OverviewFormat.CSV:
        data = reports.overview_csv(rows)
    elif fmt == OverviewFormat.ODS:
        data = reports.overview_ods(rows)
    elif fmt == OverviewFormat.PDF:
        data = reports.overview_pdf(year=year, rows=rows)
    else:
        raise Http404
    return _download(
        data, f"partners-overview-{year}.{fmt}", CONTENT_TYPES[OverviewFormat(fmt)]
    )


@login_required
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    _require(request, "partners.read_register")
    year = _year(request)
    rows = reports.overview_rows(year=year)
    publications = selectors.publication_list()
    return render(
        request,
        "partners/overview.html",
        {
            "year": year,
            "years": selectors.contact_years(),
            "groups": reports.overview_groups(rows),
            "organisation_count": len({r.organisation for r in rows}),
            "publications": publications,
            "published": publications.filter(year=year).first(),
            "can_publish": request.user.has_perm("partners.publish_overview"),
            "formats": OverviewFormat.choices,
        },
    )


@login_required
@require_GET
def overview_download(request: HttpRequest) -> HttpResponse:
    _require(request, "partners.read_register")
    year = _year(request)
    return _overview_file(
        year, reports.overview_rows(year=year), request.GET.get("format", "pdf")
    )


@login_required
@require_POST
def overview_publish(request: HttpRequest) -> HttpResponse:
    _require(request, "partners.publish_overview")
    try:
        year = int(request.POST.get("year", ""))
    except ValueError:
        year = timezone.localdate().year
    publication = services.overview_publish(actor=request.user, year=year)
    messages.success(
        request,
        _("The overview of %(year)s is published.") % {"year": publication.year},
    )
    return redirect(f"{reverse('partners:overview')}?year={publication.year}")


@require_GET
def public_index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "partners/public_index.html",
        {"publications": selectors.publication_list()},
    )


@require_GET
def public_overview(request: HttpRequest, year: int) -> HttpResponse:
    publication = selectors.publication_get(year=year)
    rows = reports.rows_from_snapshot(publication.rows)
    return render(
        request,
        "partners/public_overview.html",
        {
            "publication": publication,
            "groups": reports.overview_groups(rows),
            "organisation_count": len({r.organisation for r in rows}),
            "formats": OverviewFormat.choices,
        },
    )


@require_GET
def public_download(request: HttpRequest, year: int, fmt: str) -> HttpResponse:
    publication = selectors.publication_get(year=year)
    return _overview_file(year, reports.rows_from_snapshot(publication.rows), fmt)


@login_required
@require_http_methods(["GET", "POST"])
def confidential_list(request: HttpRequest) -> HttpResponse:
    _require(request, "partners.issue_confidential_list")
    form = ConfidentialListForm(
        request.POST or None,
        initial={"since": timezone.localdate() - datetime.timedelta(days=365)},
    )
    if request.method == "POST":
        if form.is_valid():
            try:
                issued = services.confidential_copy_issue(
                    actor=request.user,
                    since=form.cleaned_data["since"],
                    recipient=form.cleaned_data["recipient"],
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                response = _download(
                    issued.pdf,
                    f"vertrouwelijk-exemplaar-{issued.copy.number}.pdf",
                    "application/pdf",
                )
                response["Cache-Control"] = "no-store"
                return response
        elif form.guard_findings:
            services.guard_refusal_record(
                actor=request.user,
                form="confidential_list",
                findings=form.guard_findings,
            )
    return render(
        request,
        "partners/confidential_list.html",
        {
            "form": form,
            "copies": selectors.confidential_copy_list(actor=request.user)[:50],
            "refused": _refused(form),
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_GET
def signals(request: HttpRequest) -> HttpResponse:
    _require(request, "partners.read_register")
    year = _year(request)
    return render(
        request,
        "partners/signals.html",
        {
            "counts": reports.signal_counts(year=year),
            "year": year,
            "years": list(
                range(timezone.localdate().year, timezone.localdate().year - 6, -1)
            ),
        },
    )


# Privacy guard allowances ------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def allowances(request: HttpRequest) -> HttpResponse:
    _require(request, "partners.allow_finding")
    form = AllowanceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.allowance_grant(actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The finding is allowed."))
            return redirect("partners:allowances")
    return render(
        request,
        "partners/allowances.html",
        {"form": form, "allowances": selectors.allowance_list(actor=request.user)},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def allowance_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, "partners.allow_finding")
    allowance = get_object_or_404(GuardAllowance, pk=pk)
    services.allowance_revoke(actor=request.user, allowance=allowance)
    messages.success(request, _("The allowance is revoked."))
    return redirect("partners:allowances")
