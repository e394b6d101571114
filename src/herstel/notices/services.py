# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Art. 13/14: decide per subject, generate and track letters, record public notices."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.audit.services import audited_save
from herstel.core.decisions import signed
from herstel.core.permissions import require as _require
from herstel.core.progress import progress_report
from herstel.core.service_checks import text_required
from herstel.dossiers.selectors import subject_contact
from herstel.vault.services import SealedBlob
from herstel.vault.services import StoredFile
from herstel.vault.services import blob_put
from herstel.vault.services import blob_shred

from .audit_events import LETTER_GENERATED
from .audit_events import LETTER_RETURNED
from .audit_events import LETTER_SENT
from .audit_events import LETTER_VIEWED
from .audit_events import NOTICE_DECIDED
from .audit_events import PUBLIC_NOTICE_RECORDED
from .constants import Decision
from .constants import LetterStatus
from .constants import NotInformedGround
from .letter import letter_pdf
from .models import NoticeDecision
from .models import PublicNotice

if TYPE_CHECKING:
    from herstel.core.actor import Actor
    from herstel.dossiers.models import Subject


PURPOSE_LETTER = "notice-letter"
LETTER = StoredFile("letter", PURPOSE_LETTER, LETTER_VIEWED)


def public_notice_record(
    *,
    title: str,
    published_on: datetime.date,
    url: str,
    actor: Actor,
    description: str = "",
) -> PublicNotice:
    """Record a generic public notice (e.g. the letter to Parliament)."""
    _require(actor, "notices.record_public")
    notice = PublicNotice(
        title=title.strip(),
        published_on=published_on,
        url=url.strip(),
        description=description.strip(),
        recorded_by=actor,
    )
    notice.full_clean()
    with transaction.atomic():
        notice.save()
        audit_event_record(
            event=PUBLIC_NOTICE_RECORDED,
            actor=actor,
            target=notice,
            context={"published_on": published_on.isoformat()},
        )
    return notice


def notice_decide(
    *,
    subject: Subject,
    decision: str,
    actor: Actor,
    ground: str = "",
    public_notice: PublicNotice | None = None,
) -> NoticeDecision:
    """Decide (or change) whether a subject is informed personally, and why not."""
    _require(actor, "notices.decide")
    if decision not in Decision.values:
        raise ValidationError({"decision": _("Choose how the person is informed.")})
    if decision == Decision.NOT_PERSONAL and ground not in NotInformedGround.values:
        raise ValidationError(
            {"ground": _("Give the ground for not informing the person personally.")}
        )
    if decision == Decision.PERSONAL:
        ground = ""
    with transaction.atomic():
        notice, _created = NoticeDecision.objects.select_for_update().get_or_create(
            subject=subject,
            defaults={"decision": decision, "ground": ground, "decided_by": actor},
        )
        choice = {
            "decision": decision,
            "ground": ground,
            "public_notice": public_notice,
        }
        audited_save(
            notice,
            {**choice, **signed("decided", actor)},
            event=NOTICE_DECIDED,
            actor=actor,
            context={
                "subject": subject.pk,
                "decision": decision,
                "ground": ground,
                "public_notice": public_notice.pk if public_notice else None,
            },
        )
    return notice


def notice_letter_generate(
    *, notice: NoticeDecision, sender: str, actor: Actor
) -> NoticeDecision:
    """Generate the subject's letter and store it encrypted; replaces an unsent one.

    Name and address come from ``dossiers.selectors.subject_contact`` (which
    checks the role and audits the read). Without a name and address no
    letter can be made: the decision should then be "no reliable contact
    details".
    """
    _require(actor, "notices.send")
    if notice.decision != Decision.PERSONAL:
        raise ValidationError(_("This person is not informed personally."))
    if notice.letter_status in (LetterStatus.SENT, LetterStatus.RETURNED):
        raise ValidationError(_("The letter has already been sent."))
    text_required(sender, "sender", _("Give the sender of the letter."))
    contact = subject_contact(subject=notice.subject, actor=actor)
    if not contact.has_address:
        raise ValidationError(
            _(
                "No name and address are known for this person. Record the "
                "decision not to inform personally for lack of reliable contact "
                "details instead."
            )
        )
    public = PublicNotice.objects.order_by("-published_on").first()
    pdf = letter_pdf(
        contact=contact,
        reference=notice.letter_reference,
        sender=sender.strip(),
        on=timezone.localdate(),
        public_notice_url=public.url if public else "",
    )
    sealed = blob_put(data=pdf, purpose=PURPOSE_LETTER)
    try:
        locked = _letter_store(
            notice=notice,
            sealed=sealed,
            size=len(pdf),
            source=contact.source,
            actor=actor,
        )
    except ValidationError:
        blob_shred(blob=sealed)  # changed meanwhile: keep theirs, drop this file
        raise
    return locked


def _letter_store(
    *, notice: NoticeDecision, sealed: SealedBlob, size: int, source: str, actor: Actor
) -> NoticeDecision:
    """Attach the new letter under a lock; shred the unsent one it replaces."""
    with transaction.atomic():
        locked = NoticeDecision.objects.select_for_update().get(pk=notice.pk)
        if locked.decision != Decision.PERSONAL or locked.letter_status in (
            LetterStatus.SENT,
            LetterStatus.RETURNED,
        ):
            raise ValidationError(_("The letter has already been sent."))
        old = (locked.letter_key_id, locked.letter_blob)
        letter = {"letter_key_id": sealed.key_id, "letter_blob": sealed.blob_name}
        audited_save(
            locked,
            {**letter, "letter_status": LetterStatus.GENERATED},
            event=LETTER_GENERATED,
            actor=actor,
            context={
                "subject": locked.subject_id,
                "size": size,
                "contact_source": source,
            },
        )
    if old[0]:
        blob_shred(blob=SealedBlob(key_id=old[0], blob_name=old[1]))
    return locked


def notice_letter_read(*, notice: NoticeDecision, actor: Actor) -> bytes:
    """The generated letter, decrypted; audited (it names the person)."""
    _require(actor, "notices.send")
    if not notice.letter_key_id:
        raise ValidationError(_("No letter has been generated."))
    return LETTER.read(notice, actor, {"subject": notice.subject_id}, sized=False)


def notice_letter_mark(
    *, notice: NoticeDecision, status: str, on: datetime.date, actor: Actor
) -> NoticeDecision:
    """Record that the letter was sent, or came back undelivered."""
    _require(actor, "notices.send")
    with transaction.atomic():
        notice = NoticeDecision.objects.select_for_update().get(pk=notice.pk)
        if status == LetterStatus.SENT:
            if notice.letter_status != LetterStatus.GENERATED:
                raise ValidationError(_("Only a generated letter can be sent."))
            field, event = "sent_on", LETTER_SENT
        elif status == LetterStatus.RETURNED:
            if notice.letter_status != LetterStatus.SENT:
                raise ValidationError(_("Only a sent letter can come back."))
            field, event = "returned_on", LETTER_RETURNED
        else:
            raise ValidationError(_("Choose sent or returned."))
        audited_save(
            notice,
            {field: on, "letter_status": status},
            event=event,
            actor=actor,
            context={"subject": notice.subject_id, "on": on.isoformat()},
        )
    return notice


def notice_letters_generate(*, sender: str, actor: Actor) -> tuple[int, int]:
    """Generate the letter of every person to be informed personally who has
    none yet; returns (generated, skipped). A person without a known name and
    address is skipped and stays "to be generated" (decide for them apart)."""
    _require(actor, "notices.send")
    text_required(sender, "sender", _("Give the sender of the letter."))
    pending = list(
        NoticeDecision.objects.filter(
            decision=Decision.PERSONAL, letter_status=LetterStatus.NONE
        )
        .select_related("subject")
        .order_by("pk")
    )
    generated = 0
    for done, notice in enumerate(pending):
        progress_report(done=done, total=len(pending))
        try:
            notice_letter_generate(notice=notice, sender=sender, actor=actor)
        except ValidationError:
            continue
        generated += 1
    return generated, len(pending) - generated
