# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Topics (propose, support, status) and consultations (create, respond,
summarise)."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.audit.services import audited_save

from .. import audit_events as events
from ..constants import TOPIC_TRANSITIONS
from ..constants import ConsultationStatus
from ..constants import EmailFrequency
from ..constants import TopicStatus
from ..models import Consultation
from ..models import ConsultationPart
from ..models import ConsultationResponse
from ..models import Group
from ..models import Meeting
from ..models import Member
from ..models import Topic
from ..models import TopicResponse
from ..models import TopicSupport
from ..selectors import group_content_visible
from ..selectors import member_email
from .common import _absolute
from .common import _require_member
from .common import _require_moderator
from .common import _send_mail
from .common import rate_limit_check

if TYPE_CHECKING:
    from herstel.core.actor import Actor

# Topics ------------------------------------------------------------------


@transaction.atomic
def topic_propose(
    *,
    actor: Actor,
    title: str,
    description: str,
    theme: str = "",
    group: Group | None = None,
) -> Topic:
    """Propose a topic, in a group the actor may see (limited per member,
    audited)."""
    member = _require_member(actor)
    if group is not None and not group_content_visible(actor=actor, group=group):
        raise PermissionDenied
    rate_limit_check(member=member, kind="topic")
    return audited_save(
        Topic(
            author=member,
            title=title,
            description=description,
            theme=theme,
            group=group,
        ),
        event=events.TOPIC_PROPOSED,
        actor=actor,
        context={"group": group.pk if group else None},
    )


@transaction.atomic
def topic_support(*, actor: Actor, topic: Topic) -> bool:
    """Support a topic (once); returns whether a support was added."""
    member = _require_member(actor)
    if topic.author_id == member.pk:
        raise ValidationError(_("You cannot support your own topic."))
    _support, created = TopicSupport.objects.get_or_create(topic=topic, member=member)
    if created:
        audit_event_record(event=events.TOPIC_SUPPORTED, actor=actor, target=topic)
    return created


@transaction.atomic
def topic_status_change(
    *,
    actor: Actor,
    topic: Topic,
    status: str,
    text: str,
    meeting: Meeting | None = None,
) -> TopicResponse:
    """Move a topic on and answer it publicly."""
    _require_moderator(actor)
    topic = Topic.objects.select_for_update().get(pk=topic.pk)
    if status not in TOPIC_TRANSITIONS[topic.status]:
        raise ValidationError(
            {"status": _("A topic cannot go from this status to the chosen one.")}
        )
    if status == TopicStatus.ACCEPTED and meeting is None:
        raise ValidationError({"meeting": _("Choose the session for this topic.")})
    before = topic.status
    topic.status = status
    if meeting is not None:
        topic.meeting = meeting
    topic.save(update_fields=["status", "meeting"])
    response = TopicResponse.objects.create(
        topic=topic, status=status, text=text, responded_by=actor
    )
    audit_event_record(
        event=events.TOPIC_STATUS_CHANGED,
        actor=actor,
        target=topic,
        context={"before": before, "after": status, "meeting": topic.meeting_id},
    )
    return response


# Consultations -----------------------------------------------------------


@transaction.atomic
def consultation_create(
    *,
    actor: Actor,
    title: str,
    introduction: str,
    closes_on: Any,
    group: Group | None,
    sections: Iterable[tuple[str, str]],
    questions: Iterable[str],
) -> Consultation:
    """Open a consultation with its sections and questions (audited);
    moderators only."""
    _require_moderator(actor)
    consultation = Consultation.objects.create(
        title=title, introduction=introduction, closes_on=closes_on, group=group
    )
    position = 0
    for section_title, body in sections:
        ConsultationPart.objects.create(
            consultation=consultation, position=position, title=section_title, body=body
        )
        position += 1
    for question in questions:
        ConsultationPart.objects.create(
            consultation=consultation,
            position=position,
            title=question,
            is_question=True,
        )
        position += 1
    audit_event_record(
        event=events.CONSULTATION_SAVED,
        actor=actor,
        target=consultation,
        context={"parts": position},
    )
    return consultation


@transaction.atomic
def consultation_respond(
    *, actor: Actor, consultation: Consultation, answers: Mapping[int, str]
) -> list[ConsultationResponse]:
    """Comment on sections or answer questions; empty answers are skipped."""
    member = _require_member(actor)
    if consultation.status != ConsultationStatus.OPEN or (
        consultation.closes_on < timezone.localdate()
    ):
        raise ValidationError(_("This consultation is closed."))
    rate_limit_check(member=member, kind="response")
    parts = {part.pk: part for part in consultation.parts.all()}
    created = [
        ConsultationResponse.objects.create(part=parts[pk], member=member, text=text)
        for pk, text in answers.items()
        if pk in parts and text.strip()
    ]
    if created:
        audit_event_record(
            event=events.CONSULTATION_RESPONDED,
            actor=actor,
            target=consultation,
            context={"responses": len(created)},
        )
    return created


@transaction.atomic
def consultation_summarise(
    *,
    actor: Actor,
    consultation: Consultation,
    summary: str,
    outcome: str,
    base_url: str,
) -> Consultation:
    """Publish the summary and what was done; tell the respondents."""
    _require_moderator(actor)
    respondents = (
        Member.objects.filter(responses__part__consultation=consultation)
        .exclude(email_frequency=EmailFrequency.NONE)
        .distinct()
    )
    url = _absolute(
        base_url, reverse("network:consultation_detail", args=[consultation.pk])
    )
    addresses = [member_email(member=member) for member in respondents]
    title = consultation.title

    def send() -> None:
        for address in addresses:
            _send_mail(
                to=address,
                subject=_("What was done with your response: %(title)s")
                % {"title": title},
                template="network/email/consultation_summary.txt",
                context={"title": title, "url": url},
            )

    summarised = {
        "summary": summary,
        "outcome": outcome,
        "status": ConsultationStatus.SUMMARISED,
    }
    audited_save(
        consultation,
        summarised,
        event=events.CONSULTATION_SUMMARISED,
        actor=actor,
        context={"notified": len(addresses)},
    )
    transaction.on_commit(send)
    return consultation
