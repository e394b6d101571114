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
    load_before = os.getloadavg()[0]
    commands = {
        "herstel": [str(herstel), "scan", str(folder), "--format", "jsonl"],
        "deduce": [
            sys.executable,
            "-c",
            "import sys, pathlib, deduce\n"
            "model = deduce.Deduce()\n"
            "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt')):\n"
            "    model.deidentify(p.read_text(encoding='utf-8'))\n",
            str(folder),
        ],
    }
    best, best_cpu = _best_of_three(commands)
    count = len(list(folder.glob("*.txt")))
    mbps = {system: size / 1e6 / seconds for system, seconds in best.items()}
    cpu = {system: size / 1e6 / seconds for system, seconds in best_cpu.items()}

    def ratio(rates: dict[str, float]) -> str:
        if "herstel" in rates and "deduce" in rates:
            return f"{rates['herstel'] / rates['deduce']:.1f}×"
        return "deduce skipped"

    def pair(system: str) -> str:
        if system not in mbps:
            return "failed" if system == "herstel" else "–"
        return f"{mbps[system]:.2f} / {cpu[system]:.2f}"

    # Start-up: the whole process on one short file, as a user runs it.
    one = scratch / "one.txt"
    one.write_text("Mw. A. el Amrani woont in Utrecht.\n", encoding="utf-8")
    startup, startup_cpu = _best_of_three(
        {"herstel": [str(herstel), "scan", str(one), "--format", "jsonl"]}
    )
    return [
        (
            "folder of short articles, whole process MB/s (best of 3; wall / CPU)",
            pair("herstel"),
            pair("deduce"),
            f"{count} files, {size / 1e6:.3f} MB; {ratio(mbps)} deduce (wall), "
            f"{ratio(cpu)} (CPU); bar ≥ 20× and ≥ 1 MB/s; load average "
            f"{load_before:.1f} → {os.getloadavg()[0]:.1f}",
        ),
        (
            "start-up: `herstel scan` of one short file, whole process (s; wall / CPU)",
            f"{startup['herstel']:.2f} / {startup_cpu['herstel']:.2f}"
            if "herstel" in startup
            else "failed",
            "",
            "best of 3; bar < 0.5 s",
        ),
    ]


def _compile_bytecode() -> None:
    """Write Herstel's ``.pyc`` files, as ``pip install`` of a wheel does (and
    did for deduce in the bench environment): an editable install under
    ``PYTHONDONTWRITEBYTECODE`` would otherwise compile every module from
    source at each start (about 0.1 CPU-s of the whole-process rows)."""
    import compileall

    compileall.compile_dir(ROOT / "src" / "herstel", quiet=1)


def _best_of_three(
    commands: dict[str, list[str]],
) -> tuple[dict[str, float], dict[str, float]]:
    """Best wall-clock and best CPU seconds (user + system of the child
    processes, robust against other load on a shared machine) of three runs
    of each command; a command that fails is left out."""
    best: dict[str, float] = {}
    best_cpu: dict[str, float] = {}
    for system, command in commands.items():
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
                break
            cpu = (after.ru_utime - before.ru_utime) + (
                after.ru_stime - before.ru_stime
            )
            best[system] = min(best.get(system, seconds), seconds)
            best_cpu[system] = min(best_cpu.get(system, cpu), cpu)
    return best, best_cpu
