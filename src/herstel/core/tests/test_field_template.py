# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The shared field templates give help and errors the ids their inputs name.

Django points a field's ``aria-describedby`` at ``<id>_helptext`` and ``<id>_error``;
the templates once rendered ``_help`` / ``_errors``, so screen readers announced
neither (issue 16). The permission matrix checks every page it opens the same way.
"""

import re

from django import forms
from django.template.loader import render_to_string

import pytest

from herstel.accounts.tests.test_permission_matrix import missing_describedby_targets


class _Form(forms.Form):
    reason = forms.CharField(help_text="Waarom?")
    agree = forms.BooleanField(help_text="Lees eerst de voorwaarden.")
    kind = forms.ChoiceField(
        choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect, help_text="Soort"
    )


@pytest.mark.parametrize(
    ("template", "name"),
    [
        ("includes/field.html", "reason"),
        ("includes/checkbox.html", "agree"),
        ("includes/field.html", "kind"),
    ],
)
def test_every_described_by_target_exists_with_and_without_errors(template, name):
    for form in (_Form(), _Form(data={})):
        html = render_to_string(template, {"field": form[name]})
        assert not missing_describedby_targets(html), html
    html = render_to_string("includes/field.html", {"field": _Form(data={})["reason"]})
    assert 'aria-describedby="id_reason_helptext id_reason_error"' in html


def test_error_summary_links_reach_every_field_radio_buttons_included():
    """Each link of the error summary names an id the page has; a group of radio
    buttons has no single input, so its list carries the field's id."""
    form = _Form(data={})
    fields = "".join(
        render_to_string("includes/field.html", {"field": form[name]})
        for name in ("reason", "kind")
    )
    summary = render_to_string("includes/form_errors.html", {"form": form})
    targets = re.findall(r'href="#([^"]+)"', summary)
    assert "id_kind" in targets
    for target in targets:
        assert f'id="{target}"' in fields + render_to_string(
            "includes/checkbox.html", {"field": form["agree"]}
        ), target
