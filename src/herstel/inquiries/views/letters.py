# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The privacy officer's letter wording: overview, editor with preview, and
the letter as PDF with fictitious example data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.http import HttpResponse
from django.shortcuts import redirect
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.core.identity import organisation_identity
from herstel.core.views import form_errors_add
from herstel.core.views import form_render
from herstel.core.views import require_page

from ..constants import LetterKind
from ..constants import LetterLanguage
from ..forms import LetterTemplateForm
from ..letter import answer_letter_pdf
from ..letter_templates import PLACEHOLDERS
from ..letter_templates import letter_render
from ..letter_templates import letter_sample_context
from ..selectors import letter_templates_saved
from ..services import letter_template_body
from ..services import letter_template_reset
from ..services import letter_template_save
from .common import _pdf_response

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

PERM = "inquiries.edit_letters"


def _kind_language(kind: str, language: str) -> tuple[LetterKind, LetterLanguage]:
    try:
        return LetterKind(kind), LetterLanguage(language)
    except ValueError as exc:
        raise Http404 from exc


def _preview(body: str, language: str) -> str:
    context = letter_sample_context(
        language=language, organisation=organisation_identity().name
    )
    return letter_render(body=body, context=context, language=language)


@login_required
def letters(request: AuthenticatedRequest) -> HttpResponse:
    require_page(request, PERM)
    saved = letter_templates_saved(actor=request.user)
    rows = [
        {
            "kind": kind,
            "language": language,
            "saved": saved.get((kind.value, language.value)),
        }
        for kind in LetterKind
        for language in LetterLanguage
    ]
    return render(request, "inquiries/letters.html", {"rows": rows})


@login_required
def letter_edit(
    request: AuthenticatedRequest, kind: str, language: str
) -> HttpResponse:
    """GET: the wording in force. POST ``action``: ``preview`` (nothing is
    saved), ``save`` or ``reset`` (back to the standard wording)."""
    require_page(request, PERM)
    letter, lang = _kind_language(kind, language)
    preview = ""
    if request.method == "POST":
        action = request.POST.get("action", "preview")
        if action == "reset":
            letter_template_reset(kind=letter, language=lang, actor=request.user)
            messages.success(request, _("The standard wording is in force again."))
            return redirect("inquiries:letter_edit", letter.value, lang.value)
        form = LetterTemplateForm(request.POST)
        if form.is_valid():
            body = form.cleaned_data["body"]
            if action == "save":
                try:
                    letter_template_save(
                        kind=letter, language=lang, body=body, actor=request.user
                    )
                except ValidationError as error:
                    form_errors_add(form, error)
                else:
                    messages.success(request, _("The wording is saved."))
                    return redirect("inquiries:letter_edit", letter.value, lang.value)
            else:
                preview = _preview(body, lang.value)
    else:
        body = letter_template_body(kind=letter, language=lang)
        form = LetterTemplateForm(initial={"body": body})
        preview = _preview(body, lang.value)
    return form_render(
        request,
        "inquiries/letter_edit.html",
        {
            "form": form,
            "kind": letter,
            "language": lang,
            "preview": preview,
            "placeholders": PLACEHOLDERS,
            "saved": letter_templates_saved(actor=request.user).get(
                (letter.value, lang.value)
            ),
        },
    )


@login_required
def letter_preview_pdf(
    request: AuthenticatedRequest, kind: str, language: str
) -> HttpResponse:
    """The wording in force as the PDF a requester gets, with example data."""
    require_page(request, PERM)
    letter, lang = _kind_language(kind, language)
    text = _preview(letter_template_body(kind=letter, language=lang), lang.value)
    pdf = answer_letter_pdf(
        title=str(letter.label),
        text=text,
        reference="INZ-0000-0000",
        on=timezone.localdate(),
        language=lang.value,
    )
    return _pdf_response(pdf, f"voorbeeld-{letter.value}-{lang.value}.pdf")
