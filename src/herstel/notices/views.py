# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Public notices: the generic notice covering subjects not written to."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .forms import PublicNoticeForm
from .selectors import public_notice_list
from .services import public_notice_record


@login_required
@require_http_methods(["GET", "POST"])
def public_notices(request: HttpRequest) -> HttpResponse:
    notices = public_notice_list(actor=request.user)
    form = PublicNoticeForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if not request.user.has_perm("notices.record_public"):
            raise PermissionDenied
        if form.is_valid():
            try:
                public_notice_record(actor=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The public notice is recorded."))
                return redirect("notices:public")
        status = 400
    return render(
        request,
        "notices/public.html",
        {"notices": notices, "form": form},
        status=status,
    )
