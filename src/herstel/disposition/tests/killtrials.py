# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""SIGKILL a destruction run at random moments, resume it, check the result.

Run as its own process (``python -m herstel.disposition.tests.killtrials
--dir DIR``): it sets Django up on the database in DATABASE_URL (the test
suite's) or a scratch SQLite database under DIR, with key store and blobs
wherever HERSTEL_KEYSTORE_DIR and HERSTEL_BLOB_ROOT say (else under DIR).
Per trial it prepares a small approved run, forks a child that executes it,
kills the child with SIGKILL after a random delay, resumes the run in the
parent and checks that every document was destroyed
exactly once: items, tombstones, audit entries (one ``document.shredded`` per
document, one ``vault.key_shredded`` per key), shred journal (each key once,
chain intact), key store (no key left), blobs (gone), audit chain intact and a
certificate that names every document and matches its fingerprint. Prints one
JSON object; ``test_kill_resume.py`` runs it and asserts on it.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any


def _setup(directory: Path) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "herstel.conf.ci"
    os.environ["HERSTEL_VAR_DIR"] = str(directory)
    migrate = "DATABASE_URL" not in os.environ  # else: the test suite's database
    os.environ.setdefault(
        "DATABASE_URL", f"sqlite:///{directory / 'killtrials.sqlite3'}"
    )
    import django

    django.setup()
    if migrate:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)


def _approved_run(number: int, documents: int, people: dict[str, Any]) -> Any:
    """A run of stored documents as ingestion leaves them (two sealed blobs,
    mentions, an approved destroy decision), set up directly to keep it quick."""

    from herstel.disposition.tests.factories import approve_destroy_in_bulk
    from herstel.disposition.tests.factories import approved_run
    from herstel.dossiers.constants import DocumentStatus
    from herstel.dossiers.models import Document
    from herstel.dossiers.models import Mention
    from herstel.dossiers.services import PURPOSE_ORIGINAL
    from herstel.dossiers.services import PURPOSE_TEXT
    from herstel.dossiers.services import dossier_create
    from herstel.vault.services import blob_put

    dossier = dossier_create(slug=f"kill-{number}", title=f"Kill trial {number}")
    rows = []
    for index in range(documents):
        text = f"Verslag {index}: mevrouw Proef Persoon {index} uit Tiel.".encode()
        original = blob_put(data=text, purpose=PURPOSE_ORIGINAL)
        extracted = blob_put(data=text, purpose=PURPOSE_TEXT)
        rows.append(
            Document(
                dossier=dossier,
                reference=f"KILL-{number:03d}-{index:04d}",
                status=DocumentStatus.EXTRACTED,
                size=len(text),
                sha256=hashlib.sha256(text).hexdigest(),
                original_key_id=original.key_id,
                original_blob=original.blob_name,
                text_key_id=extracted.key_id,
                text_blob=extracted.blob_name,
                text_length=len(text),
            )
        )
    Document.objects.bulk_create(rows)
    stored = list(Document.objects.filter(dossier=dossier))
    Mention.objects.bulk_create(
        Mention(document=d, category="person", start=11, end=30, status="confirmed")
        for d in stored
    )
    approve_destroy_in_bulk(stored, people["analyst"], people["reviewer"])
    return approved_run(
        dossier, people["analyst"], people["reviewer"], legal_basis="AVG art. 17"
    )


def _snapshot(run: Any) -> dict[str, Any]:
    """What the run's documents hold before destruction (keys, blobs)."""
    from herstel.dossiers.models import Document

    documents = list(
        Document.objects.filter(pk__in=run.items.values("document_id")).order_by("pk")
    )
    return {
        "documents": {d.pk: d.reference for d in documents},
        "keys": [k for d in documents for k in (d.original_key_id, d.text_key_id)],
        "blobs": [b for d in documents for b in (d.original_blob, d.text_blob) if b],
    }


def _state(run: Any, snapshot: dict[str, Any]) -> str:
    """Where the kill landed, from what survived it."""
    from herstel.disposition.constants import ItemStatus
    from herstel.disposition.constants import RunStatus
    from herstel.vault.services import keystore_get

    run.refresh_from_db()
    destroyed = run.items.filter(status=ItemStatus.DESTROYED).count()
    journaled = len(set(snapshot["keys"]) & keystore_get().journal.shredded_ids())
    total = len(snapshot["documents"])
    if run.status == RunStatus.APPROVED:
        return "before start"
    if destroyed == total:
        return (
            "after the last document" if run.status != RunStatus.COMPLETED else "done"
        )
    if journaled > 2 * destroyed:
        return "inside a group (keys journaled, database not committed)"
    if destroyed == 0:
        return "before the first group"
    return "between groups"


def _check(run: Any, snapshot: dict[str, Any]) -> list[str]:
    """Every way the resumed run could be wrong, as messages (empty: exact)."""
    from django.conf import settings

    from pypdf import PdfReader

    from herstel.audit.models import AuditEvent
    from herstel.audit.selectors import audit_chain_verify
    from herstel.disposition.constants import ItemStatus
    from herstel.disposition.constants import RunStatus
    from herstel.dossiers.models import Document
    from herstel.dossiers.models import Mention
    from herstel.vault.keystore import KeyShreddedError
    from herstel.vault.services import keystore_get

    problems: list[str] = []
    run.refresh_from_db()
    documents = snapshot["documents"]
    keys = snapshot["keys"]
    if run.status != RunStatus.COMPLETED:
        problems.append(f"run status {run.status}")
    statuses = Counter(run.items.values_list("status", flat=True))
    if statuses != Counter({ItemStatus.DESTROYED: len(documents)}):
        problems.append(f"items {dict(statuses)}")
    alive = Document.objects.filter(pk__in=documents, shredded_at__isnull=True)
    if alive.exists():
        problems.append(f"{alive.count()} documents not tombstoned")
    if Mention.objects.filter(document__in=documents).exists():
        problems.append("mentions left")
    shredded = Counter(
        AuditEvent.objects.filter(
            event="document.shredded", object_id__in=[str(pk) for pk in documents]
        ).values_list("object_id", flat=True)
    )
    if shredded != Counter({str(pk): 1 for pk in documents}):
        problems.append(f"document.shredded entries {dict(shredded)}")
    key_events = Counter(
        AuditEvent.objects.filter(
            event="vault.key_shredded", object_id__in=keys
        ).values_list("object_id", flat=True)
    )
    if key_events != Counter({k: 1 for k in keys}):
        problems.append(f"vault.key_shredded entries: {sum(key_events.values())}")
    for event in ("run.destroyed", "run.completed"):
        count = AuditEvent.objects.filter(
            event=event, object_type="disposition.destructionrun", object_id=str(run.pk)
        ).count()
        if count != 1:
            problems.append(f"{event} entries: {count}")
    store = keystore_get()
    journal = Counter(e.key_id for e in store.journal.entries())  # verifies chain
    if any(journal[k] != 1 for k in keys):
        problems.append("journal does not hold each key exactly once")
    for key_id in keys:
        if store._get(key_id) is not None:
            problems.append("a key is still in the key store")
            break
        try:
            store.get_key(key_id)
            problems.append("a key is still readable")
            break
        except KeyShreddedError:
            pass
    root = Path(settings.STORAGES["blobs"]["OPTIONS"]["location"])
    if any((root / name).exists() for name in snapshot["blobs"]):
        problems.append("a blob is still stored")
    report = audit_chain_verify()
    if not report.ok:
        problems.append("audit chain broken")
    pdf = bytes(run.certificate or b"")
    if hashlib.sha256(pdf).hexdigest() != run.certificate_sha256:
        problems.append("certificate fingerprint differs")
    else:
        text = "\n".join(
            page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages
        )
        missing = [ref for ref in documents.values() if ref not in text]
        if missing:
            problems.append(f"certificate misses {len(missing)} documents")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--trials", type=int, default=24)
    parser.add_argument("--documents", type=int, default=12)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--batch-sizes", default="1,4,50")
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    _setup(args.dir)
    from django.db import connections

    from herstel.disposition.constants import RunStatus
    from herstel.disposition.services import run_execute
    from herstel.disposition.tests.factories import analyst
    from herstel.disposition.tests.factories import reviewer

    seed = (
        args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 30)
    )
    rng = random.Random(seed)
    sizes = [int(size) for size in args.batch_sizes.split(",")]
    people = {"analyst": analyst(), "reviewer": reviewer()}
    durations: dict[int, float] = {}
    trials: list[dict[str, Any]] = []
    started = time.monotonic()
    for number in range(len(sizes) + args.trials):
        calibrating = number < len(sizes)
        size = sizes[number] if calibrating else rng.choice(sizes)
        run = _approved_run(number, args.documents, people)
        snapshot = _snapshot(run)
        connections.close_all()
        begun = time.monotonic()
        child = os.fork()
        if child == 0:  # pragma: no cover - the child is killed or exits
            code = 0
            try:
                run_execute(run=run, actor=people["analyst"], batch_size=size)
            except BaseException:
                code = 1
            os._exit(code)
        delay = None
        if calibrating:
            os.waitpid(child, 0)
            durations[size] = time.monotonic() - begun
        else:
            delay = rng.uniform(0, durations[size] * 0.9)
            time.sleep(delay)
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
        state = _state(run, snapshot)
        if not calibrating and state == "done":
            # The run was quicker than calibrated (the load changes): aim earlier.
            durations[size] *= 0.7
        if run.status != RunStatus.COMPLETED:
            run_execute(run=run, actor=people["analyst"], batch_size=size)
        problems = _check(run, snapshot)
        if not calibrating:
            trials.append(
                {
                    "batch_size": size,
                    "delay_ms": round((delay or 0) * 1000, 1),
                    "killed": state,
                    "problems": problems,
                }
            )
        elif problems:
            trials.append({"batch_size": size, "killed": "none", "problems": problems})
    json.dump(
        {
            "seed": seed,
            "documents_per_run": args.documents,
            "seconds": round(time.monotonic() - started, 1),
            "calibration_ms": {k: round(v * 1000) for k, v in durations.items()},
            "trials": trials,
        },
        sys.stdout,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
