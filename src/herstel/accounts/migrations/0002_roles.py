# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Create the roles as groups; give the administrator role its admin-site rights."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = [
    "analyst",
    "reviewer",
    "privacy_officer",
    "policy_officer",
    "network_moderator",
    "network_member",
    "administrator",
]

# Model permissions (the Django admin checks these); object rules live in
# each app's permissions.py.
ADMINISTRATOR_PERMISSIONS = [
    ("accounts", "user", ("add", "change", "view")),
    ("auth", "group", ("view",)),
    ("dossiers", "dossier", ("add", "change", "view")),
    ("dossiers", "storagelocation", ("add", "change", "delete", "view")),
    ("dossiers", "document", ("view",)),
]


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name in ROLES:
        Group.objects.get_or_create(name=name)
    administrator = Group.objects.get(name="administrator")
    for app_label, model, actions in ADMINISTRATOR_PERMISSIONS:
        for action in actions:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=f"{action}_{model}"
            )
            administrator.permissions.add(permission)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("dossiers", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
