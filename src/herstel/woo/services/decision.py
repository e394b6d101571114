# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The decision: proposed by an analyst, approved by another person, packaged."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from herstel.audit.services import audited_save
from herstel.core.decisions import second_person_check
from herstel.core.decisions import signed
from herstel.core.service_checks import text_required
from herstel.core.service_steps import locked_in_state
from herstel.disposition.constants import RedactionStatus
from herstel.disposition.selectors import redaction_of
from herstel.disposition.services import redaction_approve
from herstel.vault.services import StoredFile
from herstel.vault.services import blob_put_guarded

from .. import terms
from ..audit_events import WOO_DECIDED
from ..audit_events import WOO_PACKAGE_DOWNLOADED
from ..audit_events import WOO_PROPOSED
from ..audit_events import WOO_PUBLISHED
from ..audit_events import WOO_RETURNED
from ..constants import Judgement
from ..constants import RequestStatus
from ..models import ScopeItem
from ..models import WooRequest
from ..package import package_build
from .assessment import pending_views
from .assessment import redaction_ground_codes
from .common import PURPOSE_PACKAGE
from .common import _locked
from .common import _require

if TYPE_CHECKING:
    from herstel.core.actor import Actor


PACKAGE = StoredFile("package", PURPOSE_PACKAGE, WOO_PACKAGE_DOWNLOADED)
"""The sealed decision package (ZIP) on a decided request."""


def _decision_ready(request: WooRequest, on: datetime.date) -> None:
    """Refuse while documents are unassessed or a third party's term runs."""
    items = list(request.items.all())
    if not items:
        raise ValidationError(_("Put at least one document in scope first."))
    unassessed = sum(1 for i in items if not i.judgement)
    if unassessed:
        raise ValidationError(
            ngettext(
                "%(count)d document is not assessed yet.",
                "%(count)d documents are not assessed yet.",
                unassessed,
            )
            % {"count": unassessed}
        )
    waiting = pending_views(request=request, on=on)
    if waiting:
        raise ValidationError(
            _(
                "The decision waits for the view of %(parties)s (term until "
                "%(date)s). Record the view, or wait until the term has passed."
            )
            % {
                "parties": ", ".join(p.label for p in waiting),
                "date": max(p.term_ends_on for p in waiting).isoformat(),
            }
        )


def woo_decision_propose(
    *, request: WooRequest, actor: Actor, summary: str = ""
) -> WooRequest:
    """Send the decision for approval: every document assessed, no view pending."""
    _require(actor, "woo.work")
    with locked_in_state(
        request, RequestStatus.OPEN, _("This request is not open for a proposal.")
    ) as request:
        _decision_ready(request, timezone.localdate())
        proposal = {
            "status": RequestStatus.PROPOSED,
            "decision_summary": summary.strip(),
        }
        audited_save(
            request,
            {**proposal, **signed("proposed", actor)},
            event=WOO_PROPOSED,
            actor=actor,
            context={"documents": request.items.count()},
        )
    return request


def woo_decision_return(*, request: WooRequest, note: str, actor: Actor) -> WooRequest:
    """Send a proposed decision back to the analysts, with what to change."""
    _require(actor, "woo.approve", request)
    text_required(note, "note", _("Say what has to change."))
    with locked_in_state(
        request,
        RequestStatus.PROPOSED,
        _("There is no proposed decision to send back."),
    ) as request:
        audited_save(
            request,
            {"status": RequestStatus.OPEN},
            event=WOO_RETURNED,
            actor=actor,
            reason=note.strip(),
        )
    return request


def _approve_redactions(request: WooRequest, actor: Actor) -> None:
    """Approve each partly public document's redaction (the redaction gate
    applies), and take its grounds from the boxes as approved."""
    for item in request.items.filter(judgement=Judgement.PARTIAL_PUBLIC).select_related(
        "document"
    ):
        redaction = redaction_of(document=item.document)
        if redaction is None:
            raise ValidationError(
                _("Document %(number)s has no redaction.") % {"number": item.number}
            )
        if redaction.status != RedactionStatus.APPROVED:
            try:
                redaction_approve(redaction=redaction, actor=actor)
            except ValidationError as error:
                raise ValidationError(
                    _("Document %(number)s: %(error)s")
                    % {"number": item.number, "error": " ".join(error.messages)}
                ) from error
        grounds = redaction_ground_codes(document=item.document)
        ScopeItem.objects.filter(pk=item.pk).update(
            grounds=sorted(set(grounds) | set(item.grounds))
        )


def woo_decision_approve_check(*, request: WooRequest, actor: Actor) -> None:
    """Raise unless ``actor`` may approve the proposed decision now."""
    _require(actor, "woo.approve", request)
    second_person_check(
        request.proposed_by_id,
        actor,
        _("You proposed this decision; another person must approve it."),
    )
    if request.status != RequestStatus.PROPOSED:
        raise ValidationError(_("There is no proposed decision to approve."))


def woo_decision_approve(*, request: WooRequest, actor: Actor) -> WooRequest:
    """Approve the decision (never by its proposer) and make the package.

    The redactions of the partly public documents are approved with it (by
    the same reviewer, through the redaction gate). The package is stored
    encrypted; the documents stay held until the appeal window has passed.
    """
    request.refresh_from_db()
    if request.status == RequestStatus.DECIDED:
        _require(actor, "woo.approve", request)
        return request
    woo_decision_approve_check(request=request, actor=actor)
    today = timezone.localdate()
    _decision_ready(request, today)
    _approve_redactions(request, actor)
    request.refresh_from_db()
    package = package_build(request=request, actor=actor, decided_on=today)
    guarded = blob_put_guarded(data=package.data, purpose=PURPOSE_PACKAGE)
    with guarded as sealed, transaction.atomic():
        locked = _locked(request)
        if locked.status != RequestStatus.PROPOSED:
            raise ValidationError(_("The decision changed meanwhile; try again."))
        for pk, sha in package.document_sha256.items():
            ScopeItem.objects.filter(pk=pk).update(pdf_sha256=sha)
        decision = {
            "status": RequestStatus.DECIDED,
            "decided_by": actor,
            "decided_on": today,
            "appeal_ends_on": terms.appeal_end(today),
        }
        audited_save(
            locked,
            {
                **decision,
                **sealed.as_fields("package"),
                "package_sha256": package.sha256,
            },
            event=WOO_DECIDED,
            actor=actor,
            context={
                "documents": locked.items.count(),
                "published": len(package.document_sha256),
                "sha256": package.sha256,
            },
        )
    return locked


def woo_package_read(*, request: WooRequest, actor: Actor) -> bytes:
    """The decision package (ZIP), decrypted; audited."""
    _require(actor, "woo.read")
    if request.status != RequestStatus.DECIDED or not request.package_key_id:
        raise ValidationError(_("This request has no decision package yet."))
    return PACKAGE.read(request, actor, {"sha256": request.package_sha256})


def woo_publication_record(
    *,
    request: WooRequest,
    url: str,
    actor: Actor,
    published_on: datetime.date | None = None,
) -> WooRequest:
    """Record where the decision and its documents were published.

    A later certificate of destruction lists each disclosed document as
    published elsewhere, with this address and its PDF's fingerprint.
    """
    _require(actor, "woo.work")
    if not url.strip().startswith(("https://", "http://")):
        raise ValidationError({"url": _("Give the public address (https://…).")})
    with locked_in_state(
        request, RequestStatus.DECIDED, _("Only a decided request can be published.")
    ) as request:
        published_on = published_on or timezone.localdate()
        audited_save(
            request,
            {"published_url": url.strip(), "published_on": published_on},
            event=WOO_PUBLISHED,
            actor=actor,
            context={"published_on": published_on.isoformat()},
        )
    return request
