# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
import sys
import time
from typing import Any

from herstel.core.commands import HerstelCommand
from herstel.core.commands import argument
from herstel.core.commands import jobs
from herstel.demo.generator import demo_requester
from herstel.demo.services import demo_load
from herstel.demo.services import require_demo_mode
from herstel.disposition.demo import disposition_demo
from herstel.dossiers.models import Dossier
from herstel.inquiries.demo import demo_requests_load
from herstel.network.demo import network_demo_load
from herstel.notices.demo import notices_demo
from herstel.partners.demo import partners_demo_load
from herstel.woo.demo import woo_demo


class Command(HerstelCommand):
    help = (
        "Generate the synthetic demo data set (fictitious people only): demo "
        "users per role and dossiers with a few hundred documents. Deterministic "
        "for a seed."
    )

    arguments = (
        argument("--seed", type=int, default=1),
        argument("--documents", type=int, default=300),
        jobs(),
        argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when any dossier exists (used by 'make run').",
        ),
    )

    def handle(self, *args: Any, **options: Any) -> None:
        require_demo_mode()
        if options["if_empty"] and Dossier.objects.exists():
            self.stdout.write("Demo data already loaded; skipping.")
            return
        started = time.monotonic()

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty() or done == total or done % 50 == 0:
                sys.stderr.write(f"\rStoring documents: {done}/{total}")
                if done == total:
                    sys.stderr.write("\n")

        counts = demo_load(
            seed=options["seed"],
            documents=options["documents"],
            jobs=max(1, options["jobs"]),
            progress=progress,
        )
        partners_demo_load()
        network_demo_load()
        requester = demo_requester(seed=options["seed"])
        counts["requests"] = demo_requests_load(
            seed=options["seed"], requester=(requester.name, requester.place)
        )
        disposition_demo()
        notices_demo()
        woo_demo()
        self.stdout.write(
            self.style.SUCCESS(
                "Demo data set loaded in {seconds:.1f} s: {dossiers} dossiers, "
                "{documents} documents stored, {failed} without text, {skipped} "
                "already present, {mentions} mentions of personal data, {requests} "
                "access requests.".format(seconds=time.monotonic() - started, **counts)
            )
        )
