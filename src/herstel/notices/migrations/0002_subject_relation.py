# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""``NoticeDecision.subject_id`` (a bare number) becomes a relation to the
inventory's subjects. Renaming first and then altering keeps every row: the
column ends up as ``subject_id`` again, now with a foreign key."""

import django.db.models.deletion
from django.db import migrations
from django.db import models


class Migration(migrations.Migration):
    dependencies = [
        ("dossiers", "0003_subjects"),
        ("notices", "0001_initial"),
    ]

    operations = [
        migrations.RenameField(
            model_name="noticedecision", old_name="subject_id", new_name="subject"
        ),
        migrations.AlterField(
            model_name="noticedecision",
            name="subject",
            field=models.OneToOneField(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="notice",
                to="dossiers.subject",
                verbose_name="subject",
            ),
        ),
    ]
