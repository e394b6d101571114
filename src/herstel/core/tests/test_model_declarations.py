# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The model declaration helpers build what a hand-written declaration gives.

``makemigrations --check`` (in ``make lint``) compares every model with its
migrations; these tests pin the helpers' own rules.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

import pytest

from herstel.core.model_fields import created_moment
from herstel.core.model_fields import list_field
from herstel.core.model_fields import optional_date
from herstel.core.model_fields import optional_moment
from herstel.core.model_links import kept_link
from herstel.core.model_links import loose_link
from herstel.core.model_links import part_of
from herstel.core.model_meta import model_meta
from herstel.core.model_parts import open_period
from herstel.core.model_parts import unique
from herstel.dossiers.models import Dossier
from herstel.dossiers.models import StorageLocation
from herstel.network.models import Application
from herstel.network.models import ConsultationResponse
from herstel.network.models import Topic


def test_meta_holds_only_the_options_given() -> None:
    meta = model_meta(_("thing"), ordering=["-pk"])
    assert meta.__name__ == "Meta"
    assert str(meta.verbose_name) == "thing"
    assert meta.ordering == ["-pk"]  # a list stays a list: migrations compare it
    assert not hasattr(meta, "verbose_name_plural")  # Django's default applies
    assert not hasattr(model_meta(), "verbose_name")


def test_a_model_reads_its_meta_from_the_call() -> None:
    assert str(Dossier._meta.verbose_name_plural) == "dossiers"
    assert Dossier._meta.ordering == ("title",)
    (constraint,) = StorageLocation._meta.constraints
    assert constraint == models.UniqueConstraint(
        fields=["dossier", "name"], name="unique_location_name"
    )


def test_unique_and_open_period_constraints() -> None:
    condition = models.Q(active=True)
    assert unique("one", "a", "b", condition=condition) == models.UniqueConstraint(
        fields=["a", "b"], condition=condition, name="one"
    )
    period = open_period("p", end="lifted_on")
    assert period == models.CheckConstraint(
        condition=models.Q(lifted_on__isnull=True)
        | models.Q(lifted_on__gte=models.F("starts_on")),
        name="p",
    )


@pytest.mark.parametrize(
    ("link", "on_delete", "null"),
    [
        (part_of, models.CASCADE, False),
        (kept_link, models.PROTECT, False),
        (loose_link, models.SET_NULL, True),
    ],
)
def test_links_say_what_deleting_the_other_record_does(
    link: object, on_delete: object, null: bool
) -> None:
    field = link("dossiers.Dossier", "+", _("dossier"))  # type: ignore[operator]
    assert type(field) is models.ForeignKey
    assert field.remote_field.on_delete is on_delete
    assert (field.null, field.blank) == (null, null)
    assert field.remote_field.related_name == "+"
    assert str(field.verbose_name) == "dossier"


def test_link_options() -> None:
    assert type(part_of("dossiers.Dossier", one=True)) is models.OneToOneField
    optional = kept_link("dossiers.Dossier", optional=True)
    assert (optional.null, optional.blank) == (True, True)
    asked = loose_link("dossiers.Dossier", blank=False)
    assert (asked.null, asked.blank) == (True, False)


def test_date_and_list_fields() -> None:
    assert created_moment().auto_now_add
    moment, day = optional_moment(), optional_date()
    assert isinstance(moment, models.DateTimeField)
    assert isinstance(day, models.DateField)
    assert (moment.null, moment.blank, day.null, day.blank) == (True,) * 4
    assert list_field().default is list


def test_network_records_keep_their_shared_columns() -> None:
    for model in (Topic, ConsultationResponse):
        assert {"created_at", "hidden_at", "hidden_reason"} <= {
            field.name for field in model._meta.get_fields()
        }
    assert Application._meta.get_field("decided_by").null
