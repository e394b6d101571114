# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Demo data: one Woo request on the demo dossier, decided and packaged.

Called by ``make_demo`` after the dossiers and dispositions are loaded. Ten
documents are in scope: four public, three partly public (the analyst reviews
their mentions, so the redaction gate lets them through), two withheld on
5.1.2e and one already public; a third party gave its view; a reviewer
approved the decision and the package was made. Idempotent: does nothing once
a Woo request exists.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from herstel.accounts.constants import Role
from herstel.accounts.models import User
from herstel.dossiers.constants import DocumentStatus
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Document
from herstel.dossiers.models import Dossier
from herstel.dossiers.models import Mention
from herstel.dossiers.services import mention_decide

from .constants import Judgement
from .models import WooRequest
from .services import Requester
from .services import woo_decision_approve
from .services import woo_decision_propose
from .services import woo_item_assess
from .services import woo_request_register
from .services import woo_scope_add
from .services import woo_third_party_add
from .services import woo_third_party_respond

PLAN = (
    [Judgement.PUBLIC] * 4
    + [Judgement.PARTIAL_PUBLIC] * 3
    + [Judgement.NOT_PUBLIC] * 2
    + [Judgement.ALREADY_PUBLIC]
)


def woo_demo() -> str:
    """Make the demo Woo request; return its reference ("" when skipped)."""
    if WooRequest.objects.exists():
        return ""
    analyst = User.objects.filter(groups__name=Role.ANALYST).first()
    reviewer = User.objects.filter(groups__name=Role.REVIEWER).first()
    dossier = Dossier.objects.order_by("slug").first()
    if analyst is None or reviewer is None or dossier is None:
        return ""
    documents = list(
        Document.objects.filter(
            dossier=dossier, status=DocumentStatus.EXTRACTED, shredded_at__isnull=True
        ).order_by("reference")[: len(PLAN)]
    )
    if len(documents) < len(PLAN):
        return ""
    request = woo_request_register(
        received_on=timezone.localdate() - datetime.timedelta(weeks=3),
        subject="Alle notities en e-mails over krachtenveldanalyses in 2017 (demo)",
        requester=Requester(name="Redactie Voorbeeldkrant (demo)"),
        actor=analyst,
    )
    woo_scope_add(request=request, documents=documents, actor=analyst)
    for item, judgement in zip(request.items.order_by("number"), PLAN, strict=True):
        if judgement == Judgement.PARTIAL_PUBLIC:
            # The analyst reviews the document's mentions first (redaction gate).
            for mention in Mention.objects.filter(
                document=item.document, status=MentionStatus.PROPOSED
            ):
                mention_decide(
                    mention=mention, status=MentionStatus.CONFIRMED, actor=analyst
                )
        woo_item_assess(
            item=item,
            judgement=judgement,
            grounds=["5.1.2e"] if judgement == Judgement.NOT_PUBLIC else [],
            link="https://open.overheid.nl/documenten/demo"
            if judgement == Judgement.ALREADY_PUBLIC
            else "",
            actor=analyst,
        )
    party = woo_third_party_add(
        request=request, label="Gemeente Voorbeeldstad (demo)", actor=analyst
    )
    woo_third_party_respond(
        party=party, note="Geen bezwaar tegen openbaarmaking.", actor=analyst
    )
    woo_decision_propose(
        request=request,
        summary="Het belang van openbaarheid weegt zwaar; namen van betrokkenen "
        "zijn gelakt op grond van art. 5.1 lid 2 sub e.",
        actor=analyst,
    )
    return woo_decision_approve(request=request, actor=reviewer).reference
