# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The five themes of the integration action agenda, in Dutch and English."""

from django.db import migrations

THEMES = (
    ("language_work", "Taal en werk", "Language and work"),
    ("open_society", "Open en vrije samenleving", "Open and free society"),
    ("social_cohesion", "Sociale samenhang", "Social cohesion"),
    ("equal_opportunities", "Gelijke kansen", "Equal opportunities"),
    ("anti_discrimination", "Antidiscriminatie", "Anti-discrimination"),
)


def add_themes(apps, schema_editor):
    theme = apps.get_model("partners", "Theme")
    for position, (code, name_nl, name_en) in enumerate(THEMES, start=1):
        theme.objects.update_or_create(
            code=code,
            defaults={"name_nl": name_nl, "name_en": name_en, "position": position},
        )


def remove_themes(apps, schema_editor):
    theme = apps.get_model("partners", "Theme")
    theme.objects.filter(
        code__in=[code for code, _nl, _en in THEMES], contacts__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("partners", "0001_initial")]

    operations = [migrations.RunPython(add_themes, remove_themes)]
