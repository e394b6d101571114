# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from herstel.core.form_fields import DateInput
from herstel.core.form_parts import check_period

from .registry import registry
from .selectors import AuditFilter
from .selectors import audit_actor_labels
from .selectors import audit_object_labels
from .selectors import audit_object_types


class AuditFilterForm(forms.Form):
    actor = forms.ChoiceField(label=_("Person"), required=False)
    event = forms.ChoiceField(label=_("Action"), required=False)
    object_type = forms.ChoiceField(label=_("Object"), required=False)
    object_id = forms.CharField(label=_("Object id"), required=False, max_length=64)
    date_from = forms.DateField(label=_("From"), required=False, widget=DateInput())
    date_until = forms.DateField(label=_("Until"), required=False, widget=DateInput())

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        types = audit_object_types()
        labels = audit_object_labels(types)
        self._choices("event", _("All actions"), registry.choices())
        self._choices("actor", _("Everyone"), [(a, a) for a in audit_actor_labels()])
        self._choices(
            "object_type",
            _("All objects"),
            [(t, labels.get(t, t).capitalize()) for t in types],
        )

    def _choices(
        self, name: str, empty: Any, choices: Iterable[tuple[str, Any]]
    ) -> None:
        """Human labels in alphabetical order, the empty choice first."""
        field = self.fields[name]
        assert isinstance(field, forms.ChoiceField)
        ordered = sorted(choices, key=lambda choice: str(choice[1]).casefold())
        field.choices = [("", empty), *ordered]

    def clean(self) -> dict:
        data = super().clean() or {}
        message = _("The start date is after the end date.")
        check_period(self, data, "date_from", "date_until", message, field=None)
        return data

    def to_filter(self) -> AuditFilter:
        data = self.cleaned_data if self.is_valid() else {}
        return AuditFilter(
            actor=data.get("actor", ""),
            event=data.get("event", ""),
            object_type=data.get("object_type", ""),
            object_id=data.get("object_id", ""),
            date_from=data.get("date_from"),
            date_until=data.get("date_until"),
        )
