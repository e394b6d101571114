# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Assessing the documents in scope, and third parties' views (zienswijzen)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.audit.services import audited_save
from herstel.core.decisions import signed
from herstel.core.service_checks import text_required
from herstel.core.service_steps import locked_in_state
from herstel.disposition.selectors import ground_list
from herstel.disposition.selectors import redaction_of
from herstel.disposition.services import redaction_prepare

from .. import terms
from ..audit_events import WOO_ASSESSED
from ..audit_events import WOO_THIRD_PARTY
from ..constants import Judgement
from ..constants import RequestStatus
from ..models import ScopeItem
from ..models import ThirdParty
from ..models import WooRequest
from .common import _open_locked
from .common import _require

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def redaction_ground_codes(*, document: Any) -> list[str]:
    """The ground codes of a document's redaction boxes that are switched on."""
    redaction = redaction_of(document=document)
    if redaction is None:
        return []
    return sorted(
        {
            box.ground.code
            for box in redaction.boxes.filter(included=True).select_related("ground")
        }
    )


def woo_item_assess(
    *,
    item: ScopeItem,
    judgement: str,
    actor: Actor,
    grounds: Sequence[str] = (),
    link: str = "",
    remark: str = "",
) -> ScopeItem:
    """Record whether a document is disclosed, and on which grounds not.

    - public: disclosed whole, no grounds;
    - partly public: disclosed redacted; the document's redaction (boxes with
      their grounds, the redaction gate, four eyes) is started here when it
      does not exist, and the grounds are those of its boxes;
    - not public: withheld, with at least one ground;
    - already public: not disclosed again, with the address where it is.
    """
    _require(actor, "woo.work")
    errors: dict[str, str] = {}
    if judgement not in Judgement.values:
        errors["judgement"] = _("Choose an assessment.")
    known = set(
        ground_list(actor=actor, active_only=True).values_list("code", flat=True)
    )
    chosen = [g for g in dict.fromkeys(g.strip() for g in grounds) if g]
    if unknown := [g for g in chosen if g not in known]:
        errors["grounds"] = _("Unknown ground: %(codes)s") % {
            "codes": ", ".join(unknown)
        }
    elif judgement == Judgement.NOT_PUBLIC and not chosen:
        errors["grounds"] = _("Give at least one ground for withholding the document.")
    elif judgement == Judgement.PUBLIC and chosen:
        errors["grounds"] = _("A public document has no grounds.")
    if judgement == Judgement.ALREADY_PUBLIC and not link.strip():
        errors["link"] = _("Give the address where the document is already public.")
    if errors:
        raise ValidationError(errors)
    with _open_locked(item.request) as request:
        item = ScopeItem.objects.select_for_update().get(pk=item.pk)
        if judgement == Judgement.PARTIAL_PUBLIC:
            redaction_prepare(document=item.document, actor=actor)
            chosen = sorted(
                set(chosen) | set(redaction_ground_codes(document=item.document))
            )
        item_grounds = chosen if judgement != Judgement.PUBLIC else []
        assessment = {
            "judgement": judgement,
            "grounds": item_grounds,
            "link": link.strip() if judgement == Judgement.ALREADY_PUBLIC else "",
            "remark": remark.strip(),
        }
        audited_save(
            item,
            {**assessment, **signed("assessed", actor)},
            event=WOO_ASSESSED,
            actor=actor,
            target=request,
            context={
                "document": item.document_id,
                "number": item.number,
                "judgement": judgement,
                "grounds": item_grounds,
            },
        )
    return item


def woo_third_party_add(
    *,
    request: WooRequest,
    label: str,
    actor: Actor,
    asked_on: datetime.date | None = None,
) -> ThirdParty:
    """Record that a third party was asked for its view; the term is two weeks."""
    _require(actor, "woo.work")
    text_required(label, "label", _("Say who was asked for a view."))
    asked_on = asked_on or timezone.localdate()
    with locked_in_state(
        request, RequestStatus.OPEN, _("This request is no longer open.")
    ) as request:
        party = ThirdParty.objects.create(
            request=request,
            label=label.strip(),
            asked_on=asked_on,
            term_ends_on=terms.view_term_end(asked_on),
            recorded_by=actor,
        )
        audit_event_record(
            event=WOO_THIRD_PARTY,
            actor=actor,
            target=request,
            context={"party": party.pk, "term_ends_on": party.term_ends_on.isoformat()},
        )
    return party


def woo_third_party_respond(
    *,
    party: ThirdParty,
    note: str,
    actor: Actor,
    responded_on: datetime.date | None = None,
) -> ThirdParty:
    """Record the view a third party gave (or that it gave none, in the note)."""
    _require(actor, "woo.work")
    text_required(note, "note", _("Summarise the view, or say none was given."))
    with transaction.atomic():
        party = ThirdParty.objects.select_for_update().get(pk=party.pk)
        response = {
            "responded_on": responded_on or timezone.localdate(),
            "response_note": note.strip(),
        }
        audited_save(
            party,
            response,
            event=WOO_THIRD_PARTY,
            actor=actor,
            target=party.request,
            context={"party": party.pk, "responded": True},
        )
    return party


def pending_views(*, request: WooRequest, on: datetime.date) -> list[ThirdParty]:
    """Third parties whose term is running without a view: the decision waits."""
    return [p for p in request.third_parties.all() if p.is_pending(on)]
