#!/usr/bin/env python
# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Person-name quality on real Dutch government documents (``gov_letters_nl_dev``).

Reads ``texts/*.txt``, ``persons.json`` and ``doubtful.json`` from the data
folder at run time (the texts are never copied into the repository) and scans
every document in both profiles. Overlap scoring, as the data set's README
prescribes: a gold name counts as found when a person match overlaps it; a
person match counts as right when it overlaps a gold name. Matches that only
overlap a doubtful span count as neither right nor wrong.

Also scores the English test texts in ``bench/data/english`` (person findings
per 10k characters, where every finding is false) and the synthetic government
letters of the demo generator when importable.

Usage: ``.venv/bin/python bench/gov_quality.py [--data DIR] [--errors]
[--json FILE] [--system herstel|deduce]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

Predict = Callable[[str], list[tuple[int, int]]]
Span = tuple[int, int]


EXPLAINED: dict[Span, str] = {}
"""Score and evidence of the last document's person matches (for --errors)."""


def _herstel(profile: str) -> Predict:
    import herstel.detection.detectors  # noqa: F401
    from herstel.detection.services import text_scan

    def predict(text: str) -> list[Span]:
        found = [m for m in text_scan(text=text, profile=profile)]
        EXPLAINED.clear()
        EXPLAINED.update(
            {
                (m.start, m.end): f"{m.score:.2f} {m.explanation.method} "
                f"{','.join(m.explanation.notes)}"
                for m in found
            }
        )
        return [(m.start, m.end) for m in found if m.category == "person"]

    return predict


def _deduce() -> Predict | None:
    try:
        import deduce  # type: ignore[import-not-found]

        model = deduce.Deduce()
    except Exception:  # absent or broken: skip the comparison
        return None

    def predict(text: str) -> list[Span]:
        document = model.deidentify(text)
        return [
            (a.start_char, a.end_char)
            for a in document.annotations
            if "persoon" in a.tag.lower() or "patient" in a.tag.lower()
        ]

    return predict


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in others)


def load(data: Path) -> list[tuple[str, str, list[Span], list[Span]]]:
    """Return ``(name, text, gold, doubtful)`` per document."""
    folder = data / "gov_letters_nl_dev"
    persons = json.loads((folder / "persons.json").read_text(encoding="utf-8"))
    doubtful = json.loads((folder / "doubtful.json").read_text(encoding="utf-8"))
    out = []
    for path in sorted((folder / "texts").glob("*.txt")):
        with path.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        gold = [(s, e) for s, e, *_ in persons.get(path.name, [])]
        doubt = [(s, e) for s, e, *_ in doubtful.get(path.name, [])]
        out.append((path.name, text, gold, doubt))
    return out


def evaluate(
    documents: list[tuple[str, str, list[Span], list[Span]]],
    predict: Predict,
    errors: bool = False,
) -> dict[str, object]:
    """Overlap precision and recall, micro over the documents."""
    gold_n = found = predicted = right = 0
    per_doc = {}
    started = time.perf_counter()
    size = 0
    for name, text, gold, doubt in documents:
        size += len(text.encode("utf-8"))
        spans = sorted(set(predict(text)))
        counted = [s for s in spans if _overlaps(s, gold) or not _overlaps(s, doubt)]
        hits = [s for s in counted if _overlaps(s, gold)]
        missed = [g for g in gold if not _overlaps(g, spans)]
        gold_n += len(gold)
        found += len(gold) - len(missed)
        predicted += len(counted)
        right += len(hits)
        per_doc[name] = (len(gold), len(gold) - len(missed), len(counted), len(hits))
        if errors:
            for s, e in counted:
                if not _overlaps((s, e), gold):
                    print(
                        f"FP {name[:30]:30} {_show(text, s, e)} "
                        f"{EXPLAINED.get((s, e), '')}"
                    )
            for s, e in missed:
                near = [
                    f"{text[a:b]!r}:{v}"
                    for (a, b), v in EXPLAINED.items()
                    if a < e and s < b
                ]
                print(f"FN {name[:30]:30} {_show(text, s, e)} {' '.join(near)}")
    seconds = time.perf_counter() - started
    return {
        "gold": gold_n,
        "predicted": predicted,
        "precision": right / predicted if predicted else 0.0,
        "recall": found / gold_n if gold_n else 0.0,
        "mbps": size / 1e6 / seconds if seconds else 0.0,
        "documents": per_doc,
    }


def _show(text: str, start: int, end: int) -> str:
    left = text[max(0, start - 30) : start].replace("\n", "⏎")
    right = text[end : end + 20].replace("\n", "⏎")
    return f"{left}[[{text[start:end]}]]{right}".replace("\n", "⏎")


def synthetic() -> list[tuple[str, str, list[Span], list[Span]]]:
    """The demo generator's synthetic government letters, when importable."""
    try:
        from herstel.demo.generator.govletters import government_letters
    except ImportError:
        return []
    return [
        (f"synthetic_{number:02d}", text, gold, [])
        for number, (text, gold) in enumerate(government_letters())
    ]


def english(predict: Predict) -> dict[str, float]:
    """Person findings per 10k characters on the English test texts."""
    folder = ROOT / "bench" / "data" / "english"
    chars = findings = 0
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        chars += len(text)
        findings += len(predict(text))
    return {"chars": chars, "per_10k": findings * 10_000 / chars if chars else 0.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(os.environ.get("HERSTEL_NER_DATA", "/work/shared/data"))
    parser.add_argument("--data", type=Path, default=default)
    parser.add_argument("--errors", action="store_true", help="print FP and FN")
    parser.add_argument("--profile", choices=("balanced", "recall", "both"))
    parser.add_argument("--system", choices=("herstel", "deduce"), default="herstel")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if not (args.data / "gov_letters_nl_dev").exists():
        message = f"gov_letters_nl_dev not found in {args.data}"
        print(message)
        if args.json:
            args.json.write_text(json.dumps({"skipped": message}))
        return 0
    documents = load(args.data)
    results = {}
    if args.system == "deduce":
        predict = _deduce()
        systems = {"deduce": predict} if predict else {}
    else:
        profiles = (
            ("balanced", "recall")
            if args.profile in (None, "both")
            else (args.profile,)
        )
        systems = {f"herstel {p}": _herstel(p) for p in profiles}
    for name, predict in systems.items():
        if args.errors:
            print(f"== {name}")
        row = evaluate(documents, predict, errors=args.errors)
        row["english"] = english(predict)
        letters = synthetic()
        if letters:
            row["synthetic"] = evaluate(letters, predict, errors=args.errors)
        results[name] = row
    if args.json:
        args.json.write_text(json.dumps(results))
        return 0
    print(
        f"{'system':<20} {'P':>6} {'R':>6} {'pred':>5} {'EN/10k':>7} {'MB/s':>6} "
        f"{'synth P':>7} {'synth R':>7}"
    )
    for name, row in results.items():
        synth = row.get("synthetic") or {"precision": 0.0, "recall": 0.0}
        print(
            f"{name:<20} {row['precision']:6.3f} {row['recall']:6.3f} "
            f"{row['predicted']:5d} {row['english']['per_10k']:7.1f} "
            f"{row['mbps']:6.2f} {synth['precision']:7.3f} {synth['recall']:7.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
