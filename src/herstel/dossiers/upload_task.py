# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""An upload ingested in the background (a task with a progress page).

The uploaded files are staged encrypted (the vault, one blob per file with
its name inside, since a file name may name a person), the task ingests them
one by one, reporting each, and shreds the staged copies when it is done.
The task's arguments hold only the dossier's id and the blobs' key ids.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from herstel.core.models import TaskRun
from herstel.core.progress import progress_report
from herstel.core.tasks import TaskKind
from herstel.core.tasks import task_kinds
from herstel.core.tasks import task_start
from herstel.vault.services import SealedBlob
from herstel.vault.services import blob_put
from herstel.vault.services import blob_read
from herstel.vault.services import blob_shred

from .constants import IngestionSource
from .ingestion import IngestFile
from .ingestion import ingest
from .models import Dossier

if TYPE_CHECKING:
    from herstel.core.actor import Actor

PURPOSE_STAGED = "upload-staged"


def _pack(name: str, data: bytes) -> bytes:
    encoded = name.encode()
    return len(encoded).to_bytes(4, "big") + encoded + data


def _unpack(payload: bytes) -> tuple[str, bytes]:
    size = int.from_bytes(payload[:4], "big")
    return payload[4 : 4 + size].decode(), payload[4 + size :]


def _reader(data: bytes) -> Callable[[], bytes]:
    return lambda: data


def upload_start(
    *, dossier: Dossier, files: list[tuple[str, bytes]], actor: Actor
) -> TaskRun:
    """Stage ``files`` (name, content) encrypted and ingest them in the
    background; returns the task to follow."""
    staged = [
        [sealed.key_id, sealed.blob_name]
        for sealed in (
            blob_put(data=_pack(name, data), purpose=PURPOSE_STAGED)
            for name, data in files
        )
    ]
    return task_start(
        kind="dossiers.upload",
        owner=actor,
        reference=dossier.slug,
        arguments={"dossier_pk": dossier.pk, "staged": staged},
        total=len(staged),
        back_url=reverse("dossiers:detail", args=[dossier.slug]),
    )


def upload_task_run(
    *, owner: Actor, dossier_pk: int, staged: list[list[str]]
) -> tuple[str, str]:
    """Ingest the staged files (the ``dossiers.upload`` task). Run again
    after an interruption, files already stored count as duplicates."""
    dossier = Dossier.objects.get(pk=dossier_pk)
    blobs = [SealedBlob(key_id=key_id, blob_name=name) for key_id, name in staged]
    files = []
    for blob in blobs:
        try:
            name, data = _unpack(blob_read(blob=blob, purpose=PURPOSE_STAGED))
        except Exception:  # noqa: S112  (shredded by an earlier, finished run)
            continue
        files.append(IngestFile(name=name, read=_reader(data)))
    report = ingest(
        dossier=dossier,
        files=files,
        actor=owner,
        source=IngestionSource.UPLOAD,
        progress=lambda done: progress_report(done=done, total=len(blobs)),
    )
    for blob in blobs:
        blob_shred(blob=blob)
    run = report.run
    summary = gettext(
        "%(files)s files: %(stored)s stored, %(duplicates)s already present, "
        "%(failed)s without text, %(mentions)s mentions found."
    ) % {
        "files": run.files,
        "stored": run.stored,
        "duplicates": run.duplicates,
        "failed": run.failed,
        "mentions": run.mentions,
    }
    return reverse("dossiers:detail", args=[dossier.slug]), summary


task_kinds.add(
    "dossiers.upload",
    TaskKind(_("Add documents"), upload_task_run, "dossiers.read_inventory"),
)
