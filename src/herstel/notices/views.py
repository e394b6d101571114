# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Informing subjects: per-subject decisions and letters, and public notices."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.http import HttpResponse
from django.shortcuts import redirect
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from herstel.core.lists import Filter
from herstel.core.lists import ListSpec
from herstel.core.lists import list_page
from herstel.core.views import attachment
from herstel.core.views import form_page
from herstel.core.views import require_page
from herstel.core.views import staff_view
from herstel.dossiers.selectors import subject_contact

from .constants import Decision
from .constants import LetterStatus
from .constants import NoticeStatus
from .forms import LetterGenerateForm
from .forms import LetterMarkForm
from .forms import NoticeDecisionForm
from .forms import PublicNoticeForm
from .models import NoticeDecision
from .models import PublicNotice
from .selectors import notice_status_counts
from .selectors import notice_subject_get
from .selectors import notice_subject_list
from .selectors import notice_subjects_in_status
from .selectors import notice_subjects_numbered
from .selectors import public_notice_list
from .services import notice_decide
from .services import notice_letter_generate
from .services import notice_letter_mark
from .services import notice_letter_read
from .services import public_notice_record

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest
    from herstel.dossiers.models import Subject


PAGE_SIZE = 50


@staff_view(methods="GET POST", post_perm="notices.record_public")
def public_notices(request: AuthenticatedRequest) -> HttpResponse:
    notices = public_notice_list(actor=request.user)
    return form_page(
        request,
        PublicNoticeForm(request.POST or None),
        "notices/public.html",
        lambda data: public_notice_record(actor=request.user, **data),
        lambda _result: redirect("notices:public"),
        success=_("The public notice is recorded."),
        context={"notices": notices},
    )


SUBJECTS = ListSpec(
    key="notice_subjects",
    sorts="subject=pk decided=notice__decided_at",
    default_sort="subject",
    search_apply=notice_subjects_numbered,
    search_label=gettext_lazy("Subject number (S-…)"),
    filters=(
        Filter(
            "status",
            gettext_lazy("Status"),
            NoticeStatus.choices,
            apply=notice_subjects_in_status,
        ),
    ),
)


@staff_view()
def subject_list(request: AuthenticatedRequest) -> HttpResponse:
    """Subjects with how they are informed; filter by status (references only)."""
    listing = list_page(request, notice_subject_list(actor=request.user), SUBJECTS)
    return render(
        request,
        "notices/subject_list.html",
        {
            "listing": listing,
            "statuses": NoticeStatus.choices,
            "counts": notice_status_counts(actor=request.user),
            "letters_form": LetterGenerateForm(prefix="all"),
        },
    )


@staff_view(methods="POST")
def letters_generate(request: AuthenticatedRequest) -> HttpResponse:
    """Generate every pending letter as a background task (progress page)."""
    from .tasks import letters_start

    require_page(request, "notices.send")
    form = LetterGenerateForm(request.POST, prefix="all")
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return redirect("notices:subjects")
    task = letters_start(sender=form.cleaned_data["sender"], actor=request.user)
    return redirect("tasks:progress", pk=task.pk)


def _context(
    request: AuthenticatedRequest,
    subject: Subject,
    notice: NoticeDecision | None,
    **forms: Any,
) -> dict[str, Any]:
    """The subject's notice page, with the forms the user may use."""
    user = request.user
    contact = None
    if request.method == "GET" and request.GET.get("contact") == "1":
        contact = subject_contact(subject=subject, actor=user)
    letter = notice.letter_status if notice else LetterStatus.NONE
    personal = notice is not None and notice.decision == Decision.PERSONAL
    if "decision_form" not in forms and user.has_perm("notices.decide"):
        initial = (
            {
                "decision": notice.decision,
                "ground": notice.ground,
                "public_notice": notice.public_notice_id,
            }
            if notice
            else {}
        )
        forms["decision_form"] = NoticeDecisionForm(initial=initial)
    can_send = user.has_perm("notices.send")
    if (
        "generate_form" not in forms
        and can_send
        and personal
        and letter in (LetterStatus.NONE, LetterStatus.GENERATED)
    ):
        forms["generate_form"] = LetterGenerateForm()
    if (
        "mark_form" not in forms
        and can_send
        and letter in (LetterStatus.GENERATED, LetterStatus.SENT)
    ):
        forms["mark_form"] = LetterMarkForm(
            initial={
                "status": LetterStatus.SENT
                if letter == LetterStatus.GENERATED
                else LetterStatus.RETURNED,
                "on": timezone.localdate(),
            }
        )
    covered = None
    if notice is not None and notice.status in (
        NoticeStatus.GENERIC,
        NoticeStatus.RETURNED,
    ):
        covered = (
            notice.public_notice
            or PublicNotice.objects.order_by("-published_on").first()
        )
    return {
        "subject": subject,
        "notice": notice,
        "contact": contact,
        "covered": covered,
        "can_read_contact": user.has_perm("dossiers.read_subject_contact"),
        "can_read_inventory": user.has_perm("dossiers.read_inventory"),
        **forms,
    }


@staff_view()
def subject_notice(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """One subject: the decision, its ground, the letter and its status."""
    subject, notice = notice_subject_get(actor=request.user, pk=pk)
    return render(request, "notices/subject.html", _context(request, subject, notice))


def _subject_post(
    request: AuthenticatedRequest,
    pk: int,
    perm: str,
    form: Any,
    form_name: str,
    save: Callable[[Subject, NoticeDecision | None, dict[str, Any]], Any],
    success: str,
) -> HttpResponse:
    """A form posted from the subject's notice page: ``save`` gets the
    subject, its notice decision and the cleaned data; a refusal shows the
    page again with the form."""
    require_page(request, perm)
    subject, notice = notice_subject_get(actor=request.user, pk=pk)
    return form_page(
        request,
        form,
        "notices/subject.html",
        lambda data: save(subject, notice, data),
        lambda _result: redirect("notices:subject", pk=subject.pk),
        success=success,
        context=lambda: _context(request, subject, notice),
        form_name=form_name,
    )


def _with_notice(notice: NoticeDecision | None, refusal: str) -> NoticeDecision:
    """The subject's notice decision, or ``refusal`` when it has none yet."""
    if notice is None:
        raise ValidationError(refusal)
    return notice


@staff_view(methods="POST")
def decide(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _subject_post(
        request,
        pk,
        "notices.decide",
        NoticeDecisionForm(request.POST),
        "decision_form",
        lambda subject, _notice, data: notice_decide(
            subject=subject, actor=request.user, **data
        ),
        _("The decision about informing is recorded."),
    )


@staff_view(methods="POST")
def letter_generate(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _subject_post(
        request,
        pk,
        "notices.send",
        LetterGenerateForm(request.POST),
        "generate_form",
        lambda _subject, notice, data: notice_letter_generate(
            notice=_with_notice(notice, _("First decide how this person is informed.")),
            actor=request.user,
            **data,
        ),
        _("The letter is generated and stored encrypted."),
    )


@staff_view(methods="POST")
def letter_mark(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _subject_post(
        request,
        pk,
        "notices.send",
        LetterMarkForm(request.POST),
        "mark_form",
        lambda _subject, notice, data: notice_letter_mark(
            notice=_with_notice(notice, _("No letter has been generated.")),
            actor=request.user,
            **data,
        ),
        _("The letter's status is recorded."),
    )


@staff_view("notices.send")
def letter_download(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The generated letter as PDF (decrypted; audited)."""
    _subject, notice = notice_subject_get(actor=request.user, pk=pk)
    if notice is None or not notice.letter_key_id:
        raise Http404
    data = notice_letter_read(notice=notice, actor=request.user)
    filename = f"{notice.letter_reference.lower()}.pdf"
    return attachment(data, filename, "application/pdf", no_store=True)
