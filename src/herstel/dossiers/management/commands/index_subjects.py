# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from typing import Any

from herstel.core.commands import HerstelCommand
from herstel.core.commands import argument
from herstel.dossiers.models import Dossier
from herstel.dossiers.services import subjects_index_dossier
from herstel.dossiers.services import subjects_rekey_dossier


class Command(HerstelCommand):
    help = (
        "Group the person mentions of analysed documents into subjects and fill "
        "the blind name index (idempotent; new documents are indexed when they "
        "are analysed). With --rebuild, recompute every index key, keeping the "
        "subjects: run it after changing HERSTEL_BLIND_INDEX_KEY."
    )

    arguments = (
        argument("--dossier", help="Only this dossier (slug)."),
        argument("--rebuild", action="store_true"),
    )

    def handle(self, *args: Any, **options: Any) -> None:
        dossiers = Dossier.objects.all()
        if options["dossier"]:
            dossiers = dossiers.filter(slug=options["dossier"])
        for dossier in dossiers:
            if options["rebuild"]:
                keys = subjects_rekey_dossier(dossier=dossier, actor=None)
                self.stdout.write(f"{dossier.slug}: {keys} index keys recomputed.")
            count = subjects_index_dossier(dossier=dossier, actor=None)
            self.stdout.write(f"{dossier.slug}: {count} mentions grouped.")
