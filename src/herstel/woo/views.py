# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Woo requests: the list and registration, one request, one document's
assessment, and the posted actions of the request page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from herstel.core.views import action_run, form_errors_add, form_render, require_page
from herstel.detection.base import Category
from herstel.disposition.selectors import ground_list, redaction_of
from herstel.dossiers.selectors import (
    dossier_documents_filtered,
    dossier_list,
)

from . import services
from .constants import Judgement, RequestStatus
from .forms import (
    AssessForm,
    ProposeForm,
    PublishForm,
    ReasonForm,
    RegisterForm,
    ReturnForm,
    ScopeForm,
    ThirdPartyForm,
    ViewForm,
)
from .models import ThirdParty, WooRequest
from .selectors import (
    woo_item_counts,
    woo_item_get,
    woo_request_get,
    woo_request_list,
    woo_requester_read,
)


@login_required
@require_http_methods(["GET", "POST"])
def request_list(request: HttpRequest) -> HttpResponse:
    requests = woo_request_list(actor=request.user)
    form = RegisterForm(request.POST or None)
    if request.method == "POST":
        require_page(request, "woo.work")
        if form.is_valid():
            data = form.cleaned_data
            try:
                created = services.woo_request_register(
                    received_on=data["received_on"],
                    subject=data["subject"],
                    requester=services.Requester(
                        name=data["requester_name"],
                        email=data["requester_email"],
                        address=data["requester_address"],
                    ),
                    actor=request.user,
                )
            except ValidationError as error:
                form_errors_add(form, error)
            else:
                return redirect("woo:detail", reference=created.reference)
    return form_render(
        request,
        "woo/list.html",
        {"requests": requests, "form": form, "today": timezone.localdate()},
    )


def _scope_form(request: HttpRequest, data: Any = None) -> ScopeForm:
    return ScopeForm(
        data,
        dossiers=dossier_list(actor=request.user).order_by("title"),
        categories=Category.choices,
    )


def _detail_context(request: HttpRequest, woo: WooRequest) -> dict[str, Any]:
    items = list(woo.items.select_related("document").order_by("number"))
    return {
        "woo": woo,
        "requester": woo_requester_read(actor=request.user, request=woo),
        "items": items,
        "counts": woo_item_counts(request=woo),
        "parties": list(woo.third_parties.all()),
        "pending": services.pending_views(request=woo, on=timezone.localdate()),
        "today": timezone.localdate(),
        "scope_form": _scope_form(request),
        "extend_form": ReasonForm(),
        "party_form": ThirdPartyForm(),
        "view_form": ViewForm(),
        "propose_form": ProposeForm(),
        "return_form": ReturnForm(),
        "publish_form": PublishForm(),
        "RequestStatus": RequestStatus,
        "can_work": request.user.has_perm("woo.work"),
        "can_approve": request.user.has_perm("woo.approve", woo),
    }


@login_required
@require_GET
def request_detail(request: HttpRequest, reference: str) -> HttpResponse:
    woo = woo_request_get(actor=request.user, reference=reference)
    return form_render(request, "woo/detail.html", _detail_context(request, woo))


@login_required
@require_http_methods(["GET", "POST"])
def item(request: HttpRequest, reference: str, pk: int) -> HttpResponse:
    woo = woo_request_get(actor=request.user, reference=reference)
    scope_item = woo_item_get(actor=request.user, request=woo, pk=pk)
    grounds = ground_list(actor=request.user, active_only=True)
    initial = {
        "judgement": scope_item.judgement or None,
        "grounds": scope_item.grounds,
        "link": scope_item.link,
        "remark": scope_item.remark,
    }
    form = AssessForm(request.POST or None, initial=initial, grounds=grounds)
    if request.method == "POST":
        require_page(request, "woo.work")
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.woo_item_assess(
                    item=scope_item,
                    judgement=data["judgement"],
                    grounds=data["grounds"],
                    link=data["link"],
                    remark=data["remark"],
                    actor=request.user,
                )
            except ValidationError as error:
                form_errors_add(form, error)
            else:
                following = woo.items.filter(judgement="", number__gt=scope_item.number)
                after = following.order_by("number").first()
                if after is not None:
                    return redirect("woo:item", reference=woo.reference, pk=after.pk)
                return redirect("woo:detail", reference=woo.reference)
    return form_render(
        request,
        "woo/item.html",
        {
            "woo": woo,
            "item": scope_item,
            "form": form,
            "redaction": redaction_of(document=scope_item.document),
            "Judgement": Judgement,
        },
    )


def _action(
    request: HttpRequest,
    reference: str,
    perm: str,
    run: Callable[[WooRequest], Any],
    success: str,
) -> HttpResponse:
    """A posted action on the request page: check, run, message, back."""
    woo = woo_request_get(actor=request.user, reference=reference)
    require_page(request, perm, woo)
    action_run(request, lambda: run(woo), success=success)
    return redirect("woo:detail", reference=woo.reference)


def _invalid(form: Any) -> None:
    raise ValidationError(
        {field: errors for field, errors in form.errors.items() if field != "__all__"}
        or _("Check the form.")
    )


@login_required
@require_POST
def scope(request: HttpRequest, reference: str) -> HttpResponse:
    def run(woo: WooRequest) -> int:
        form = _scope_form(request, request.POST)
        if not form.is_valid():
            _invalid(form)
        data = form.cleaned_data
        documents = dossier_documents_filtered(
            actor=request.user, dossier=data["dossier"], category=data["category"]
        ).filter(shredded_at__isnull=True)
        if data["references"]:
            documents = documents.filter(reference__in=data["references"])
            found = set(documents.values_list("reference", flat=True))
            if missing := [r for r in data["references"] if r not in found]:
                raise ValidationError(
                    _("Not in this dossier: %(references)s")
                    % {"references": ", ".join(missing[:10])}
                )
        added = services.woo_scope_add(
            request=woo, documents=list(documents), actor=request.user
        )
        messages.success(
            request, _("%(count)d documents put in scope.") % {"count": added}
        )
        return added

    return _action(request, reference, "woo.work", run, "")


@login_required
@require_POST
def scope_remove(request: HttpRequest, reference: str, pk: int) -> HttpResponse:
    def run(woo: WooRequest) -> None:
        services.woo_scope_remove(
            item=woo_item_get(actor=request.user, request=woo, pk=pk),
            actor=request.user,
        )

    return _action(
        request, reference, "woo.work", run, _("The document is out of scope.")
    )


@login_required
@require_POST
def extend(request: HttpRequest, reference: str) -> HttpResponse:
    def run(woo: WooRequest) -> WooRequest:
        return services.woo_request_extend(
            request=woo, reason=request.POST.get("reason", ""), actor=request.user
        )

    return _action(
        request, reference, "woo.work", run, _("The term is extended by two weeks.")
    )


@login_required
@require_POST
def third_party(request: HttpRequest, reference: str) -> HttpResponse:
    def run(woo: WooRequest) -> ThirdParty:
        form = ThirdPartyForm(request.POST)
        if not form.is_valid():
            _invalid(form)
        return services.woo_third_party_add(
            request=woo,
            label=form.cleaned_data["label"],
            asked_on=form.cleaned_data["asked_on"],
            actor=request.user,
        )

    return _action(
        request, reference, "woo.work", run, _("The third party is recorded.")
    )


@login_required
@require_POST
def third_party_respond(request: HttpRequest, reference: str, pk: int) -> HttpResponse:
    def run(woo: WooRequest) -> ThirdParty:
        party = get_object_or_404(ThirdParty, request=woo, pk=pk)
        return services.woo_third_party_respond(
            party=party, note=request.POST.get("note", ""), actor=request.user
        )

    return _action(request, reference, "woo.work", run, _("The view is recorded."))


@login_required
@require_POST
def propose(request: HttpRequest, reference: str) -> HttpResponse:
    def run(woo: WooRequest) -> WooRequest:
        return services.woo_decision_propose(
            request=woo, summary=request.POST.get("summary", ""), actor=request.user
        )

    return _action(
        request, reference, "woo.work", run, _("The decision is sent for approval.")
    )


@login_required
@require_POST
def approve(request: HttpRequest, reference: str) -> HttpResponse:
    def run(woo: WooRequest) -> WooRequest:
        return services.woo_decision_approve(request=woo, actor=request.user)

    return _action(
        request,
        reference,
        "woo.approve",
        run,
        _("The decision is approved and the package is made."),
    )


@login_required
@require_POST
def send_back(request: HttpRequest, reference: str) -> HttpResponse:
    def run(woo: WooRequest) -> WooRequest:
        return services.woo_decision_return(
            request=woo, note=request.POST.get("note", ""), actor=request.user
        )

    return _action(
        request, reference, "woo.approve", run, _("The decision is sent back.")
    )


@login_required
@require_POST
def publish(request: HttpRequest, reference: str) -> HttpResponse:
    def run(woo: WooRequest) -> WooRequest:
        form = PublishForm(request.POST)
        if not form.is_valid():
            _invalid(form)
        return services.woo_publication_record(
            request=woo,
            url=form.cleaned_data["url"],
            published_on=form.cleaned_data["published_on"],
            actor=request.user,
        )

    return _action(
        request, reference, "woo.work", run, _("The publication is recorded.")
    )


@login_required
@require_GET
def package(request: HttpRequest, reference: str) -> HttpResponse:
    woo = woo_request_get(actor=request.user, reference=reference)
    try:
        data = services.woo_package_read(request=woo, actor=request.user)
    except ValidationError:
        raise Http404 from None
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = (
        f'attachment; filename="woo-besluit-{woo.reference}.zip"'
    )
    response["Cache-Control"] = "no-store"
    return response
