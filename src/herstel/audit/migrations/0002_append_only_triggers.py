# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The database itself refuses UPDATE and DELETE on the audit table."""

from django.db import migrations

from herstel.audit.db import triggers_install
from herstel.audit.db import triggers_remove


def install(apps, schema_editor):
    triggers_install(schema_editor.connection)


def remove(apps, schema_editor):
    triggers_remove(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [migrations.RunPython(install, remove)]
