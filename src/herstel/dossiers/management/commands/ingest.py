# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
import sys
import time
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

from herstel.core.commands import HerstelCommand
from herstel.core.commands import argument
from herstel.core.commands import first_or_error
from herstel.core.commands import jobs
from herstel.dossiers.constants import IngestionSource
from herstel.dossiers.ingestion import files_in
from herstel.dossiers.ingestion import ingest
from herstel.dossiers.models import Dossier


class Command(HerstelCommand):
    help = (
        "Load every file under DIR into a dossier: originals and extracted text "
        "stored encrypted, personal data detected. Files already present are "
        "skipped; files whose text cannot be read are kept and reported."
    )

    arguments = (
        argument("paths", nargs="+", type=Path, metavar="DIR"),
        argument("--dossier", required=True, help="The dossier's slug."),
        jobs("Worker processes for extraction and detection (default: CPUs)."),
    )

    def handle(self, *args: Any, **options: Any) -> None:
        dossier = first_or_error(
            Dossier.objects.filter(slug=options["dossier"]),
            f"No dossier with slug {options['dossier']!r}.",
        )
        for path in options["paths"]:
            if not path.exists():
                raise CommandError(f"{path} does not exist.")
        started = time.monotonic()

        def progress(done: int) -> None:
            if sys.stderr.isatty() or done % 100 == 0:
                rate = done / max(time.monotonic() - started, 1e-9)
                sys.stderr.write(f"\rIngested {done} files ({rate:.1f}/s)")

        report = ingest(
            dossier=dossier,
            files=files_in(options["paths"]),
            actor=None,
            source=IngestionSource.COMMAND,
            jobs=max(1, options["jobs"]),
            progress=progress,
        )
        sys.stderr.write("\n")
        run = report.run
        for name, reason in report.unreadable:
            self.stderr.write(f"Could not read {name}: {reason}")
        for name, count in report.incomplete:
            self.stderr.write(f"Parts without text in {name}: {count}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{run.files} files in {time.monotonic() - started:.1f} s: "
                f"{run.stored} stored, {run.duplicates} already present, "
                f"{run.failed} without text, {len(report.incomplete)} with parts "
                f"without text (see the dossier page), {run.mentions} mentions found."
            )
        )
