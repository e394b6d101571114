# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Bulk review benchmark: reject one spelling across a dossier of 300 documents
and undo it (issue 13's bar: under 2 s). Called by bench/run.py after Django is
set up, or on its own: ``python bench/bulk_review.py``. Size from
HERSTEL_BENCH_BULK_DOCUMENTS (default 300)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

Row = tuple[str, str, str, str]

TEXT = (
    "Ministerie van Sociale Zaken en Werkgelegenheid\n\nVerslag {n}: mevrouw "
    "Bench Persoon {n} uit Tiel sprak met de afdeling Werkgelegenheid over "
    "werkgelegenheid in de regio. " + "Het overleg duurde lang. " * 40
)


def bulk_review_rows() -> list[Row]:
    import hashlib

    from django.contrib.auth.models import Group

    from herstel.accounts.models import User
    from herstel.dossiers.constants import DocumentStatus
    from herstel.dossiers.models import Document
    from herstel.dossiers.models import Mention
    from herstel.dossiers.review import review_batch_undo
    from herstel.dossiers.review import surface_bulk_decide
    from herstel.dossiers.services import PURPOSE_TEXT
    from herstel.dossiers.services import dossier_create
    from herstel.vault.services import blob_put

    count = int(os.environ.get("HERSTEL_BENCH_BULK_DOCUMENTS", "300"))
    actor = User.objects.create(username=f"bench-bulk-{count}")
    actor.groups.add(Group.objects.get_or_create(name="analyst")[0])
    dossier = dossier_create(slug=f"bench-bulk-{count}", title="Bench bulk")
    rows = []
    for number in range(count):
        text = TEXT.format(n=number)
        blob = blob_put(data=text.encode(), purpose=PURPOSE_TEXT)
        rows.append(
            Document(
                dossier=dossier,
                reference=f"DOC-K{number:08d}",
                status=DocumentStatus.EXTRACTED,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                text_key_id=blob.key_id,
                text_blob=blob.blob_name,
                text_length=len(text),
            )
        )
    Document.objects.bulk_create(rows, batch_size=1000)
    documents = list(Document.objects.filter(dossier=dossier).order_by("pk"))
    mentions = []
    for number, document in enumerate(documents):
        text = TEXT.format(n=number)
        start = 0
        while (start := text.lower().find("werkgelegenheid", start)) >= 0:
            mentions.append(
                Mention(
                    document=document,
                    category="person",
                    start=start,
                    end=start + 15,
                    score=0.4,
                )
            )
            start += 1
        name = text.index("Bench Persoon")
        mentions.append(
            Mention(document=document, category="person", start=name, end=name + 15)
        )
    Mention.objects.bulk_create(mentions, batch_size=1000)
    first = Mention.objects.filter(document=documents[0], category="person").first()
    assert first is not None
    started = time.perf_counter()
    batch = surface_bulk_decide(
        mention=first, status="rejected", scope="dossier", actor=actor
    )
    decided = time.perf_counter() - started
    started = time.perf_counter()
    restored = review_batch_undo(batch=batch, actor=actor)
    undone = time.perf_counter() - started
    changed = len(batch.changes)
    assert restored == changed == 3 * count, (restored, changed)
    return [
        (
            f"bulk reject one spelling, dossier of {count} documents",
            f"{decided:.2f} s",
            "",
            f"{changed:,} mentions rejected (texts decrypted and compared)",
        ),
        (
            f"undo that bulk reject ({count} documents)",
            f"{undone:.2f} s",
            "",
            f"{restored:,} mentions restored",
        ),
    ]


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory(prefix="herstel-bench-bulk-") as scratch:
        os.environ["DJANGO_SETTINGS_MODULE"] = "herstel.conf.ci"
        os.environ["HERSTEL_VAR_DIR"] = scratch
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(scratch) / 'bench.sqlite3'}"
        sys.path.insert(0, str(root / "src"))
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        for row in bulk_review_rows():
            print("  ".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
