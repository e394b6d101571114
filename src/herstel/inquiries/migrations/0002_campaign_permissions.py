# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The administrator role manages campaigns in the admin site."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ACTIONS = ("add", "change", "view")


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    administrator, _created = Group.objects.get_or_create(name="administrator")
    for action in ACTIONS:
        administrator.permissions.add(
            Permission.objects.get(
                content_type__app_label="inquiries", codename=f"{action}_campaign"
            )
        )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    administrator = Group.objects.filter(name="administrator").first()
    if administrator is not None:
        administrator.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="inquiries",
                codename__in=[f"{a}_campaign" for a in ACTIONS],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("inquiries", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
