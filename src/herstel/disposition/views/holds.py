# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Legal holds: list, place, lift."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from herstel.core.lists import list_page
from herstel.dossiers.constants import SubjectStatus
from herstel.dossiers.models import Document, Dossier, Subject
from herstel.dossiers.selectors import subject_document_ids

from .. import services
from ..forms import (
    HoldForm,
    LiftForm,
)
from ..lists import HOLDS
from ..selectors import (
    hold_get,
    hold_list,
)
from .common import (
    _errors,
    _require,
    titles_shown,
)


@login_required
@require_http_methods(["GET", "POST"])
def holds(request: HttpRequest) -> HttpResponse:
    _require(request, "disposition.read")
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
    form = HoldForm(
        request.POST or None,
        initial=initial,
        dossiers=Dossier.objects.order_by("title"),
        documents=Document.objects.all(),
        subjects=Subject.objects.exclude(status=SubjectStatus.MERGED),
    )
    status = 200
    if request.method == "POST":
        _require(request, "disposition.place_hold")
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.hold_place(
                    authority=data["authority"],
                    reference=data["reference"],
                    reason=data["reason"],
                    dossier=data["dossier"],
                    document=data["document"],
                    subject=data["subject"],
                    starts_on=data["starts_on"],
                    ends_on=data["ends_on"],
                    actor=request.user,
                )
            except ValidationError as error:
                _errors(form, error)
            else:
                messages.success(request, _("The hold is placed."))
                return redirect("disposition:holds")
        status = 400
    listing = list_page(
        request, hold_list(actor=request.user, include_lifted=True), HOLDS
    )
    titles_shown(request.user, (hold.document for hold in listing.page), page="holds")
    return render(
        request,
        "disposition/holds.html",
        {
            "listing": listing,
            "form": form,
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
        },
        status=status,
    )


@login_required
@require_POST
def hold_lift(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, "disposition.place_hold")
    hold = hold_get(actor=request.user, pk=pk)
    form = LiftForm(request.POST)
    if form.is_valid():
        services.hold_lift(
            hold=hold, reason=form.cleaned_data["reason"], actor=request.user
        )
        messages.success(request, _("The hold is lifted."))
    else:
        messages.error(request, _("Give the reason for lifting the hold."))
    return redirect("disposition:holds")
