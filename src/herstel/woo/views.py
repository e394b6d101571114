# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Woo requests: the list and registration, one request, one document's
assessment, and the posted actions of the request page."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from herstel.core.lists import Filter
from herstel.core.lists import ListSpec
from herstel.core.lists import list_page
from herstel.core.models import TaskRun
from herstel.core.views import action_run
from herstel.core.views import attachment
from herstel.core.views import form_page
from herstel.core.views import form_render
from herstel.core.views import require_page
from herstel.core.views import staff_view
from herstel.detection.base import Category
from herstel.disposition.selectors import ground_list
from herstel.disposition.selectors import redaction_of
from herstel.dossiers.selectors import dossier_documents_filtered
from herstel.dossiers.selectors import dossier_list

from . import services
from .constants import Judgement
from .constants import RequestStatus
from .forms import AssessForm
from .forms import ProposeForm
from .forms import PublishForm
from .forms import ReasonForm
from .forms import RegisterForm
from .forms import ReturnForm
from .forms import ScopeForm
from .forms import ThirdPartyForm
from .forms import ViewForm
from .models import ThirdParty
from .models import WooRequest
from .selectors import woo_item_counts
from .selectors import woo_item_get
from .selectors import woo_request_get
from .selectors import woo_request_list
from .selectors import woo_requester_read
from .tasks import decision_start

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

WOO_REQUESTS = ListSpec(
    key="woo",
    sorts="reference subject received=received_on due=due_on documents status",
    default_sort="due",
    # The subject of a Woo request is its topic, never the requester.
    search_fields=("reference", "subject"),
    search_label=gettext_lazy("Reference or subject"),
    filters=(Filter("status", gettext_lazy("Status"), RequestStatus.choices),),
)


@staff_view(methods="GET POST", post_perm="woo.work")
def request_list(request: AuthenticatedRequest) -> HttpResponse:
    listing = list_page(request, woo_request_list(actor=request.user), WOO_REQUESTS)
    return form_page(
        request,
        RegisterForm(request.POST or None),
        "woo/list.html",
        lambda data: services.woo_request_register(
            received_on=data["received_on"],
            subject=data["subject"],
            requester=services.Requester(
                name=data["requester_name"],
                email=data["requester_email"],
                address=data["requester_address"],
            ),
            actor=request.user,
        ),
        lambda created: redirect("woo:detail", reference=created.reference),
        context={"listing": listing, "today": timezone.localdate()},
    )


def _scope_form(request: AuthenticatedRequest, data: Any = None) -> ScopeForm:
    return ScopeForm(
        data,
        dossiers=dossier_list(actor=request.user).order_by("title"),
        categories=Category.choices,
    )


def _detail_context(request: AuthenticatedRequest, woo: WooRequest) -> dict[str, Any]:
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


@staff_view()
def request_detail(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    woo = woo_request_get(actor=request.user, reference=reference)
    return form_render(request, "woo/detail.html", _detail_context(request, woo))


@staff_view(methods="GET POST", post_perm="woo.work")
def item(request: AuthenticatedRequest, reference: str, pk: int) -> HttpResponse:
    woo = woo_request_get(actor=request.user, reference=reference)
    scope_item = woo_item_get(actor=request.user, request=woo, pk=pk)
    grounds = ground_list(actor=request.user, active_only=True)
    initial = {
        "judgement": scope_item.judgement or None,
        "grounds": scope_item.grounds,
        "link": scope_item.link,
        "remark": scope_item.remark,
    }

    def next_item(_result: Any) -> HttpResponse:
        following = woo.items.filter(judgement="", number__gt=scope_item.number)
        after = following.order_by("number").first()
        if after is not None:
            return redirect("woo:item", reference=woo.reference, pk=after.pk)
        return redirect("woo:detail", reference=woo.reference)

    return form_page(
        request,
        AssessForm(request.POST or None, initial=initial, grounds=grounds),
        "woo/item.html",
        lambda data: services.woo_item_assess(
            item=scope_item, actor=request.user, **data
        ),
        next_item,
        context=lambda: {
            "woo": woo,
            "item": scope_item,
            "redaction": redaction_of(document=scope_item.document),
            "Judgement": Judgement,
        },
    )


def _form_data(form: Any) -> dict[str, Any]:
    """A bound form's cleaned data, or its errors as a ``ValidationError``."""
    if not form.is_valid():
        raise ValidationError(
            {f: e for f, e in form.errors.items() if f != "__all__"}
            or _("Check the form.")
        )
    return dict(form.cleaned_data)


def _scope(request: AuthenticatedRequest, woo: WooRequest, pk: int | None) -> int:
    data = _form_data(_scope_form(request, request.POST))
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
    messages.success(request, _("%(count)d documents put in scope.") % {"count": added})
    return added


def _third_party(request: AuthenticatedRequest, woo: WooRequest, pk: int | None) -> Any:
    data = _form_data(ThirdPartyForm(request.POST))
    return services.woo_third_party_add(
        request=woo, label=data["label"], asked_on=data["asked_on"], actor=request.user
    )


def _publish(request: AuthenticatedRequest, woo: WooRequest, pk: int | None) -> Any:
    data = _form_data(PublishForm(request.POST))
    return services.woo_publication_record(
        request=woo,
        url=data["url"],
        published_on=data["published_on"],
        actor=request.user,
    )


Run = Callable[["AuthenticatedRequest", WooRequest, "int | None"], Any]


def _with_text(service: Callable[..., Any], field: str) -> Run:
    """An action that passes one posted text (a reason, a note) to ``service``."""
    return lambda r, woo, pk: service(
        request=woo, actor=r.user, **{field: r.POST.get(field, "")}
    )


ACTIONS: dict[str, tuple[str, Run, Any]] = {
    "scope": ("woo.work", _scope, ""),
    "scope_remove": (
        "woo.work",
        lambda r, woo, pk: services.woo_scope_remove(
            item=woo_item_get(actor=r.user, request=woo, pk=pk or 0), actor=r.user
        ),
        gettext_lazy("The document is out of scope."),
    ),
    "extend": (
        "woo.work",
        _with_text(services.woo_request_extend, "reason"),
        gettext_lazy("The term is extended by two weeks."),
    ),
    "third_party": (
        "woo.work",
        _third_party,
        gettext_lazy("The third party is recorded."),
    ),
    "third_party_respond": (
        "woo.work",
        lambda r, woo, pk: services.woo_third_party_respond(
            party=get_object_or_404(ThirdParty, request=woo, pk=pk),
            note=r.POST.get("note", ""),
            actor=r.user,
        ),
        gettext_lazy("The view is recorded."),
    ),
    "withdraw": (
        "woo.work",
        _with_text(services.woo_request_withdraw, "reason"),
        gettext_lazy("The request is recorded as withdrawn."),
    ),
    "propose": (
        "woo.work",
        _with_text(services.woo_decision_propose, "summary"),
        gettext_lazy("The decision is sent for approval."),
    ),
    "approve": (
        "woo.approve",
        lambda r, woo, pk: decision_start(request=woo, actor=r.user),
        "",
    ),
    "send_back": (
        "woo.approve",
        _with_text(services.woo_decision_return, "note"),
        gettext_lazy("The decision is sent back."),
    ),
    "publish": ("woo.work", _publish, gettext_lazy("The publication is recorded.")),
}
"""The posted actions of the request page: permission, service call, message."""


@staff_view(methods="POST")
def action(
    request: AuthenticatedRequest, reference: str, name: str, pk: int | None = None
) -> HttpResponse:
    """Run one action for a button or small form on the request page; a
    refusal is shown as a message and nothing is lost."""
    perm, run, success = ACTIONS[name]
    woo = woo_request_get(actor=request.user, reference=reference)
    require_page(request, perm, woo)
    result = action_run(request, lambda: run(request, woo, pk), success=str(success))
    if isinstance(result, TaskRun):  # long work: follow it on its progress page
        return redirect("tasks:progress", pk=result.pk)
    return redirect("woo:detail", reference=woo.reference)


@staff_view()
def package(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    woo = woo_request_get(actor=request.user, reference=reference)
    try:
        data = services.woo_package_read(request=woo, actor=request.user)
    except ValidationError:
        raise Http404 from None
    filename = f"woo-besluit-{woo.reference}.zip"
    return attachment(data, filename, "application/zip", no_store=True)
