# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Legal holds: list, place, lift."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from herstel.core.lists import list_page
from herstel.core.views import form_action
from herstel.core.views import form_page
from herstel.core.views import staff_view
from herstel.dossiers.constants import SubjectStatus
from herstel.dossiers.models import Document
from herstel.dossiers.models import Dossier
from herstel.dossiers.models import Subject
from herstel.dossiers.selectors import subject_document_ids

from .. import services
from ..forms import HoldForm
from ..forms import LiftForm
from ..lists import HOLDS
from ..selectors import hold_get
from ..selectors import hold_list
from .common import titles_shown

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest


@staff_view("disposition.read", methods="GET POST", post_perm="disposition.place_hold")
def holds(request: AuthenticatedRequest) -> HttpResponse:
    initial = {}
    subject_shown = None
    if request.method == "GET" and request.GET.get("subject"):
        # From the subject's page: show the number and how many documents the
        # hold would cover; never a name (the subject has none, only mentions).
        number = request.GET["subject"][:20].upper().removeprefix("S-")
        subject_shown = (
            Subject.objects.filter(pk=int(number)).first() if number.isdigit() else None
        )
        if subject_shown is not None:
            initial["subject_reference"] = subject_shown.reference

    def context() -> dict:
        listing = list_page(
            request, hold_list(actor=request.user, include_lifted=True), HOLDS
        )
        titles_shown(
            request.user, (hold.document for hold in listing.page), page="holds"
        )
        return {
            "listing": listing,
            "lift_form": LiftForm(),
            "can_hold": request.user.has_perm("disposition.place_hold"),
            "subject_shown": subject_shown,
            "subject_documents": (
                len(
                    subject_document_ids(subject_ids=[subject_shown.pk])[
                        subject_shown.pk
                    ]
                )
                if subject_shown is not None
                else None
            ),
            "can_see_subjects": request.user.has_perm("dossiers.read_inventory"),
        }

    return form_page(
        request,
        HoldForm(
            request.POST or None,
            initial=initial,
            dossiers=Dossier.objects.order_by("title"),
            documents=Document.objects.all(),
            subjects=Subject.objects.exclude(status=SubjectStatus.MERGED),
        ),
        "disposition/holds.html",
        # The form's clean() turns the two reference fields into the
        # document and the subject the service takes.
        lambda data: services.hold_place(
            actor=request.user,
            **{
                name: value
                for name, value in data.items()
                if name not in ("document_reference", "subject_reference")
            },
        ),
        lambda _hold: redirect("disposition:holds"),
        success=_("The hold is placed."),
        context=context,
    )


@staff_view("disposition.place_hold", methods="POST")
def hold_lift(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    hold = hold_get(actor=request.user, pk=pk)
    form_action(
        request,
        LiftForm(request.POST),
        lambda data: services.hold_lift(hold=hold, actor=request.user, **data),
        success=_("The hold is lifted."),
        invalid=_("Give the reason for lifting the hold."),
    )
    return redirect("disposition:holds")
