# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Forms of the partner register. Free text passes the privacy guard in ``clean``."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from herstel.core.form_fields import DateInput
from herstel.core.form_fields import text_box
from herstel.core.form_parts import check_period
from herstel.detection.base import Category

from .constants import GUARDED_CATEGORIES
from .constants import ContactForm as ContactFormChoices
from .constants import ImportKind
from .constants import OrganisationKind
from .constants import Tier
from .guard import Finding
from .models import Organisation
from .models import SecurityAdvice
from .models import Theme
from .selectors import organisation_contact_block
from .services import ContactData
from .services import contact_structural_missing
from .services import guard_fields

_KVK_SEPARATORS = re.compile(r"[\s.]")


def clean_kvk(value: str) -> str:
    """Accept 8 digits, allowing spaces or dots as typed from a letterhead."""
    value = _KVK_SEPARATORS.sub("", value or "")
    if value and not re.fullmatch(r"\d{8}", value):
        raise ValidationError(
            _("A KvK number has exactly 8 digits, e.g. 12345678."), code="kvk"
        )
    return value


class GuardedFormMixin:
    """Run the privacy guard over ``guarded_fields`` and keep the findings."""

    guarded_fields: tuple[str, ...] = ()
    guard_findings: dict[str, list[Finding]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.guard_findings = {}
        super().__init__(*args, **kwargs)

    def guard(self, data: dict[str, Any]) -> None:
        self.guard_findings = guard_fields(
            fields={name: data.get(name) or "" for name in self.guarded_fields}
        )
        for field, findings in self.guard_findings.items():
            labels = ", ".join(sorted({f.label for f in findings}))
            self.add_error(  # type: ignore[attr-defined]
                field,
                ValidationError(
                    _(
                        "This text contains personal data (%(categories)s). Write "
                        "the role instead of the name, e.g. 'de voorzitter'."
                    ),
                    params={"categories": labels},
                    code="personal_data",
                ),
            )


class OrganisationForm(forms.ModelForm):
    renamed_on = forms.DateField(
        label=_("Date of the name change"),
        required=False,
        widget=DateInput(),
        help_text=_("Only when the name changes; the old name is kept in the history."),
    )

    class Meta:
        model = Organisation
        fields = ("name", "kvk_number", "kind", "themes", "website")
        widgets = {"themes": forms.CheckboxSelectMultiple}

    website = forms.URLField(
        label=_("Public website"), required=False, assume_scheme="https"
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        themes = self.fields["themes"]
        assert isinstance(themes, forms.ModelMultipleChoiceField)
        themes.queryset = Theme.objects.all()
        self.fields["kvk_number"].validators = []
        if not self.instance.pk:
            del self.fields["renamed_on"]

    def clean_kvk_number(self) -> str:
        return clean_kvk(self.cleaned_data.get("kvk_number", ""))


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(
        label=pgettext_lazy("organisation", "Merged into"),
        queryset=Organisation.objects.none(),
    )
    merged_on = forms.DateField(label=_("Date of the merger"), widget=DateInput())

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        into = self.fields["into"]
        assert isinstance(into, forms.ModelChoiceField)
        into.queryset = Organisation.objects.filter(merged_into__isnull=True).exclude(
            pk=organisation.pk
        )


class AdviceForm(forms.ModelForm):
    class Meta:
        model = SecurityAdvice
        fields = ("service", "reference", "starts_on")
        widgets = {"starts_on": DateInput()}
        help_texts = {
            "reference": _(
                "The reference of the service's letter. Record no reasons: the "
                "register keeps the advice and its reference only."
            ),
        }


class LiftForm(forms.Form):
    lifted_on = forms.DateField(
        label=_("Lifted on"), widget=DateInput(), initial=timezone.localdate
    )
    reference = forms.CharField(
        label=_("Reference of the withdrawal"),
        max_length=60,
        help_text=_("The reference of the service's letter that withdraws the advice."),
    )


class PartnershipForm(forms.Form):
    starts_on = forms.DateField(label=_("Starts on"), widget=DateInput())
    ends_on = forms.DateField(
        label=_("Ends on"),
        widget=DateInput(),
        required=False,
        help_text=_("Leave empty while the partnership lasts."),
    )
    unit = forms.CharField(
        label=_("Unit"),
        max_length=150,
        help_text=_("The ministry's unit that holds the partnership."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        message = _("The end lies before the start.")
        check_period(self, data, "starts_on", "ends_on", message, field="ends_on")
        return data


class InvitationForm(GuardedFormMixin, forms.Form):
    guarded_fields = ("occasion",)
    occasion = forms.CharField(
        label=_("Occasion"),
        max_length=200,
        help_text=_(
            "E.g. 'Reflection session on social cohesion'. No names of people."
        ),
    )
    date = forms.DateField(label=_("Date of the occasion"), widget=DateInput())

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.organisation = organisation

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if organisation_contact_block(organisations=[self.organisation]):
            raise ValidationError(
                _(
                    "No invitation can be registered for %(name)s: a security "
                    "service has advised against contact with this organisation."
                ),
                params={"name": self.organisation.name},
                code="blocked",
            )
        self.guard(data)
        return data


class OrganisationChoiceField(forms.ModelMultipleChoiceField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.blocked: set[int] = set()

    def label_from_instance(self, obj: Any) -> str:
        if obj.pk in self.blocked:
            return str(_("%(name)s (contact advised against)") % {"name": obj.name})
        return obj.name


class ContactMomentForm(GuardedFormMixin, forms.Form):
    guarded_fields = ("topic", "notes", "outcomes")

    date = forms.DateField(label=_("Date"), widget=DateInput())
    form = forms.ChoiceField(label=_("Form"), choices=ContactFormChoices.choices)
    tier = forms.ChoiceField(
        label=_("Tier"),
        choices=Tier.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "Structural: part of a partnership, published in the annual overview. "
            "Incidental: only in the confidential list. Signal: counted, never listed."
        ),
    )
    organisations = OrganisationChoiceField(
        label=_("Organisations"),
        queryset=Organisation.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick every organisation that took part."),
    )
    topic = forms.CharField(
        label=_("Topic"),
        max_length=200,
        help_text=_("Write roles, not names: 'de voorzitter', 'een jongerenwerker'."),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    unit = forms.CharField(label=_("Unit"), max_length=150)
    notes = text_box(_("Notes"), rows=4, required=False)
    outcomes = text_box(_("Outcomes"), rows=3, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        organisations = Organisation.objects.filter(merged_into__isnull=True)
        field = self.fields["organisations"]
        assert isinstance(field, OrganisationChoiceField)
        field.queryset = organisations
        field.blocked = set(
            organisations.with_active_advice().values_list("pk", flat=True)
        )
        field.widget.attrs["size"] = min(10, max(4, organisations.count()))
        themes = self.fields["themes"]
        assert isinstance(themes, forms.ModelMultipleChoiceField)
        themes.queryset = Theme.objects.all()
        self.blocked_organisations: list[Organisation] = []

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        organisations = list(data.get("organisations") or [])
        blocked = organisation_contact_block(organisations=organisations)
        if blocked:
            self.blocked_organisations = blocked
            raise ValidationError(
                _(
                    "No contact can be registered with %(names)s: a security service "
                    "has advised against contact with this organisation. Nothing was "
                    "saved. Ask the privacy officer if you think the advice has ended."
                ),
                params={"names": ", ".join(o.name for o in blocked)},
                code="blocked",
            )
        if self.errors:
            return data
        missing = contact_structural_missing(data=self.contact_data())
        if missing:
            self.add_error(
                "tier",
                ValidationError(
                    _(
                        "A structural contact is part of a partnership, and %(names)s "
                        "had none on that date. Register the partnership first, or "
                        "choose incidental."
                    ),
                    params={"names": ", ".join(o.name for o in missing)},
                    code="no_partnership",
                ),
            )
        self.guard(data)
        return data

    def contact_data(self) -> ContactData:
        data = self.cleaned_data
        return ContactData(
            date=data["date"],
            form=data["form"],
            tier=data["tier"],
            topic=data["topic"],
            notes=data.get("notes", ""),
            outcomes=data.get("outcomes", ""),
            unit=data["unit"],
            organisations=list(data["organisations"]),
            themes=list(data.get("themes") or []),
        )


class AllowanceForm(forms.Form):
    category = forms.ChoiceField(
        label=_("Category"),
        choices=[(c.value, c.label) for c in Category if c in GUARDED_CATEGORIES],
    )
    text = forms.CharField(
        label=_("Exact text of the finding"),
        max_length=200,
        help_text=_(
            "As the guard highlighted it. Only a keyed fingerprint is stored, "
            "not the text."
        ),
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=300,
        help_text=_(
            "E.g. 'public office holder named in that capacity'. Recorded in "
            "the audit trail."
        ),
    )


class ConfidentialListForm(GuardedFormMixin, forms.Form):
    guarded_fields = ("recipient",)
    since = forms.DateField(label=_("Contacts since"), widget=DateInput())
    recipient = forms.CharField(
        label=_("Recipient (function)"),
        max_length=150,
        help_text=_("The function, not the name, e.g. 'directeur-generaal'."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        self.guard(data)
        return data


class ImportForm(forms.Form):
    kind = forms.ChoiceField(label=_("What the file holds"), choices=ImportKind.choices)
    file = forms.FileField(
        label=_("File (CSV or XLSX)"),
        help_text=_("The first row names the columns; see the documentation for them."),
    )

    MAX_SIZE = 5 * 1024 * 1024

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        name = (upload.name or "").lower()
        if not name.endswith((".csv", ".xlsx")):
            raise ValidationError(_("Upload a .csv or .xlsx file."))
        if upload.size > self.MAX_SIZE:
            raise ValidationError(_("The file is larger than 5 MB."))
        return upload


class ThemeFilterMixin(forms.Form):
    """A list filter with a ``theme`` choice field: any theme, or one of the
    register's themes (read when the form is made, so a new theme shows)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        themes = self.fields["theme"]
        assert isinstance(themes, forms.ChoiceField)
        themes.choices = [("", _("All themes"))] + [
            (t.code, t.name) for t in Theme.objects.all()
        ]

    def filters(self) -> dict[str, Any]:
        """The list selector's keyword arguments: each field by its name, the
        search ``q`` as ``query``; an empty or invalid form filters nothing."""
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {("query" if name == "q" else name): data[name] for name in data}


class OrganisationFilterForm(ThemeFilterMixin):
    q = forms.CharField(label=_("Search name or KvK number"), required=False)
    kind = forms.ChoiceField(
        label=_("Type"),
        choices=[("", _("All types")), *OrganisationKind.choices],
        required=False,
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    blocked = forms.ChoiceField(
        label=_("Security advice"),
        required=False,
        choices=[
            ("", _("All")),
            ("yes", _("Contact advised against")),
            ("no", _("No active advice")),
        ],
    )

    def clean_blocked(self) -> bool | None:
        return {"yes": True, "no": False}.get(self.cleaned_data["blocked"])


class ContactFilterForm(ThemeFilterMixin):
    q = forms.CharField(label=_("Search topic or organisation"), required=False)
    tier = forms.ChoiceField(
        label=_("Tier"), choices=[("", _("All tiers")), *Tier.choices], required=False
    )
    form = forms.ChoiceField(
        label=_("Form"),
        choices=[("", _("All forms")), *ContactFormChoices.choices],
        required=False,
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    date_from = forms.DateField(label=_("From"), required=False, widget=DateInput())
    date_to = forms.DateField(label=_("Until"), required=False, widget=DateInput())


class YearForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
