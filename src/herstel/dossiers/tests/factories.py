# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from typing import Any

import factory

from herstel.dossiers.constants import DocumentStatus
from herstel.dossiers.models import Document
from herstel.dossiers.models import Dossier


class DossierFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Dossier

    slug = factory.Sequence(lambda n: f"dossier-{n}")
    title = factory.Sequence(lambda n: f"Dossier {n}")


def document_stored_unanalysed(
    dossier: Dossier, data: bytes, filename: str
) -> Document:
    """Store ``data`` in ``dossier`` without analysing it, as when the worker
    died after storing: the document is left STORED."""
    from herstel.dossiers.services import document_store

    document = document_store(
        dossier=dossier, data=data, filename=filename, actor=None, analyse_now=False
    ).document
    assert document.status == DocumentStatus.STORED
    return document


def text_document(dossier: Dossier, filename: str, text: str, actor: Any) -> Document:
    """Store ``text`` as the file ``filename`` in ``dossier`` (analysed at once)."""
    from herstel.dossiers.services import document_store

    return document_store(
        dossier=dossier, data=text.encode(), filename=filename, actor=actor
    ).document
