#!/usr/bin/env python
# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Quality and speed of the detection engine on CoNLL-2002 ``ned.testa``.

Each article is rebuilt as UTF-8 text (tokens joined by one space, sentences by
a newline) and scanned with ``text_scan`` in both profiles. Prints one table:
person and place strict precision/recall/F1, person overlap recall, throughput
(MB/s of UTF-8 text, full detector set, one process), start-up time (first scan
including the lexicon load) and peak memory (maximum resident set size).

When ``import deduce`` works in this interpreter, deduce runs on the same texts
for comparison (deduce is GPL and is never a dependency of Herstel).

Usage: ``.venv/bin/python bench/detection_quality.py [--data DIR] [--runs N]
[--system herstel|deduce|all] [--json FILE]``. ``bench/run.py`` (``make bench``)
runs each system in its own process with ``--json`` so that load time and peak
memory are each system's own, and prints them in its single table.
The data folder defaults to ``$HERSTEL_NER_DATA`` or ``/work/shared/data``; the
evaluation file is only read, never copied.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from collections.abc import Iterable
from pathlib import Path

STARTED = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

Predict = Callable[[str], list[tuple[str, int, int]]]


def _peak_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _herstel(profile: str) -> Predict:
    import herstel.detection.detectors  # noqa: F401  (registers the detectors)
    from herstel.detection.services import text_scan

    def predict(text: str) -> list[tuple[str, int, int]]:
        return [
            (m.category, m.start, m.end) for m in text_scan(text=text, profile=profile)
        ]

    return predict


def _engine() -> str:
    """``compiled`` or ``python``: how Herstel's engine ran (native.py)."""
    from herstel.detection import native

    return native.running()


def _deduce() -> tuple[Predict | None, float, str]:
    """Return deduce as a predictor, its load time, and a note."""
    try:
        started = time.perf_counter()
        import deduce  # type: ignore[import-not-found]

        model = deduce.Deduce()
        model.deidentify("Jan Jansen woont in Utrecht.")
        load = time.perf_counter() - started
    except ImportError:
        return None, 0.0, "deduce is not installed in this interpreter: skipped"
    except Exception as exc:  # a broken install must not stop the benchmark
        return None, 0.0, f"deduce failed to load ({exc!r}): skipped"

    mapping = {
        "persoon": "person",
        "patient": "person",
        "locatie": "place",
        "woonplaats": "place",
        "instelling": "organisation",
        "ziekenhuis": "organisation",
    }

    def predict(text: str) -> list[tuple[str, int, int]]:
        document = model.deidentify(text)
        found = []
        for annotation in document.annotations:
            tag = annotation.tag.split("_")[0].lower()
            category = mapping.get(tag)
            if category is None and "persoon" in annotation.tag.lower():
                category = "person"
            if category:
                found.append((category, annotation.start_char, annotation.end_char))
        return found

    return predict, load, f"deduce {getattr(deduce, '__version__', '?')}"


def _paired(
    herstel: Predict, deduce: Predict, texts: list[str], rounds: int = 9
) -> dict[str, float]:
    """Herstel (balanced) and deduce timed in turn, in one process.

    On a shared machine the CPU time of the same work drifts by a fifth or
    more within minutes, so two systems timed one after the other can be
    compared only roughly. Here each round times one deduce pass over the
    texts and as many Herstel passes as take about as long, in alternating
    order; the ratio is the median of the rounds' ratios.

    Finer interleaving was tried and rejected: scanning each text with both
    systems in turn measures Herstel with caches that deduce has just
    filled with its own data (a ratio a fifth lower than either system
    timed alone), and scanning the same text several times in a row finds
    it in the caches (a tenth higher)."""
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    ratios, herstel_rates, deduce_rates = [], [], []

    def one_deduce() -> float:
        started = time.process_time()
        for text in texts:
            deduce(text)
        return megabytes / (time.process_time() - started)

    def herstel_for(seconds: float) -> float:
        passes, started = 0, time.process_time()
        while passes == 0 or time.process_time() - started < seconds:
            for text in texts:
                herstel(text)
            passes += 1
        return passes * megabytes / (time.process_time() - started)

    for text in texts:  # Herstel's cold pass: lexicons, expressions
        herstel(text)
    for index in range(rounds):
        if index % 2:
            herstel_rate = herstel_for(megabytes / deduce_rates[-1])
            deduce_rate = one_deduce()
        else:
            deduce_rate = one_deduce()
            herstel_rate = herstel_for(megabytes / deduce_rate)
        deduce_rates.append(deduce_rate)
        herstel_rates.append(herstel_rate)
        ratios.append(herstel_rate / deduce_rate)

    def median(values: list[float]) -> float:
        return sorted(values)[len(values) // 2]

    return {
        "rounds": rounds,
        "ratio": median(ratios),
        "herstel_mbps_cpu": median(herstel_rates),
        "deduce_mbps_cpu": median(deduce_rates),
        "ratio_low": min(ratios),
        "ratio_high": max(ratios),
    }


def _measure(
    name: str,
    predict: Predict,
    texts: list[str],
    articles: list,
    runs: int,
    load: float,
) -> dict[str, object]:
    from herstel.detection.evaluation import evaluate

    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    started = time.perf_counter()
    predictions = [predict(t) for t in texts]
    cold = time.perf_counter() - started
    timings = []
    cpu_timings = []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        for text in texts:
            predict(text)
        timings.append(time.perf_counter() - started)
        cpu_timings.append(time.process_time() - cpu_started)
    warm = sorted(timings)[len(timings) // 2] if timings else cold
    cpu = sorted(cpu_timings)[len(cpu_timings) // 2] if cpu_timings else cold
    per = evaluate(articles, iter(predictions), conll_type="PER")
    loc = evaluate(articles, iter(predictions), conll_type="LOC")
    org = evaluate(articles, iter(predictions), conll_type="ORG")
    return {
        "name": name,
        "per": per,
        "loc": loc,
        "org": org,
        "mbps_cold": megabytes / cold,
        "mbps": megabytes / warm,
        "mbps_cpu": megabytes / cpu,
        "load": load,
        "peak": _peak_mb(),
    }


def _table(rows: Iterable[dict[str, object]]) -> str:
    header = (
        f"{'system':<20} {'PER P':>6} {'PER R':>6} {'PER F1':>6} {'PER ovR':>7} "
        f"{'LOC P':>6} {'LOC R':>6} {'LOC F1':>6} {'ORG F1':>6} "
        f"{'MB/s':>6} {'cpu':>6} {'1st':>6} {'load s':>6} {'peak MB':>7}"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        per, loc, org = row["per"], row["loc"], row["org"]
        lines.append(
            f"{row['name']:<20} {per.precision:6.3f} {per.recall:6.3f} {per.f1:6.3f} "
            f"{per.overlap_recall:7.3f} {loc.precision:6.3f} {loc.recall:6.3f} "
            f"{loc.f1:6.3f} {org.f1:6.3f} {row['mbps']:6.2f} {row['mbps_cpu']:6.2f} "
            f"{row['mbps_cold']:6.2f} "
            f"{row['load']:6.2f} {row['peak']:7.0f}"
        )
    return "\n".join(lines)


def _summary(row: dict[str, object]) -> dict[str, object]:
    """The measured numbers of one system as plain JSON values."""
    out: dict[str, object] = {}
    for key, value in row.items():
        if hasattr(value, "precision"):
            out[key] = {
                "precision": value.precision,
                "recall": value.recall,
                "f1": value.f1,
                "overlap_recall": value.overlap_recall,
                "gold": value.gold,
            }
        else:
            out[key] = value
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(os.environ.get("HERSTEL_NER_DATA", "/work/shared/data"))
    parser.add_argument("--data", type=Path, default=default)
    parser.add_argument("--runs", type=int, default=5, help="timed passes per system")
    parser.add_argument("--system", choices=("herstel", "deduce", "all"), default="all")
    parser.add_argument("--json", type=Path, help="write the numbers to this file")
    args = parser.parse_args()
    path = args.data / "conll2002_nl_eval" / "ned.testa"
    if not path.exists():
        print(f"ned.testa not found at {path}; set --data or HERSTEL_NER_DATA")
        if args.json:
            args.json.write_text(
                json.dumps({"skipped": f"ned.testa not found at {path}"})
            )
        return 0

    from herstel.detection.evaluation import conll_read

    rows = []
    note = ""
    memory_after_load = 0.0
    if args.system in ("herstel", "all"):
        # Start-up: import, lexicon load and one small scan, in this process.
        started = time.perf_counter()
        import herstel.detection.detectors  # noqa: F401
        from herstel.detection.services import text_scan

        text_scan(text="Mw. A. el Amrani woont in Utrecht.")
        load = time.perf_counter() - started
        memory_after_load = _peak_mb()
    articles = conll_read(path)
    texts = [a.text for a in articles]
    size = sum(len(t.encode("utf-8")) for t in texts)
    if args.system in ("herstel", "all"):
        rows = [
            _measure(
                f"herstel {profile}",
                _herstel(profile),
                texts,
                articles,
                args.runs,
                load,
            )
            for profile in ("balanced", "recall")
        ]
    paired: dict[str, float] = {}
    if args.system in ("deduce", "all"):
        predict, deduce_load, note = _deduce()
        if predict is not None:
            rows.append(
                _measure("deduce", predict, texts, articles, args.runs, deduce_load)
            )
            paired = _paired(_herstel("balanced"), predict, texts)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "articles": len(articles),
                    "megabytes": size / 1e6,
                    "note": note,
                    "memory_after_load": memory_after_load,
                    "engine": _engine(),
                    "paired": paired,
                    "systems": [_summary(row) for row in rows],
                }
            )
        )
        return 0
    print(f"CoNLL-2002 ned.testa: {len(articles)} articles, {size / 1e6:.3f} MB UTF-8")
    if args.system != "deduce":
        print(f"Herstel's engine runs {_engine()}")
    if rows:
        print(_table(rows))
    if paired:
        print(
            f"In turn, {paired['rounds']} rounds: Herstel balanced "
            f"{paired['herstel_mbps_cpu']:.2f}, deduce {paired['deduce_mbps_cpu']:.2f} "
            f"MB per CPU-s: {paired['ratio']:.1f}x (rounds "
            f"{paired['ratio_low']:.1f}-{paired['ratio_high']:.1f}x)"
        )
    print(
        "strict = exact span and type; ovR = share of gold spans overlapped by a "
        "prediction of the type; MB/s = median of warm passes in wall-clock time, "
        "cpu = the same in CPU time of this process (robust against other load on "
        "the machine), 1st = first pass with cold caches; full detector set, one "
        "process; load = import + lexicons + "
        f"first scan; peak = max RSS of this process (after load: "
        f"{memory_after_load:.0f} MB)."
    )
    if note:
        print(note)
    print(f"total {time.perf_counter() - STARTED:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
