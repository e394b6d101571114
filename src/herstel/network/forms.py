# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from typing import Any

from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from herstel.core.form_fields import DateInput
from herstel.core.form_fields import text_box
from herstel.core.form_parts import own_email_field

from .constants import AccessibilityNeed
from .constants import AttendanceCategory
from .constants import Background
from .constants import EmailFrequency
from .constants import Region
from .constants import TopicStatus
from .models import Group
from .models import Meeting
from .models import Series


class ProfileForm(forms.Form):
    display_name = forms.CharField(
        label=_("Display name"),
        max_length=80,
        help_text=_(
            "How other members see you. A pseudonym or the name of your "
            "organisation is fine."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    email = own_email_field(
        _("Only for messages from the network; never shown to others.")
    )
    region = forms.ChoiceField(
        label=_("Region"),
        choices=[("", _("I'd rather not say")), *Region.choices],
        required=False,
    )
    background = forms.ChoiceField(
        label=_("Background"),
        choices=[("", _("I'd rather not say")), *Background.choices],
        required=False,
    )
    directory_visible = forms.BooleanField(
        label=_("Show my display name, region and background to other members"),
        required=False,
    )
    email_frequency = forms.ChoiceField(
        label=_("Progress updates by e-mail"),
        choices=EmailFrequency.choices,
        initial=EmailFrequency.DIGEST,
    )


class JoinForm(ProfileForm):
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        help_text=_("At least 12 characters; not a common password."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    consent = forms.BooleanField(
        label=_("I have read the text above and agree to it"),
        error_messages={
            "required": _("You can only join when you agree to the consent text.")
        },
    )

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        password_validation.validate_password(password)
        return password


class ConsentForm(ProfileForm):
    consent = JoinForm.base_fields["consent"]


class ApplicationForm(forms.Form):
    display_name = ProfileForm.base_fields["display_name"]
    email = ProfileForm.base_fields["email"]
    motivation = text_box(
        _("Why would you like to join?"),
        rows=4,
        help_text=_("A few sentences about you or your organisation."),
        max_length=2000,
    )
    group = forms.ModelChoiceField(
        label=_("Group you would like to join"),
        queryset=Group.objects.none(),
        required=False,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        assert isinstance(self.fields["group"], forms.ModelChoiceField)
        self.fields["group"].queryset = Group.objects.exclude(access="private")


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("The invitation link is sent here. It is not stored."),
    )
    group = forms.ModelChoiceField(
        label=_("Also make a member of group"),
        queryset=Group.objects.all(),
        required=False,
    )


class DeleteForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, delete my account and everything about me"),
        error_messages={"required": _("Tick the box to confirm.")},
    )
    remove_contributions = forms.BooleanField(
        label=_(
            "Also remove my topics, supports and consultation responses "
            "(otherwise they stay, without my name)"
        ),
        required=False,
    )


class RegistrationForm(forms.Form):
    needs = forms.MultipleChoiceField(
        label=_("Accessibility and inclusion needs"),
        choices=AccessibilityNeed.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Only the moderators see this, without your name."),
    )
    other_needs = text_box(
        _("Anything else we should arrange?"), max_length=500, required=False
    )


class GuardedForm(forms.Form):
    """A contribution form with the privacy guard's 'post anyway' checkbox."""

    confirm_guard = forms.BooleanField(
        label=_("I have checked my text: post it anyway"), required=False
    )


class TopicForm(GuardedForm):
    title = forms.CharField(label=_("Title"), max_length=200)
    description = text_box(
        _("Description"),
        rows=6,
        max_length=5000,
        help_text=_("What should be discussed, and why? Do not name other people."),
    )
    theme = forms.CharField(label=_("Theme"), max_length=100, required=False)
    group = forms.ModelChoiceField(
        label=_("Group"),
        queryset=Group.objects.none(),
        required=False,
        empty_label=_("The whole network"),
    )

    field_order = ["title", "description", "theme", "group", "confirm_guard"]

    def __init__(self, *args: Any, groups: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        assert isinstance(self.fields["group"], forms.ModelChoiceField)
        self.fields["group"].queryset = (
            groups if groups is not None else Group.objects.none()
        )


class TopicStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=TopicStatus.choices)
    text = text_box(
        _("Public response"), rows=4, help_text=_("Shown to members with the topic.")
    )
    meeting = forms.ModelChoiceField(
        label=_("Session"),
        queryset=Meeting.objects.all(),
        required=False,
        help_text=_("Required when the topic is accepted for a session."),
    )

    def __init__(self, *args: Any, choices: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if choices is not None:
            assert isinstance(self.fields["status"], forms.ChoiceField)
            self.fields["status"].choices = choices


class ReportForm(forms.Form):
    reason = text_box(
        _("What is wrong with this contribution?"), rows=3, max_length=1000
    )


class HideForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for hiding"),
        max_length=500,
        help_text=_("Recorded with the contribution and shown to moderators."),
    )


class MeetingForm(forms.ModelForm):
    online_url = forms.URLField(
        label=_("online link"), required=False, assume_scheme="https"
    )

    class Meta:
        model = Meeting
        fields = [
            "title",
            "kind",
            "series",
            "group",
            "starts_at",
            "ends_at",
            "location",
            "online_url",
            "themes",
            "agenda",
            "capacity",
        ]
        widgets = {
            "starts_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "ends_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "agenda": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        assert isinstance(self.fields["series"], forms.ModelChoiceField)
        self.fields["series"].queryset = Series.objects.all()


class AttendanceForm(forms.Form):
    outcome = text_box(_("Outcomes"), rows=5, required=False)
    input_used = text_box(_("What we did with your input"), rows=4, required=False)

    document = forms.FileField(
        label=_("Add an outcome document"),
        required=False,
        help_text=_("PDF, ODT, DOCX or text, at most 20 MB; stored encrypted."),
    )
    document_title = forms.CharField(
        label=_("Title of the document"), max_length=200, required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for value, label in AttendanceCategory.choices:
            self.fields[f"count_{value}"] = forms.IntegerField(
                label=label, min_value=0, max_value=100000, required=False
            )

    def counts(self) -> dict[str, int]:
        return {
            value: self.cleaned_data.get(f"count_{value}") or 0
            for value in AttendanceCategory.values
        }

    def count_fields(self) -> list[Any]:
        return [self[f"count_{value}"] for value in AttendanceCategory.values]


class UpdateForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    body = text_box(_("Text"), rows=6)
    group = forms.ModelChoiceField(
        label=_("Group"),
        queryset=Group.objects.all(),
        required=False,
        empty_label=_("The whole network"),
    )


class ConsultationForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    introduction = text_box(_("Introduction"), rows=4)
    closes_on = forms.DateField(label=_("Closes on"), widget=DateInput())
    group = forms.ModelChoiceField(
        label=_("Group"),
        queryset=Group.objects.all(),
        required=False,
        empty_label=_("The whole network"),
    )
    draft = text_box(
        _("Draft, in sections"),
        rows=8,
        required=False,
        help_text=_(
            "Start each section with a line '# Title'; members comment per section."
        ),
    )
    questions = text_box(
        _("Questions"), rows=4, required=False, help_text=_("One question per line.")
    )

    def sections(self) -> list[tuple[str, str]]:
        sections: list[tuple[str, list[str]]] = []
        for line in self.cleaned_data.get("draft", "").splitlines():
            if line.startswith("#"):
                sections.append((line.lstrip("#").strip(), []))
            elif sections:
                sections[-1][1].append(line)
        return [(title, "\n".join(body).strip()) for title, body in sections if title]

    def question_list(self) -> list[str]:
        return [
            line.strip()
            for line in self.cleaned_data.get("questions", "").splitlines()
            if line.strip()
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not self.errors and not (self.sections() or self.question_list()):
            raise forms.ValidationError(
                _("Add at least one section of the draft or one question.")
            )
        return data


class SummaryForm(forms.Form):
    summary = text_box(_("Summary of the responses"), rows=5)
    outcome = text_box(_("What was done with the responses"), rows=4)


class GroupForm(forms.ModelForm):
    class Meta:
        model = Group
        fields = ["name", "slug", "description", "access"]
        help_texts = {
            "slug": _(
                "Used in the web address: lower-case letters, digits and hyphens, "
                "e.g. wijkraad-noord."
            )
        }
        # Django's own wording speaks of a "slug", a word our users do not use.
        error_messages = {
            "slug": {
                "invalid": _(
                    "Use only lower-case letters, digits and hyphens, e.g. "
                    "wijkraad-noord."
                )
            }
        }


class SeriesForm(forms.ModelForm):
    class Meta:
        model = Series
        fields = ["title", "description", "group"]
