# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""``herstel scan --jobs N``: forked workers give the output of one process,
in the same order; a worker that dies or a Ctrl-C is reported cleanly."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from herstel.core.testing.processes import environ_without
from herstel.tools import fanout
from herstel.tools.scan import FAN_OUT_BYTES
from herstel.tools.scan import FAN_OUT_FILES
from herstel.tools.scan import scan_workers

LETTER = (
    "Geachte heer {name},\n\nNaar aanleiding van uw brief van 3 maart 2021 aan "
    "mevrouw {other} (Utrecht) laten wij u weten dat uw e-mail aan "
    "{mail}@example.nl is ontvangen. Met vriendelijke groet, {other}\n"
)
NAMES = [
    ("Johan van der Berg", "El Amrani", "jberg"),
    ("Pieter de Vries", "Fatima Yilmaz", "pdv"),
    ("Ahmed Bouzid", "Anna Jansen", "ab"),
    ("Kees Bakker", "Ingrid Smit", "kb"),
    ("Mark Visser", "Sanne de Jong", "mv"),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Text files among a corrupt PDF, an empty file and a Latin-1 file."""
    root = tmp_path / "map"
    (root / "sub").mkdir(parents=True)
    for number, (name, other, mail) in enumerate(NAMES):
        text = LETTER.format(name=name, other=other, mail=mail)
        where = root / "sub" if number % 2 else root
        (where / f"brief{number}.txt").write_text(text, encoding="utf-8")
    (root / "kapot.pdf").write_bytes(b"%PDF-1.4 broken")
    (root / "leeg.txt").write_bytes(b"")
    (root / "latin1.txt").write_bytes(
        "Café Hollandia: de heer Joël Müller woont in Groningen.\n".encode("latin-1")
    )
    return root


def _python(code: str) -> subprocess.CompletedProcess[str]:
    """``code`` run by this interpreter in a new process, without settings."""
    return subprocess.run(  # noqa: S603  (this interpreter, the test's own code)
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=environ_without("DJANGO_"),
        timeout=60,
        check=False,
    )


def _passes(script: str) -> None:
    """``script`` (asserts of its own) runs to its end in a new process."""
    result = _python(script + "print('ok')\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok\n"


def _scan(*args: str, prelude: str = "") -> subprocess.CompletedProcess[str]:
    """``herstel scan ARGS`` in a new process, after ``prelude`` (a test hook
    set up in the process the workers fork from)."""
    return _python(
        f"import sys\n{prelude}\n"
        "from herstel.tools.scan import scan\n"
        f"sys.exit(scan({list(args)!r}))\n"
    )


def _summary(stderr: str) -> str:
    return re.sub(r" in [0-9.]+ s\n", " in _ s\n", stderr)


# Records which process scanned each file, to show that workers did.
PIDS = (
    "import os\n"
    "from herstel.tools import scan as module\n"
    "original = module._scan_one\n"
    "def _scan_one(path, *rest):\n"
    "    with open({log!r}, 'a') as log:\n"
    "        log.write(f'{{os.getpid()}} {{path}}\\n')\n"
    "    return original(path, *rest)\n"
    "module._scan_one = _scan_one\n"
)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_several_jobs_write_what_one_writes(folder: Path, tmp_path: Path, fmt: str):
    one = _scan(str(folder), "--format", fmt, "--jobs", "1")
    assert one.returncode == 0, one.stderr
    log = tmp_path / "pids.log"
    three = _scan(
        str(folder), "--format", fmt, "--jobs", "3", prelude=PIDS.format(log=str(log))
    )
    assert three.returncode == 0, three.stderr
    assert three.stdout == one.stdout
    assert _summary(three.stderr) == _summary(one.stderr)
    assert "brief3.txt" in one.stdout and "El Amrani" in one.stdout
    assert "Müller" in one.stdout  # the Latin-1 file, decoded
    assert "1 skipped" in one.stderr and "kapot.pdf: corrupt" in one.stderr
    scanned = [line.split(" ", 1) for line in log.read_text().splitlines()]
    assert len(scanned) == 8
    assert len({pid for pid, _ in scanned}) == 3  # three workers, none idle


def test_a_worker_that_dies_costs_its_file_only(folder: Path):
    boom = folder / "sub" / "boem.txt"
    boom.write_text("Jan Jansen woont in Gouda.\n", encoding="utf-8")
    one = _scan(str(folder), "--jobs", "1")
    prelude = (
        "import os, signal\n"
        "from herstel.tools import scan as module\n"
        "original = module._scan_one\n"
        "def _scan_one(path, *rest):\n"
        "    if path.endswith('boem.txt'):\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return original(path, *rest)\n"
        "module._scan_one = _scan_one\n"
    )
    two = _scan(str(folder), "--jobs", "2", prelude=prelude)
    assert two.returncode == 0, two.stderr
    expected = [line for line in one.stdout.splitlines() if "boem.txt" not in line]
    assert two.stdout.splitlines() == expected
    assert f"skipped {boom}: worker_died: the scanning process stopped " in two.stderr
    assert "(signal 9 (SIGKILL))" in two.stderr
    assert "9 files" in two.stderr and "2 skipped" in two.stderr
    assert "Traceback" not in two.stderr


def test_ctrl_c_stops_the_workers(folder: Path, tmp_path: Path):
    """The parent is interrupted while a worker hangs: it kills the workers,
    waits for them, says so and exits with 130 (no hang, no traceback)."""
    log = tmp_path / "worker.pid"
    prelude = (
        "import os, signal, time\n"
        "from herstel.tools import scan as module\n"
        "def _scan_one(path, *rest):\n"
        f"    with open({str(log)!r}, 'a') as log:\n"
        "        log.write(f'{os.getpid()}\\n')\n"
        "    if path.endswith('brief0.txt'):\n"
        "        for _ in range(500):  # both workers busy, then Ctrl-C\n"
        f"            if len(open({str(log)!r}).readlines()) == 2:\n"
        "                break\n"
        "            time.sleep(0.01)\n"
        "        os.kill(os.getppid(), signal.SIGINT)\n"
        "    time.sleep(60)\n"
        "module._scan_one = _scan_one\n"
    )
    result = _scan(str(folder), "--jobs", "2", prelude=prelude)
    assert result.returncode == 130
    assert "herstel scan: interrupted after 0 of 8 files" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    pids = {int(pid) for pid in log.read_text().split()}
    assert len(pids) == 2
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # killed and reaped


def test_ctrl_c_at_the_terminal_stops_the_scan(folder: Path, tmp_path: Path):
    """Ctrl-C at a terminal signals the whole process group: the workers end,
    the parent says so and exits with 130, no file is reported as lost."""
    import signal
    import time

    log = tmp_path / "worker.pid"
    code = (
        "import os, sys, time\n"
        "from herstel.tools import scan as module\n"
        "def _scan_one(path, *rest):\n"
        f"    with open({str(log)!r}, 'a') as log:\n"
        "        log.write(f'{os.getpid()}\\n')\n"
        "    time.sleep(60)\n"
        "module._scan_one = _scan_one\n"
        f"sys.exit(module.scan([{str(folder)!r}, '--jobs', '2']))\n"
    )
    process = subprocess.Popen(  # noqa: S603  (this interpreter, the test's own code)
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environ_without("DJANGO_"),
        start_new_session=True,  # its own process group, as at a terminal
    )
    try:
        for _ in range(1000):
            if log.exists() and len(log.read_text().split()) == 2:
                break
            time.sleep(0.01)
        os.killpg(process.pid, signal.SIGINT)
        stdout, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:  # pragma: no cover (a hang: clean up)
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130, stderr
    assert "herstel scan: interrupted after 0 of 8 files" in stderr
    assert "worker" not in stderr and "Traceback" not in stderr
    assert stdout == ""
    for pid in {int(pid) for pid in log.read_text().split()}:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


@pytest.mark.parametrize("value", ["0", "-2", "two"])
def test_jobs_must_be_a_positive_number(folder: Path, value: str):
    result = _scan(str(folder), "--jobs", value)
    assert result.returncode == 2
    assert "--jobs: must be a whole number of at least 1" in result.stderr


def test_workers_by_default_only_for_enough_work(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(fanout, "cpus", lambda: 3)
    files = []
    for number in range(3 * FAN_OUT_FILES):
        path = tmp_path / f"{number}.txt"
        path.write_bytes(b"x" * 100)
        files.append(str(path))
    assert scan_workers(None, files)[0] == 1  # too few bytes: this process
    assert scan_workers(2, files)[0] == 2  # asked for: forked
    assert scan_workers(1, files)[0] == 1
    Path(files[0]).write_bytes(b"x" * 2 * FAN_OUT_BYTES)
    workers, sizes = scan_workers(None, files)
    assert workers == 2  # bytes for two
    assert sizes[0] == 2 * FAN_OUT_BYTES and sizes[1] == 100
    Path(files[1]).write_bytes(b"x" * FAN_OUT_BYTES)
    assert scan_workers(None, files)[0] == 3  # one per CPU
    assert scan_workers(None, files[: 2 * FAN_OUT_FILES])[0] == 2  # files for two
    assert scan_workers(None, files[: 2 * FAN_OUT_FILES - 1])[0] == 1
    assert scan_workers(5, files[:3])[0] == 3  # never more workers than files
    assert scan_workers(None, files[:1])[0] == 1


def test_cpus_counts_the_cpus_this_process_may_use():
    expected = (
        len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count()
    )
    assert fanout.cpus() == expected


def test_fan_out_keeps_the_order_and_replaces_dead_workers():
    """Many items of uneven sizes over three workers, two of which die on
    an item: every other item comes back once, in order."""
    script = (
        "import os, random, signal\n"
        "from herstel.tools.fanout import fan_out\n"
        "random.seed(7)\n"
        "sizes = [random.choice([0, 10, 5_000, 200_000]) for _ in range(500)]\n"
        "def work(i):\n"
        "    if i in (7, 321):\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return (i, os.getpid(), 'x' * (i % 5000))\n"
        "def died(i, reason):\n"
        "    return (i, 0, reason)\n"
        "got = list(fan_out(500, sizes, 3, work, died))\n"
        "assert [g[0] for g in got] == list(range(500)), 'order'\n"
        "assert got[7][2] == got[321][2] == 'signal 9 (SIGKILL)', got[7]\n"
        "assert all(g[2] == 'x' * (g[0] % 5000) for g in got if g[0] not in (7, 321))\n"
        "pids = {g[1] for g in got} - {0}\n"
        "assert len(pids) >= 4 and os.getpid() not in pids, pids\n"
        "import herstel.tools.fanout as module, time\n"
        "module.AHEAD = 3  # a slow first item: the others wait, in order\n"
        "def slow(i):\n"
        "    if i == 0:\n"
        "        time.sleep(0.3)\n"
        "    return i\n"
        "assert list(fan_out(60, [1] * 60, 2, slow, died)) == list(range(60))\n"
        "try:\n"
        "    os.waitpid(-1, os.WNOHANG)\n"
        "except ChildProcessError:\n"
        "    pass  # every worker was reaped\n"
        "else:\n"
        "    raise AssertionError('a worker left behind')\n"
    )
    _passes(script)


def test_fan_out_without_fork_runs_in_this_process():
    """When the system refuses to fork (no processes left), every item is
    still done, in order, by the scanning process itself; with one worker
    refused, the others take its share."""
    script = (
        "import os\n"
        "from herstel.tools.fanout import fan_out\n"
        "real_fork, refused = os.fork, []\n"
        "def fork():\n"
        "    if len(refused) < LIMIT:\n"
        "        refused.append(1)\n"
        "        raise BlockingIOError(11, 'Resource temporarily unavailable')\n"
        "    return real_fork()\n"
        "os.fork = fork\n"
        "def died(i, reason):\n"
        "    raise AssertionError(reason)\n"
        "for LIMIT in (99, 1):\n"
        "    refused.clear()\n"
        "    got = list(fan_out(40, [10] * 40, 2, lambda i: (i, os.getpid()), died))\n"
        "    assert [g[0] for g in got] == list(range(40)), got\n"
        "    here = {g[1] for g in got} == {os.getpid()}\n"
        "    assert here == (LIMIT == 99), (LIMIT, got)\n"
    )
    _passes(script)


@pytest.mark.parametrize("columns", ["", "0", "40", "200", "wide"])
def test_help_is_as_wide_as_argparse_makes_it(monkeypatch, columns: str):
    import argparse

    from herstel.tools.scan import _HelpFormatter

    monkeypatch.setenv("COLUMNS", columns)
    assert _HelpFormatter("herstel scan")._width == (
        argparse.HelpFormatter("herstel scan")._width
    )


def test_workers_of_a_parent_that_ignores_ctrl_c_ignore_it_too():
    """Started in the background (SIGINT ignored), a scan is not cut short by
    a Ctrl-C meant for the foreground; with Python's handler, workers get
    the default action (they end quietly and the parent reports)."""
    script = (
        "import signal\n"
        "from herstel.tools.fanout import fan_out\n"
        "def work(i):\n"
        "    return signal.getsignal(signal.SIGINT).name\n"
        "died = lambda i, reason: reason\n"
        "print(set(fan_out(4, [1] * 4, 2, work, died)))\n"
        "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
        "print(set(fan_out(4, [1] * 4, 2, work, died)))\n"
    )
    result = _python(script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "{'SIG_DFL'}",
        "{'SIG_IGN'}",
    ]
