# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Every date field renders its value in a format its control reads back.

The browser's date control reads ``value`` only as ``YYYY-MM-DD``. A date
control whose value is localised (``04-12-2026`` in Dutch) shows up empty
after a form comes back with an error or a filter is applied, and the
person's date is silently gone. ``core.form_fields.DateInput`` fixes the
format. A date typed as text (a date of birth, as the NL Design System
advises) names its format explicitly instead of following the language.
"""

import datetime
import importlib
import pkgutil

from django import forms
from django.utils import translation

import pytest

import herstel
from herstel.audit.forms import AuditFilterForm
from herstel.core.form_fields import DateInput


def _form_classes() -> list[type[forms.BaseForm]]:
    found: dict[str, type[forms.BaseForm]] = {}
    for module_info in pkgutil.walk_packages(herstel.__path__, "herstel."):
        name = module_info.name
        if not name.endswith(".forms") or ".tests" in name:
            continue
        module = importlib.import_module(name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, forms.BaseForm)
                and value.__module__ == name
            ):
                found[f"{name}.{value.__name__}"] = value
    return [found[key] for key in sorted(found)]


FORM_CLASSES = _form_classes()


def test_the_forms_are_found() -> None:
    assert len(FORM_CLASSES) > 30
    assert AuditFilterForm in FORM_CLASSES


@pytest.mark.parametrize("form_class", FORM_CLASSES, ids=lambda c: c.__qualname__)
def test_date_fields_render_a_value_their_control_reads(
    form_class: type[forms.BaseForm],
) -> None:
    def readable(widget: forms.Widget) -> bool:
        if isinstance(widget, DateInput | forms.HiddenInput):
            return True
        # A text box with a fixed format ("%d-%m-%Y"), not a date control.
        return (
            isinstance(widget, forms.DateInput)
            and widget.input_type == "text"
            and widget.format is not None
        )

    wrong = [
        name
        for name, field in form_class.base_fields.items()
        if isinstance(field, forms.DateField)
        and not isinstance(field, forms.DateTimeField)
        and not readable(field.widget)
    ]
    assert wrong == []


@pytest.mark.django_db
def test_a_filtered_date_comes_back_in_the_control_in_dutch() -> None:
    with translation.override("nl"):
        form = AuditFilterForm(data={"date_from": "2026-12-04"})
        form.is_valid()
        html = str(form["date_from"])
    assert 'type="date"' in html
    assert 'value="2026-12-04"' in html
    assert form.cleaned_data["date_from"] == datetime.date(2026, 12, 4)
