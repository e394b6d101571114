# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Demo data for notices: a public notice and decisions for the first subjects.

Called by ``make_demo`` after the dossiers and requests are loaded, so a user
of ``make run`` finds subjects in every notice status. Idempotent: does
nothing once any decision exists.
"""

from __future__ import annotations

from django.utils import timezone

from herstel.accounts.constants import Role
from herstel.accounts.models import User
from herstel.dossiers.selectors import subject_contact
from herstel.dossiers.selectors import subject_references

from .constants import Decision
from .constants import LetterStatus
from .constants import NotInformedGround
from .models import NoticeDecision
from .models import PublicNotice
from .services import notice_decide
from .services import notice_letter_generate
from .services import notice_letter_mark
from .services import public_notice_record

SUBJECTS = 12
SENDER = "Ministerie van Binnenlandse Zaken (demo)"


def notices_demo() -> int:
    """Decide for the first subjects; return how many decisions were made."""
    if NoticeDecision.objects.exists():
        return 0
    officer = User.objects.filter(groups__name=Role.PRIVACY_OFFICER).first()
    if officer is None:
        return 0
    today = timezone.localdate()
    if not PublicNotice.objects.exists():
        public_notice_record(
            title="Kamerbrief over het herstel van de onrechtmatige verwerking",
            published_on=today,
            url="https://www.rijksoverheid.nl/",
            description="Openbare bekendmaking voor wie geen brief krijgt (demo).",
            actor=officer,
        )
    made = 0
    letters = 0
    grounds = list(NotInformedGround.values)
    for subject in subject_references()[:SUBJECTS]:
        contact = subject_contact(subject=subject, actor=officer)
        if not contact.has_address:
            notice_decide(
                subject=subject,
                decision=Decision.NOT_PERSONAL,
                ground=grounds[made % len(grounds)],
                actor=officer,
            )
            made += 1
            continue
        notice = notice_decide(
            subject=subject, decision=Decision.PERSONAL, actor=officer
        )
        made += 1
        letters += 1
        if letters == 1:
            continue  # one letter still to be generated
        notice = notice_letter_generate(notice=notice, sender=SENDER, actor=officer)
        if letters >= 3:
            notice = notice_letter_mark(
                notice=notice, status=LetterStatus.SENT, on=today, actor=officer
            )
        if letters == 4:
            notice_letter_mark(
                notice=notice, status=LetterStatus.RETURNED, on=today, actor=officer
            )
    return made
