# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""An upload is ingested by a background task: the files are staged
encrypted, their names never in the task's record, and shredded after."""

from __future__ import annotations

import json

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.core.models import TaskRun
from herstel.core.models import TaskStatus
from herstel.dossiers.tests.factories import DossierFactory
from herstel.dossiers.upload_task import PURPOSE_STAGED
from herstel.dossiers.upload_task import upload_start
from herstel.vault.services import SealedBlob
from herstel.vault.services import blob_read

pytestmark = pytest.mark.django_db

NOTE = "Gesprek met Fictieve Yusuf Kaya uit Ede over de toeslag.\n"


def test_an_upload_task_ingests_reports_and_shreds_its_staged_files(
    django_capture_on_commit_callbacks,
):
    analyst = UserFactory(roles=[Role.ANALYST])
    dossier = DossierFactory()
    files = [("notitie-kaya.txt", NOTE.encode()), ("tweede.txt", b"Tweede notitie.")]
    with django_capture_on_commit_callbacks(execute=True):
        task = upload_start(dossier=dossier, files=files, actor=analyst)
    task = TaskRun.objects.get(pk=task.pk)
    assert task.status == TaskStatus.DONE, task.failure
    assert (task.done, task.total) == (2, 2)
    assert dossier.documents.count() == 2
    assert "2" in task.summary
    record = json.dumps(task.arguments)
    assert "kaya" not in record.lower() and "tweede" not in record
    for key_id, name in task.arguments["staged"]:
        with pytest.raises(Exception):  # noqa: B017  (shredded: no key any more)
            blob_read(
                blob=SealedBlob(key_id=key_id, blob_name=name), purpose=PURPOSE_STAGED
            )
    # Run again (a redelivered message): a finished task is not run twice.
    from herstel.core.tasks import task_execute

    assert task_execute(task_pk=task.pk).finished_at == task.finished_at
