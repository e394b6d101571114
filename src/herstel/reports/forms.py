# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from herstel.core.form_fields import DateInput
from herstel.core.form_parts import check_period

from .selectors import report_campaigns


class PeriodForm(forms.Form):
    since = forms.DateField(label=_("From"), required=False, widget=DateInput)
    until = forms.DateField(label=_("Until"), required=False, widget=DateInput)
    campaign = forms.TypedChoiceField(
        label=_("Campaign"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["campaign"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [("", _("All campaigns")), *report_campaigns()]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        message = _("The end of the period is before its start.")
        check_period(self, data, "since", "until", message, field="until")
        return data
