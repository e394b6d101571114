# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from __future__ import annotations

import time
from typing import Any

from django import forms
from django.conf import settings
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from herstel.core.form_fields import text_box
from herstel.core.form_parts import own_email_field

from .constants import Channel
from .constants import MatchDecision
from .constants import VerificationMethod
from .models import Campaign
from .services import RequestData

FORM_SALT = "inquiries.public-form"
FORM_MAX_AGE = 2 * 60 * 60
MAX_LINES = 20
MAX_ATTACHMENT = 20 * 1024 * 1024

DOCUMENT_KINDS = [
    ("passport", _("Passport")),
    ("identity_card", _("Identity card")),
    ("driving_licence", _("Driving licence")),
    ("residence_permit", _("Residence permit")),
]


def _lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


class RequestDataForm(forms.Form):
    """What a requester tells us; shared by the public and the staff form."""

    names = forms.CharField(
        label=_("Your name and other names you may appear under"),
        help_text=_(
            "One name per line: your full name, earlier names, other spellings "
            "or a shorter form (for example with initials)."
        ),
        widget=forms.Textarea(attrs={"rows": 4, "autocomplete": "name"}),
        max_length=2000,
    )
    places = text_box(
        _("Places where you live or have lived"),
        rows=3,
        help_text=_("One place per line. This helps us tell you apart from others."),
        required=False,
        max_length=2000,
    )
    birth_date = forms.DateField(
        label=_("Date of birth (optional)"),
        help_text=_("For example 31-01-1975."),
        required=False,
        input_formats=["%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"],
        widget=forms.DateInput(attrs={"autocomplete": "bday"}, format="%d-%m-%Y"),
    )
    email = own_email_field(_("We send the confirmation and, later, the answer here."))
    address = forms.CharField(
        label=_("Postal address (optional)"),
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"}),
        required=False,
        max_length=500,
    )
    verification_method = forms.ChoiceField(
        label=_("How do you want to prove your identity?"),
        choices=VerificationMethod.choices,
        widget=forms.RadioSelect,
        initial=VerificationMethod.IN_PERSON,
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that my data in this form is used to search the documents "
            "and answer my request, and is destroyed afterwards."
        ),
        error_messages={
            "required": _("We can only handle your request with your consent.")
        },
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not settings.OIDC_OP_AUTHORIZATION_ENDPOINT:
            field = self.fields["verification_method"]
            assert isinstance(field, forms.ChoiceField)
            field.choices = [
                c for c in VerificationMethod.choices if c[0] != VerificationMethod.OIDC
            ]

    def clean_names(self) -> list[str]:
        names = _lines(self.cleaned_data["names"])
        if not names:
            raise forms.ValidationError(_("Give at least one name."))
        if len(names) > MAX_LINES:
            raise forms.ValidationError(_("Give at most 20 names."))
        return names

    def clean_places(self) -> list[str]:
        places = _lines(self.cleaned_data.get("places", ""))
        if len(places) > MAX_LINES:
            raise forms.ValidationError(_("Give at most 20 places."))
        return places

    def clean_birth_date(self) -> Any:
        value = self.cleaned_data.get("birth_date")
        if value and value >= timezone.localdate():
            raise forms.ValidationError(_("The date of birth must be in the past."))
        return value

    def request_data(self) -> RequestData:
        data = self.cleaned_data
        birth = data.get("birth_date")
        return RequestData(
            names=tuple(data["names"]),
            places=tuple(data["places"]),
            birth_date=birth.isoformat() if birth else "",
            email=data["email"],
            address=data.get("address", ""),
        )


class PublicRequestForm(RequestDataForm):
    """The public form, with spam protection but no third-party captcha: a
    honeypot field people do not see, and a signed time stamp that must be
    neither too fresh (a script) nor too old (a replayed form)."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = signing.dumps(time.time(), salt=FORM_SALT)

    def is_spam(self) -> bool:
        """True for a filled honeypot or a missing, forged, hasty or stale stamp."""
        if self.data.get("website"):
            return True
        try:
            started = float(
                signing.loads(
                    self.data.get("started", ""), salt=FORM_SALT, max_age=FORM_MAX_AGE
                )
            )
        except (signing.BadSignature, TypeError, ValueError):
            return True
        return time.time() - started < settings.HERSTEL_INTAKE_MIN_SECONDS

    def refresh_stamp(self) -> None:
        """Keep a fresh stamp when the form is shown again with errors."""
        data = dict(self.data.items())
        data["started"] = signing.dumps(time.time(), salt=FORM_SALT)
        self.data = data


class StaffRequestForm(RequestDataForm):
    campaign = forms.ModelChoiceField(
        label=_("Campaign"), queryset=Campaign.objects.all(), empty_label=None
    )
    channel = forms.ChoiceField(
        label=_("Received by"),
        choices=[c for c in Channel.choices if c[0] != Channel.WEB],
    )
    received_on = forms.DateField(
        label=_("Received on"),
        input_formats=["%d-%m-%Y", "%Y-%m-%d"],
        widget=forms.DateInput(format="%d-%m-%Y"),
        initial=timezone.localdate,
    )
    language = forms.ChoiceField(
        label=_("Language of the answer"), choices=settings.LANGUAGES
    )
    original = forms.FileField(
        label=_("Original message (optional)"),
        help_text=_("The e-mail or the scanned letter; it is stored encrypted."),
        required=False,
    )
    field_order = ["campaign", "channel", "received_on", "language"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = _(
            "The requester consented to the processing needed to answer."
        )
        self.fields["names"].label = _("Names and name variants")
        self.fields["places"].label = _("Places of residence (past and present)")

    def clean_original(self) -> Any:
        upload = self.cleaned_data.get("original")
        if upload and upload.size > MAX_ATTACHMENT:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        return upload


class VerifyForm(forms.Form):
    method = forms.ChoiceField(
        label=_("How did you check the identity?"),
        choices=[
            c for c in VerificationMethod.choices if c[0] != VerificationMethod.OIDC
        ],
        widget=forms.RadioSelect,
    )
    document_kind = forms.ChoiceField(
        label=_("Identity document shown"), choices=DOCUMENT_KINDS
    )
    confirm = forms.BooleanField(
        label=_(
            "I saw the document, the person matches it and the request, and I "
            "kept no copy."
        )
    )


class ExtendForm(forms.Form):
    months = forms.TypedChoiceField(
        label=_("Extend by"),
        choices=[(1, _("one month")), (2, _("two months"))],
        coerce=int,
    )
    reason = text_box(_("Reason (sent to the requester)"), rows=3, max_length=2000)


class MatchForm(forms.Form):
    subject = forms.IntegerField(widget=forms.HiddenInput)
    decision = forms.ChoiceField(
        label=_("Decision"), choices=MatchDecision.choices, widget=forms.RadioSelect
    )
    reason = text_box(_("Reason"), max_length=1000)


class NoteForm(forms.Form):
    note = text_box(_("Note"), max_length=2000, required=False)


class ObjectionReleaseForm(forms.Form):
    objection = forms.IntegerField(widget=forms.HiddenInput)
    reason = text_box(
        _("Reason for releasing the objection"),
        help_text=_(
            "E.g. the decision on the objection; the legal holds it placed are lifted."
        ),
        max_length=1000,
    )


class ObjectionForm(forms.Form):
    received_on = forms.DateField(
        label=_("Objection received on"),
        input_formats=["%d-%m-%Y", "%Y-%m-%d"],
        widget=forms.DateInput(format="%d-%m-%Y"),
        initial=timezone.localdate,
    )
    note = text_box(_("Note"), max_length=2000, required=False)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from the e-mail"),
        max_length=6,
        min_length=6,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}
        ),
    )


class LetterTemplateForm(forms.Form):
    """The wording of one letter (validated by the sandbox's rules)."""

    body = forms.CharField(
        label=_("Letter text"),
        strip=False,
        widget=forms.Textarea(attrs={"rows": 28, "class": "letter-editor"}),
        help_text=_(
            "Placeholders in double braces, such as {{ name }}, are filled in for "
            "each requester; {% if %} and {% for %} are allowed, nothing else."
        ),
    )

    def clean_body(self) -> str:
        from .letter_templates import letter_validate

        body = str(self.cleaned_data["body"]).replace("\r\n", "\n")
        letter_validate(body)
        return body
