# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The one form-view shape and its error summary."""

from __future__ import annotations

from django import forms
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.test import RequestFactory

import pytest

from herstel.core.views import action_run
from herstel.core.views import form_errors_add
from herstel.core.views import form_render


class NameForm(forms.Form):
    name = forms.CharField(label="Name")


def _request():
    request = RequestFactory().post("/", {"name": "x"})
    request.session = {}  # type: ignore[attr-defined]
    request._messages = FallbackStorage(request)  # type: ignore[attr-defined]
    return request


def test_a_service_error_goes_on_its_field_or_above_the_form() -> None:
    form = NameForm({"name": "x"})
    assert form.is_valid()
    form_errors_add(form, ValidationError({"name": "Taken.", "other": "Odd."}))
    form_errors_add(form, ValidationError("Closed."))
    assert form.errors["name"] == ["Taken."]
    assert form.non_field_errors() == ["Odd.", "Closed."]


def test_the_error_summary_links_to_each_field_and_the_page_answers_400() -> None:
    form = NameForm({"name": ""})
    assert not form.is_valid()
    html = render_to_string("includes/form_errors.html", {"form": form})
    assert 'href="#id_name"' in html and 'role="alert"' in html
    response = form_render(_request(), "includes/form_errors.html", {"form": form})
    assert response.status_code == 400
    assert form_render(_request(), "includes/form_errors.html", {}).status_code == 200


def test_an_action_shows_a_refusal_as_one_message() -> None:
    request = _request()

    def refuse() -> None:
        raise ValidationError(["Not now.", "Later."])

    assert action_run(request, refuse, success="Done.") is None
    assert action_run(request, lambda: 7, success="Done.") == 7
    assert [str(m) for m in request._messages] == ["Not now. Later.", "Done."]


def test_permission_denied_is_not_swallowed() -> None:
    from django.core.exceptions import PermissionDenied

    def deny() -> None:
        raise PermissionDenied

    with pytest.raises(PermissionDenied):
        action_run(_request(), deny)


def test_htmx_gets_only_the_partial_of_the_page() -> None:
    from django.template import TemplateDoesNotExist

    from herstel.core.views import page_or_partial

    request = RequestFactory().get("/")
    context = {"cells": [{"label": "Kolom"}]}
    page = page_or_partial(request, "includes/table_head.html", "none", context)
    assert b"Kolom" in page.content
    request.htmx = True  # type: ignore[attr-defined]
    # htmx asks for the partial of the page template (this one has none).
    with pytest.raises(TemplateDoesNotExist, match=r"table_head\.html#none"):
        page_or_partial(request, "includes/table_head.html", "none", context)
