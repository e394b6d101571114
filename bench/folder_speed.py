#!/usr/bin/env python
# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The whole-process rows of ``make bench``: ``herstel scan`` of a folder of
short articles against deduce, and the start-up of one short file, best of
three runs each (wall and CPU time). Used by ``bench/run.py``."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
Row = tuple[str, str, str, str]


def folder_speed(scratch: Path) -> list[Row]:
    """Whole-process scan of a folder of short plain-text articles: ``herstel
    scan`` against a deduce script, best of three runs each."""
    data = Path(os.environ.get("HERSTEL_NER_DATA", "/work/shared/data"))
    source = data / "conll2002_nl_eval" / "ned.testa"
    if not source.exists():
        return [("folder scan, whole process", "skipped", "", "no ned.testa")]
    from herstel.detection.evaluation import conll_read

    folder = scratch / "articles"  # evaluation text, deleted with the scratch dir
    folder.mkdir()
    size = 0
    for number, article in enumerate(conll_read(source)):
        data_bytes = article.text.encode("utf-8")
        size += len(data_bytes)
        (folder / f"{number:03d}.txt").write_bytes(data_bytes)
    herstel = Path(sys.executable).with_name("herstel")
    _compile_bytecode()
    from herstel.tools.scan import scan_workers

    scan = [str(herstel), "scan", str(folder), "--format", "jsonl"]
    deduce = [
        sys.executable,
        "-c",
        "import sys, pathlib, deduce\n"
        "model = deduce.Deduce()\n"
        "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt')):\n"
        "    model.deidentify(p.read_text(encoding='utf-8'))\n",
        str(folder),
    ]
    count = len(list(folder.glob("*.txt")))
    jobs = scan_workers(None, [str(p) for p in sorted(folder.glob("*.txt"))])[0]
    runs = {
        "herstel": _best_of_three(scan),
        "herstel --jobs 1": _best_of_three([*scan, "--jobs", "1"]),
        "deduce": _best_of_three(deduce),
    }

    def rates(system: str) -> tuple[float, float] | None:
        best = runs[system]
        return None if best is None else (size / 1e6 / best[0], size / 1e6 / best[1])

    def pair(system: str) -> str:
        rate = rates(system)
        if rate is None:
            return "failed" if system.startswith("herstel") else "–"
        return f"{rate[0]:.2f} / {rate[1]:.2f}"

    def ratio(system: str) -> str:
        ours, theirs = rates(system), rates("deduce")
        if ours is None or theirs is None:
            return "deduce skipped"
        return (
            f"{ours[0] / theirs[0]:.1f}× deduce (wall), "
            f"{ours[1] / theirs[1]:.1f}× (CPU)"
        )

    def load(system: str) -> str:
        best = runs[system]
        return "" if best is None else f"load average {best[2]}"

    # Start-up: the whole process on one short file, as a user runs it.
    one = scratch / "one.txt"
    one.write_text("Mw. A. el Amrani woont in Utrecht.\n", encoding="utf-8")
    startup = _best_of_three([str(herstel), "scan", str(one), "--format", "jsonl"])
    return [
        (
            f"folder of short articles, whole process MB/s (best of 3; wall / CPU), "
            f"default --jobs: {jobs} {'process' if jobs == 1 else 'workers'}",
            pair("herstel"),
            pair("deduce"),
            f"{count} files, {size / 1e6:.3f} MB; {ratio('herstel')}; "
            f"bar ≥ 20× and ≥ 1 MB/s; {load('herstel')}",
        ),
        (
            "the same folder with --jobs 1 (one process)",
            pair("herstel --jobs 1"),
            "",
            f"{ratio('herstel --jobs 1')}; {load('herstel --jobs 1')}",
        ),
        (
            "start-up: `herstel scan` of one short file, whole process (s; wall / CPU)",
            "failed" if startup is None else f"{startup[0]:.2f} / {startup[1]:.2f}",
            "",
            f"best of 3; bar < 0.5 s; deduce's {load('deduce')}"
            if runs["deduce"]
            else "best of 3; bar < 0.5 s",
        ),
    ]


def _compile_bytecode() -> None:
    """Write Herstel's ``.pyc`` files, as ``pip install`` of a wheel does (and
    did for deduce in the bench environment): an editable install under
    ``PYTHONDONTWRITEBYTECODE`` would otherwise compile every module from
    source at each start (about 0.1 CPU-s of the whole-process rows)."""
    import compileall

    compileall.compile_dir(ROOT / "src" / "herstel", quiet=1)


def _best_of_three(command: list[str]) -> tuple[float, float, str] | None:
    """Best wall-clock and best CPU seconds (user + system of the process and
    its workers, robust against other load on a shared machine) of three runs
    of ``command``, and the load average before and after them; ``None`` if
    it fails."""
    before_load = os.getloadavg()[0]
    best = best_cpu = float("inf")
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(  # noqa: S603 (fixed arguments)
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            return None
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best, best_cpu = min(best, seconds), min(best_cpu, cpu)
    return best, best_cpu, f"{before_load:.1f} → {os.getloadavg()[0]:.1f}"


if __name__ == "__main__":  # the rows alone: .venv/bin/python bench/folder_speed.py
    import tempfile

    with tempfile.TemporaryDirectory(prefix="herstel-bench-") as scratch:
        for row in folder_speed(Path(scratch)):
            print(" | ".join(row))
