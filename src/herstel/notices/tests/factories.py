# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Subjects with a name and address in the inventory, for notice tests."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.dossiers.models import Subject
from herstel.dossiers.services import document_store
from herstel.dossiers.services import dossier_create

LETTER_TEXT = (
    "Brief aan de heer Johan van der Berg, Lindelaan 12, 4001 AB Tiel.\n"
    "Johan van der Berg heeft diabetes. Van der Berg belde later.\n"
)


def subject_in_inventory(
    *, slug: str = "notices", text: str = LETTER_TEXT, actor: Any = None
) -> Subject:
    """Store one document naming a person with an address; return the subject."""
    actor = actor or UserFactory(roles=[Role.ANALYST])
    dossier = dossier_create(slug=slug, title=slug.title())
    document = document_store(
        dossier=dossier, data=text.encode(), filename=f"{slug}.txt", actor=actor
    ).document
    subject = Subject.objects.filter(mentions__document=document).first()
    assert subject is not None
    return subject


def notices_objects(subject: Subject) -> dict[str, Any]:
    """A decision with a generated letter, for the permission matrix."""
    from herstel.notices.constants import Decision
    from herstel.notices.services import notice_decide
    from herstel.notices.services import notice_letter_generate

    officer = UserFactory(roles=[Role.PRIVACY_OFFICER])
    notice = notice_decide(subject=subject, decision=Decision.PERSONAL, actor=officer)
    notice_letter_generate(notice=notice, sender="Ministerie", actor=officer)
    return {"subject": subject.pk}


def notices_url(name: str, objects: dict[str, Any]) -> str:
    if name in {"notices:public", "notices:subjects", "notices:letters_generate"}:
        return reverse(name)
    return reverse(name, args=[objects["subject"]])
