# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The Woo grounds for redaction (Wet open overheid, art. 5.1 and 5.2).

The list is data: the privacy officer edits it afterwards. Article texts are
the legal citations in Dutch, as they are printed on published documents.
"""

from django.db import migrations

GROUNDS = [
    (
        "5.1.1d",
        "Woo art. 5.1 lid 1 sub d",
        "Bijzondere persoonsgegevens",
        ["religion", "ethnicity", "health", "political_opinion"],
    ),
    (
        "5.1.1e",
        "Woo art. 5.1 lid 1 sub e",
        "Identificatienummers (BSN)",
        ["bsn"],
    ),
    (
        "5.1.2e",
        "Woo art. 5.1 lid 2 sub e",
        "Eerbiediging van de persoonlijke levenssfeer",
        [
            "person",
            "place",
            "address",
            "postcode",
            "email",
            "phone",
            "iban",
            "date_of_birth",
            "criminal",
        ],
    ),
    ("5.1.1c", "Woo art. 5.1 lid 1 sub c", "Vertrouwelijke bedrijfsgegevens", []),
    (
        "5.1.2c",
        "Woo art. 5.1 lid 2 sub c",
        "Opsporing en vervolging van strafbare feiten",
        [],
    ),
    ("5.1.2i", "Woo art. 5.1 lid 2 sub i", "Het goed functioneren van de staat", []),
    ("5.2", "Woo art. 5.2", "Persoonlijke beleidsopvattingen", []),
]


def add_grounds(apps, schema_editor):
    Ground = apps.get_model("disposition", "Ground")
    for position, (code, article, description, categories) in enumerate(GROUNDS):
        Ground.objects.update_or_create(
            code=code,
            defaults={
                "article": article,
                "description": description,
                "categories": categories,
                "position": position,
            },
        )


def remove_grounds(apps, schema_editor):
    Ground = apps.get_model("disposition", "Ground")
    Ground.objects.filter(code__in=[g[0] for g in GROUNDS]).delete()


class Migration(migrations.Migration):
    dependencies = [("disposition", "0001_initial")]

    operations = [migrations.RunPython(add_grounds, remove_grounds)]
