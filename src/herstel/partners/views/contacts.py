# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Contact moment pages: list, register, show, change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from typing import Any

from django.http import HttpResponse
from django.shortcuts import redirect
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.core.views import form_page
from herstel.core.views import staff_view

from .. import selectors
from .. import services
from ..constants import Tier
from ..forms import ContactFilterForm
from ..forms import ContactMomentForm
from .common import CONTACTS
from .common import filtered_list
from .common import refused

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest


@staff_view("partners.read_register")
def contact_index(request: AuthenticatedRequest) -> HttpResponse:
    form = ContactFilterForm(request.GET or None)
    return filtered_list(
        request,
        form,
        selectors.contact_list(actor=request.user, **form.filters()),
        CONTACTS,
        "partners/contact_list.html",
        can_keep=request.user.has_perm("partners.keep_register"),
    )


def _contact_form_page(
    request: AuthenticatedRequest,
    form: ContactMomentForm,
    save: Callable[[Any], Any],
    success: str,
    contact: Any = None,
) -> HttpResponse:
    """The contact moment form: ``save`` gets the contact data; a refusal by
    the privacy guard or for a blocked organisation is recorded."""

    def context() -> dict[str, Any]:
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
        return {"contact": contact, "refused": refused(form)}

    def guarded_save(data: dict[str, Any]) -> Any:
        try:
            return save(form.contact_data())
        except services.PersonalDataError as exc:
            form.guard_findings = exc.findings
            raise

    return form_page(
        request,
        form,
        "partners/contact_form.html",
        guarded_save,
        lambda saved: redirect("partners:contact_detail", pk=saved.pk),
        success=success,
        context=context,
    )


@staff_view("partners.keep_register", methods="GET POST")
def contact_create(request: AuthenticatedRequest) -> HttpResponse:
    initial: dict[str, Any] = {"date": timezone.localdate(), "tier": Tier.INCIDENTAL}
    if request.GET.get("organisation", "").isdigit():
        initial["organisations"] = [int(request.GET["organisation"])]
    return _contact_form_page(
        request,
        ContactMomentForm(request.POST or None, initial=initial),
        lambda data: services.contact_register(actor=request.user, data=data),
        _("The contact moment is registered."),
    )


@staff_view()
def contact_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    contact = selectors.contact_get(actor=request.user, pk=pk)
    return render(
        request,
        "partners/contact_detail.html",
        {
            "contact": contact,
            "can_keep": request.user.has_perm("partners.keep_register"),
        },
    )


@staff_view("partners.keep_register", methods="GET POST")
def contact_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
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
    return _contact_form_page(
        request,
        ContactMomentForm(request.POST or None, initial=initial),
        lambda data: services.contact_update(
            actor=request.user, contact=contact, data=data
        ),
        _("The contact moment is saved."),
        contact,
    )
