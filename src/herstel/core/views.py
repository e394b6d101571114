# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The form-view shape every context uses, with one way of showing errors.

A form page validates, calls one service, and either redirects (or renders
the next page) or shows the form again with status 400. A service refuses with
a ``ValidationError``; :func:`form_errors_add` puts it on the form (on the
field it names, else above the form), and every form template shows the
errors through ``includes/form_errors.html``: an error summary that links to
each field, as the NL Design System form pattern does. An action posted from a
detail page (a button, no page of its own) shows a refusal as one message
(:func:`action_run`). :func:`form_page` is the whole form page in one call.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from functools import wraps
from typing import Any
from typing import TypeVar

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.forms import BaseForm
from django.http import HttpRequest
from django.http import HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_http_methods

from .permissions import require

__all__ = [
    "action_run",
    "attachment",
    "error_text",
    "form_action",
    "form_errors_add",
    "form_page",
    "form_render",
    "is_htmx",
    "page_or_partial",
    "require_page",
    "staff_view",
]

T = TypeVar("T")
View = Callable[..., HttpResponseBase]


def is_htmx(request: HttpRequest) -> bool:
    """Whether htmx sent the request (it wants a fragment, not a page)."""
    return bool(getattr(request, "htmx", False))


def page_or_partial(
    request: HttpRequest,
    template: str,
    partial: str,
    context: Mapping[str, Any],
) -> HttpResponse:
    """Render the page ``template``; to htmx only its ``partial`` (a
    ``{% partialdef %}`` of that template, the part htmx swaps)."""
    if is_htmx(request):
        template = f"{template}#{partial}"
    return render(request, template, dict(context))


def require_page(request: HttpRequest, perm: str, obj: Any = None) -> None:
    """``PermissionDenied`` (403) unless the logged-in user has ``perm``."""
    require(request.user, perm, obj)


def staff_view(
    perm: str = "", *, methods: str = "GET", post_perm: str = ""
) -> Callable[[View], View]:
    """The guard a staff page starts with: logged in (else the login page),
    one of ``methods`` ("GET", "POST" or "GET POST"; else 405), then the rule
    ``perm`` and, for a POST, ``post_perm`` (else 403), in that order."""

    def decorate(view: View) -> View:
        @wraps(view)
        def guarded(
            request: HttpRequest, *args: Any, **kwargs: Any
        ) -> HttpResponseBase:
            if perm:
                require_page(request, perm)
            if post_perm and request.method == "POST":
                require_page(request, post_perm)
            return view(request, *args, **kwargs)

        return login_required(require_http_methods(methods.split())(guarded))

    return decorate


def error_text(error: ValidationError) -> str:
    """A service's refusal as one line of text."""
    return " ".join(str(message) for message in error.messages)


def form_errors_add(form: BaseForm, error: ValidationError) -> None:
    """Put a service's ``ValidationError`` on ``form``: on the field it names
    when the form has that field, else above the form."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def form_render(
    request: HttpRequest,
    template: str,
    context: Mapping[str, Any],
    *,
    form: BaseForm | None = None,
) -> HttpResponse:
    """Render a form page: status 400 when the form (``context["form"]`` by
    default) has errors, else 200."""
    form = form if form is not None else context.get("form")
    invalid = form is not None and form.is_bound and bool(form.errors)
    return render(request, template, dict(context), status=400 if invalid else 200)


def action_run(
    request: HttpRequest,
    action: Callable[[], T],
    *,
    success: str = "",
) -> T | None:
    """Run a posted action (one service call) for a button on a detail page.

    On success the ``success`` message is shown and the result returned; a
    ``ValidationError`` becomes one error message and ``None`` is returned.
    ``PermissionDenied`` is not caught.
    """
    try:
        result = action()
    except PermissionDenied:
        raise
    except ValidationError as error:
        messages.error(request, error_text(error))
        return None
    if success:
        messages.success(request, success)
    return result


def form_page(
    request: HttpRequest,
    form: BaseForm,
    template: str,
    save: Callable[[dict[str, Any]], T],
    done: Callable[[T], HttpResponse],
    *,
    success: str | Callable[[T], str] = "",
    context: Mapping[str, Any] | Callable[[], Mapping[str, Any]] | None = None,
    form_name: str = "form",
) -> HttpResponse:
    """A form page: validate a POST, save, then a message and the next page.

    On a POST with a valid ``form``, ``save`` gets the cleaned data (it calls
    one service); its result goes to ``done``, which gives the response (a
    redirect, mostly), after the ``success`` message (a callable gets the
    result). A ``ValidationError``
    from ``save`` goes on the form (:func:`form_errors_add`). Otherwise the
    form page is rendered with ``form`` (as ``form_name``) and ``context`` (a
    callable is called just before rendering), status 400 when the form has
    errors.
    """
    if request.method == "POST" and form.is_valid():
        try:
            result = save(form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            text = success(result) if callable(success) else success
            if text:
                messages.success(request, text)
            return done(result)
    extra = context() if callable(context) else context or {}
    return form_render(request, template, {**extra, form_name: form}, form=form)


def attachment(
    data: bytes | str,
    filename: str,
    content_type: str,
    *,
    no_store: bool = False,
) -> HttpResponse:
    """A download: ``data`` as an attachment named ``filename``; with
    ``no_store`` no cache may keep it (personal data, a numbered copy)."""
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=filename
    )
    if no_store:
        response["Cache-Control"] = "no-store"
    return response


def form_action(
    request: HttpRequest,
    form: BaseForm,
    save: Callable[[dict[str, Any]], T],
    *,
    success: str = "",
    invalid: str = "",
) -> T | None:
    """A small form posted from a detail page (no page of its own): when
    ``form`` is valid, ``save`` gets its cleaned data and runs as
    :func:`action_run`; else the ``invalid`` message is shown. ``None`` when
    nothing was saved."""
    if not form.is_valid():
        if invalid:
            messages.error(request, invalid)
        return None
    return action_run(request, lambda: save(form.cleaned_data), success=success)
