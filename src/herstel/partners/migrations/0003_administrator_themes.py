# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The administrator role may add and change themes in the admin site."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    config = apps.get_app_config("partners")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    group = apps.get_model("auth", "Group").objects.filter(name="administrator").first()
    if group is None:
        return
    permission = apps.get_model("auth", "Permission")
    group.permissions.add(
        *permission.objects.filter(
            content_type__app_label="partners",
            codename__in=["add_theme", "change_theme", "view_theme"],
        )
    )


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name="administrator").first()
    if group is not None:
        permission = apps.get_model("auth", "Permission")
        group.permissions.remove(
            *permission.objects.filter(content_type__app_label="partners")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0002_themes"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
