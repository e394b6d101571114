# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Organisation pages: list, register, change, merge, partnerships, advice."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.http import HttpRequest
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.shortcuts import redirect
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.core.views import form_action
from herstel.core.views import form_page
from herstel.core.views import staff_view

from .. import selectors
from .. import services
from ..forms import AdviceForm
from ..forms import InvitationForm
from ..forms import LiftForm
from ..forms import MergeForm
from ..forms import OrganisationFilterForm
from ..forms import OrganisationForm
from ..forms import PartnershipForm
from ..models import SecurityAdvice
from .common import ORGANISATIONS
from .common import filtered_list
from .common import guard_refusal
from .common import refused

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest


@staff_view("partners.read_register")
def organisation_index(request: AuthenticatedRequest) -> HttpResponse:
    form = OrganisationFilterForm(request.GET or None)
    return filtered_list(
        request,
        form,
        selectors.organisation_list(actor=request.user, **form.filters()),
        ORGANISATIONS,
        "partners/organisation_list.html",
    )


def _to_organisation(organisation: Any) -> HttpResponse:
    return redirect("partners:organisation_detail", pk=organisation.pk)


@staff_view("partners.keep_register", methods="GET POST")
def organisation_create(request: AuthenticatedRequest) -> HttpResponse:
    return form_page(
        request,
        OrganisationForm(request.POST or None),
        "partners/organisation_form.html",
        lambda data: services.organisation_create(actor=request.user, **data),
        _to_organisation,
        success=_("The organisation is registered."),
    )


@staff_view()
def organisation_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
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


@staff_view("partners.keep_register", methods="GET POST")
def organisation_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    organisation = selectors.organisation_get(actor=request.user, pk=pk)

    def context() -> dict[str, Any]:
        # The ModelForm wrote the posted values onto the instance; reload for
        # the title.
        organisation.refresh_from_db()
        return {"organisation": organisation}

    return form_page(
        request,
        OrganisationForm(request.POST or None, instance=organisation),
        "partners/organisation_form.html",
        lambda data: services.organisation_update(
            actor=request.user, organisation=organisation, **data
        ),
        lambda _result: _to_organisation(organisation),
        success=_("The organisation is saved."),
        context=context,
    )


def _organisation_form(
    request: HttpRequest,
    form: Any,
    organisation: Any,
    save: Any,
    success: str,
    template: str = "partners/simple_form.html",
    **context: Any,
) -> HttpResponse:
    """A form page about one organisation that returns to its detail page."""
    return form_page(
        request,
        form,
        template,
        lambda data: save(actor=request.user, organisation=organisation, **data),
        lambda _result: _to_organisation(organisation),
        success=success,
        context=lambda: {"organisation": organisation, **context},
    )


@staff_view("partners.keep_register", methods="GET POST")
def organisation_merge(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    organisation = selectors.organisation_get(actor=request.user, pk=pk)
    return _organisation_form(
        request,
        MergeForm(request.POST or None, organisation=organisation),
        organisation,
        services.organisation_merge,
        _("The merger is recorded."),
        "partners/merge_form.html",
    )


@staff_view("partners.keep_register", methods="GET POST")
def partnership_create(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    organisation = selectors.organisation_get(actor=request.user, pk=pk)
    return _organisation_form(
        request,
        PartnershipForm(request.POST or None),
        organisation,
        services.partnership_create,
        _("The partnership is registered."),
        title=_("Register a partnership"),
        submit=_("Register partnership"),
    )


@staff_view("partners.keep_register", methods="GET POST")
def invitation_create(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    organisation = selectors.organisation_get(actor=request.user, pk=pk)
    form = InvitationForm(request.POST or None, organisation=organisation)
    guard_refusal(request, form, "invitation")
    return _organisation_form(
        request,
        form,
        organisation,
        services.invitation_create,
        _("The invitation is registered."),
        title=_("Register an invitation"),
        submit=_("Register invitation"),
        refused=refused(form),
    )


# Security advice ---------------------------------------------------------


@staff_view("partners.record_advice", methods="GET POST")
def advice_create(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    organisation = selectors.organisation_get(actor=request.user, pk=pk)
    return _organisation_form(
        request,
        AdviceForm(request.POST or None, initial={"starts_on": timezone.localdate()}),
        organisation,
        services.advice_record,
        _("The advice is recorded: no contact can be registered while it is active."),
        title=_("Record an advice against contact"),
        intro=_(
            "Record the external advice and its reference only. The register "
            "holds no reasons, assessment or profile of an organisation."
        ),
        submit=_("Record advice"),
    )


@staff_view("partners.record_advice", methods="POST")
def advice_lift(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    advice = get_object_or_404(SecurityAdvice, pk=pk)
    form_action(
        request,
        LiftForm(request.POST),
        lambda data: services.advice_lift(actor=request.user, advice=advice, **data),
        success=_("The advice is lifted."),
        invalid=_(
            "Enter the date the advice was lifted and the reference of the "
            "service's letter that withdraws it."
        ),
    )
    return redirect("partners:organisation_detail", pk=advice.organisation_id)
