# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from typing import Any

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from herstel.audit.audit_events import AUDIT_VERIFIED
from herstel.audit.selectors import audit_chain_verify
from herstel.audit.services import audit_event_record
from herstel.core.commands import HerstelCommand
from herstel.core.commands import argument


class Command(HerstelCommand):
    help = (
        "Check the audit trail's hash chain; report every altered, removed or "
        "reordered entry. Exit status 1 when the chain is not intact."
    )

    arguments = (
        argument(
            "--anchor",
            action="append",
            default=[],
            metavar="SEQ:HASH",
            help="A sequence number and hash recorded earlier (repeatable).",
        ),
        argument(
            "--no-record",
            action="store_true",
            help="Do not add an 'audit.verified' entry after a successful check.",
        ),
    )

    def handle(self, *args: Any, **options: Any) -> None:
        anchors: dict[int, str] = {}
        for raw in options["anchor"]:
            seq, _sep, digest = raw.partition(":")
            if not seq.isdigit() or len(digest) != 64:
                raise CommandError(_("An anchor looks like 42:<64 hex characters>."))
            anchors[int(seq)] = digest
        report = audit_chain_verify(anchors=anchors)
        for problem in report.problems:
            self.stderr.write(f"{problem.kind.upper()}: {problem.message}")
        if not report.ok:
            raise CommandError(
                _(
                    "The audit trail is NOT intact: %(count)s problem(s) in "
                    "%(checked)s entries."
                )
                % {"count": len(report.problems), "checked": report.checked}
            )
        self.stdout.write(
            _("The audit trail is intact: %(checked)s entries; head %(seq)s:%(hash)s")
            % {
                "checked": report.checked,
                "seq": report.head_seq,
                "hash": report.head_hash,
            }
        )
        if not options["no_record"]:
            audit_event_record(
                event=AUDIT_VERIFIED,
                actor=None,
                context={"checked": report.checked, "head_seq": report.head_seq},
            )
