# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Issue 13's report figures on the demo data set: the share of words boxed in
the demo access copies under the old rule (every mention but the requester's
own name) and the art. 15 rule, also after the analyst bulk-rejected the
person candidates that are no person (judged against the demo generator's
list of fictitious people: one click per spelling), and the review clicks one
demo dossier needs with one click per mention versus one click per spelling
(bulk review).

``python bench/access_copy_share.py [--documents 300]`` (a throwaway database).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

WORD = re.compile(r"\w+")


def _share(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    boxed = sum(1 for s, e in words if any(s < be and bs < e for bs, be in spans))
    return boxed, len(words)


def measure(documents: int) -> None:
    from django.core.management import call_command

    from herstel.demo.generator import generate_dossiers
    from herstel.dossiers.constants import MentionStatus
    from herstel.dossiers.models import Document
    from herstel.dossiers.models import Dossier
    from herstel.dossiers.models import Mention
    from herstel.dossiers.review import surface_key
    from herstel.dossiers.subjects import _document_text
    from herstel.inquiries.access_copy import mention_infos
    from herstel.inquiries.access_copy import plan_access_copy
    from herstel.inquiries.answers import access_copy_documents
    from herstel.inquiries.constants import MatchDecision
    from herstel.inquiries.models import AccessRequest

    call_command("make_demo", documents=documents, verbosity=0)
    name_words = {
        word.casefold()
        for dossier in generate_dossiers(seed=1, documents=documents)
        for person in dossier.persons
        for word in WORD.findall(person.name)
        if word[0].isupper()  # not the particles "van", "de", "el"
    }
    old_boxed = new_boxed = reviewed_boxed = total = copies = docs = 0
    not_names: set[str] = set()
    reasons: Counter[tuple[str, str, str]] = Counter()
    for request in AccessRequest.objects.all():
        subject_ids = list(
            request.matches.filter(decision=MatchDecision.MATCH).values_list(
                "subject_id", flat=True
            )
        )
        if not subject_ids:
            continue
        copies += 1
        for document in access_copy_documents(subject_ids=subject_ids):
            docs += 1
            text = _document_text(document)
            mentions = list(document.mentions.exclude(status=MentionStatus.REJECTED))
            own = [(m.start, m.end) for m in mentions if m.subject_id in subject_ids]
            old = [
                (m.start, m.end)
                for m in mentions
                if not any(m.start < e and s < m.end for s, e in own)
            ]
            plan = plan_access_copy(
                text=text,
                mentions=mention_infos(document.mentions.all()),
                own_subject_ids=subject_ids,
            )
            boxed, words = _share(text, old)
            old_boxed += boxed
            total += words
            new_boxed += _share(text, [(b.start, b.end) for b in plan.boxes])[0]
            # After review: candidates sharing no word with any demo person's
            # name are rejected (bulk, one decision per spelling).
            infos = mention_infos(document.mentions.all())
            reviewed = []
            for info in infos:
                surface = text[info.start : info.end]
                if (
                    info.category == "person"
                    and info.status == MentionStatus.PROPOSED
                    and not {w.casefold() for w in WORD.findall(surface)} & name_words
                ):
                    not_names.add(surface_key(surface))
                    info = replace(info, status=MentionStatus.REJECTED)
                reviewed.append(info)
            after = plan_access_copy(
                text=text, mentions=reviewed, own_subject_ids=subject_ids
            )
            reviewed_boxed += _share(text, [(b.start, b.end) for b in after.boxes])[0]
            for box in plan.boxes:
                status = next(m.status for m in mentions if m.pk == box.mention_id)
                reasons[(box.reason, box.category, status)] += 1
    print(f"access copies: {copies}, documents in them: {docs}, words: {total}")
    if total:
        print(f"boxed words, old rule: {old_boxed} ({100 * old_boxed / total:.1f}%)")
        print(
            f"boxed words, art. 15 rule: {new_boxed} ({100 * new_boxed / total:.1f}%)"
        )
        print(
            f"boxed words, art. 15 rule after bulk-rejecting {len(not_names)} "
            f"spellings that are no person: {reviewed_boxed} "
            f"({100 * reviewed_boxed / total:.1f}%)"
        )
    for (reason, category, status), count in reasons.most_common():
        print(f"  boxes: {reason:18} {category:14} {status:10} {count}")
    dossier = Dossier.objects.all().order_by("pk").first()
    if dossier is None:
        return
    mentions = Mention.objects.filter(document__dossier=dossier)
    per_mention = mentions.count()
    spellings: Counter[tuple[str, str]] = Counter()
    for document in Document.objects.filter(dossier=dossier, text_length__gt=0):
        text = _document_text(document)
        for mention in document.mentions.all():
            spellings[
                (mention.category, surface_key(text[mention.start : mention.end]))
            ] += 1
    print(
        f"review clicks for dossier '{dossier.slug}': one per mention {per_mention}; "
        f"one per spelling (bulk, dossier-wide) {len(spellings)}; spellings seen "
        f"more than once {sum(1 for c in spellings.values() if c > 1)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=300)
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory(prefix="herstel-bench-copy-") as scratch:
        os.environ["DJANGO_SETTINGS_MODULE"] = "herstel.conf.ci"
        os.environ["HERSTEL_VAR_DIR"] = scratch
        os.environ["HERSTEL_DEMO"] = "1"
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(scratch) / 'bench.sqlite3'}"
        sys.path.insert(0, str(root / "src"))
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        measure(args.documents)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
