# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""``herstel extract FILE`` and ``herstel scan PATH...``: no server, no database.

The JSONL contract of ``scan`` (other tools rely on it), one match per line::

    {"path": str, "start": int, "end": int, "category": str, "text": str,
     "score": float, "detector": str}

Offsets index the extracted text; for a UTF-8 ``.txt`` file that is the file's
decoded content unchanged, so ``content[start:end] == text``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Generator
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

FORMATS = ("jsonl", "csv", "table")
FIELDS = ("path", "start", "end", "category", "text", "score", "detector")


@dataclass(frozen=True, slots=True)
class FileResult:
    path: str
    rows: tuple[dict[str, object], ...]
    error: str = ""
    failed_parts: tuple[tuple[str, str, str], ...] = ()
    notes: tuple[str, ...] = ()


def _files(paths: Sequence[str]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file())
        else:
            yield path


def _scan_one(
    path: str, profile: str, categories: tuple[str, ...] | None
) -> FileResult:
    import herstel.detection.detectors  # noqa: F401  (registers the detectors)
    from herstel.detection.services import text_scan
    from herstel.extraction import ExtractionError
    from herstel.extraction import extract_text

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return FileResult(path=path, rows=(), error=f"unreadable: {exc.strerror}")
    try:
        result = extract_text(data, Path(path).name)
    except ExtractionError as exc:
        return FileResult(path=path, rows=(), error=f"{exc.code}: {exc.message}")
    except Exception as exc:  # one file never stops the scan
        return FileResult(path=path, rows=(), error=f"error: {type(exc).__name__}")
    text = result.text
    failed_parts = _failed_parts(result)
    try:
        matches = text_scan(text=text, profile=profile, categories=categories)
    except Exception as exc:
        return FileResult(
            path=path,
            rows=(),
            error=f"detection_failed: {type(exc).__name__}",
            failed_parts=failed_parts,
            notes=result.notes,
        )
    return FileResult(
        failed_parts=failed_parts,
        notes=result.notes,
        path=path,
        rows=tuple(
            {
                "path": path,
                "start": m.start,
                "end": m.end,
                "category": str(m.category),
                "text": text[m.start : m.end],
                "score": round(float(m.score), 3),
                "detector": m.explanation.detector,
            }
            for m in matches
        ),
    )


def _failed_parts(result: object) -> tuple[tuple[str, str, str], ...]:
    """``(part, code, message)`` of the parts of a file whose text is missing."""
    failures = tuple(getattr(result, "failures", ()))
    if failures:
        return failures
    return tuple((path, code, "") for path, code in getattr(result, "skipped", ()))


def _part_line(path: str, part: str, code: str, message: str) -> str:
    reason = f"{code}: {message}" if message else code
    return f"  part failed {path} -> {part}: {reason}\n"


class _Writer:
    def __init__(self, fmt: str, out: TextIO, header: bool = True) -> None:
        self.fmt, self.out = fmt, out
        self.csv = None
        if fmt == "csv":
            import csv  # only here: a module less to load for the other formats

            self.csv = csv.DictWriter(out, fieldnames=FIELDS)
        if self.csv and header:
            self.csv.writeheader()
        if fmt == "table" and header:
            out.write(
                f"{'category':<18} {'score':>5} {'start':>8} {'end':>7}  text  (path)\n"
            )

    def write(self, row: dict[str, object]) -> None:
        """One CSV or table row (a JSONL row is :func:`_jsonl`)."""
        if self.csv:
            self.csv.writerow(row)
        else:
            text = str(row["text"]).replace("\n", " ")
            self.out.write(
                f"{row['category']!s:<18} {row['score']:>5} {row['start']:>8} "
                f"{row['end']:>7}  {text}  ({row['path']})\n"
            )


Rendered = tuple[str, str, tuple[tuple[str, str, str], ...], int, str]
"""What a file gives the output: path, error, failed parts, the number of
matches and their lines as written (plain values: a worker sends it back)."""


class _Renderer:
    """A file's matches as the lines the chosen format writes."""

    def __init__(self, fmt: str) -> None:
        self.fmt = fmt
        if fmt != "jsonl":
            import io

            self.buffer = io.StringIO()
            self.writer = _Writer(fmt, self.buffer, header=False)

    def __call__(self, result: FileResult) -> Rendered:
        rows = result.rows
        if self.fmt == "jsonl":
            lines = "".join(map(_jsonl, rows))
        else:
            for row in rows:
                self.writer.write(row)
            lines = self.buffer.getvalue()
            self.buffer.seek(0)
            self.buffer.truncate()
        return (result.path, result.error, result.failed_parts, len(rows), lines)


_ENCODER = json.JSONEncoder(ensure_ascii=False)
"""One encoder for every row: ``json.dumps`` with an argument builds a new one
per call (a quarter of the cost of writing a row)."""


def _jsonl(row: dict[str, object]) -> str:
    """``json.dumps(row, ensure_ascii=False)`` and a newline."""
    return _ENCODER.encode(row) + "\n"


def _progress(done: int, total: int, started: float) -> None:
    if not sys.stderr.isatty() or total < 20:
        return
    width = 30
    filled = int(width * done / total)
    rate = done / max(time.monotonic() - started, 1e-9)
    sys.stderr.write(
        f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} files, {rate:.1f}/s"
    )
    if done == total:
        sys.stderr.write("\n")


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, its width found as ``shutil.get_terminal_size``
    finds it, without importing ``shutil`` (with ``bz2`` and ``lzma``, 2.5 ms
    of every start: argparse makes a formatter for every ``add_argument``)."""

    def __init__(self, prog: str) -> None:
        try:
            columns = int(os.environ["COLUMNS"])
        except (KeyError, ValueError):
            columns = 0
        if columns <= 0 and sys.__stdout__ is not None:
            try:
                columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
            except (AttributeError, ValueError, OSError):
                columns = 0
        super().__init__(prog, width=(columns or 80) - 2)


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(
            f"must be a whole number of at least 1: {value!r}"
        )
    return jobs


FAN_OUT_FILES = 4
FAN_OUT_BYTES = 32_000
"""Without ``--jobs``, each worker must get at least this many files and
bytes, else fewer workers (one: this process) scan: the warm-up, the forks
and each worker's cold word caches cost 15-30 ms of CPU, and two workers are
faster than one process from about 30 KB of short articles (measured in
docs/detection.md, "Folder scans on several cores")."""

WARM_UP = "Mw. A. el Amrani (Utrecht) mailde a.amrani@example.nl op 1 januari 2020.\n"
"""Scanned once before the workers fork, so they inherit the engine with its
lexicons and expressions loaded instead of each loading them."""


def scan_workers(requested: int | None, files: Sequence[str]) -> tuple[int, list[int]]:
    """How many processes scan ``files`` (1: this one), and the files' sizes."""
    if requested == 1 or len(files) < 2:
        return 1, []
    from herstel.tools import fanout

    jobs = fanout.cpus() if requested is None else requested
    if jobs < 2 or not fanout.available():
        return 1, []
    sizes = []
    for path in files:
        try:
            sizes.append(os.stat(path).st_size)
        except OSError:
            sizes.append(0)
    if requested is None:
        jobs = min(jobs, len(files) // FAN_OUT_FILES, sum(sizes) // FAN_OUT_BYTES)
    return max(1, min(jobs, len(files))), sizes


def scan(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="herstel scan",
        description="Find personal data in files and folders; one match per line.",
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--format", choices=FORMATS, default="jsonl")
    parser.add_argument("--profile", choices=("balanced", "recall"), default="balanced")
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=None,
        help="processes that scan (default: one per available CPU when a folder "
        "holds enough work; 1 scans in this process)",
    )
    parser.add_argument(
        "--categories", default="", help="comma-separated, e.g. person,bsn"
    )
    args = parser.parse_args(argv)
    from herstel.detection.base import Category

    categories = (
        tuple(c.strip() for c in args.categories.split(",") if c.strip()) or None
    )
    unknown = sorted(set(categories or ()) - set(Category.values))
    if unknown:
        parser.error(
            f"unknown categories: {', '.join(unknown)} "
            f"(choose from {', '.join(Category.values)})"
        )
    files = [str(p) for p in _files(args.paths)]
    workers, sizes = scan_workers(args.jobs, files)
    import gc

    import herstel.detection.detectors
    import herstel.extraction  # noqa: F401

    if workers > 1:
        from herstel.detection.services import text_scan

        text_scan(text=WARM_UP, profile=args.profile, categories=categories)
    # What is loaded now lives as long as the process (and is shared with
    # the workers): the collector need not look at it again (2 % of the
    # instructions of a folder scan).
    gc.freeze()
    _Writer(args.format, sys.stdout)  # the header, if the format has one
    render = _Renderer(args.format)
    skipped: Counter[str] = Counter()
    skipped_files: list[tuple[str, str]] = []
    started = time.monotonic()

    def one(index: int) -> Rendered:
        return render(_scan_one(files[index], args.profile, categories))

    def results() -> Generator[Rendered, None, None]:
        if workers == 1:
            for index in range(len(files)):
                yield one(index)
            return
        from herstel.tools import fanout

        def died(index: int, reason: str) -> Rendered:
            error = f"worker_died: the scanning process stopped ({reason})"
            return (files[index], error, (), 0, "")

        yield from fanout.fan_out(
            len(files), sizes, workers, one, died, at_exit=_stop_extraction
        )

    matches = done = 0
    part_failures: list[tuple[str, str, str, str]] = []
    produced = results()
    try:
        for done, (path, error, failed, count, lines) in enumerate(produced, 1):
            if error:
                skipped[error.split(":", 1)[0]] += 1
                skipped_files.append((path, error))
            for part, code, message in failed:
                part_failures.append((path, part, code, message))
            sys.stdout.write(lines)
            matches += count
            _progress(done, len(files), started)
    except KeyboardInterrupt:
        produced.close()  # kills the workers and waits for them
        sys.stdout.flush()
        sys.stderr.write(
            f"\nherstel scan: interrupted after {done} of {len(files)} files\n"
        )
        return 130
    finally:
        produced.close()
    sys.stdout.flush()
    elapsed = time.monotonic() - started
    incomplete = len({path for path, *_ in part_failures})
    sys.stderr.write(
        f"{len(files)} files, {matches} matches, {len(skipped_files)} skipped, "
        f"{len(part_failures)} parts failed in {incomplete} files "
        f"in {elapsed:.1f} s\n"
    )
    for path, reason in skipped_files:
        sys.stderr.write(f"  skipped {path}: {reason}\n")
    for path, part, code, message in part_failures:
        sys.stderr.write(_part_line(path, part, code, message))
    return 0


def _stop_extraction() -> None:
    """Reap the extraction subprocesses a worker started (only if it did)."""
    if "herstel.extraction.sandbox" in sys.modules:
        from herstel.extraction import stop_workers

        stop_workers()


def extract(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="herstel extract",
        description="Print the text Herstel extracts from a file.",
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("file")
    args = parser.parse_args(argv)
    from herstel.extraction import ExtractionError
    from herstel.extraction import extract_text

    path = Path(args.file)
    try:
        result = extract_text(path.read_bytes(), path.name)
    except OSError as exc:
        sys.stderr.write(f"herstel extract: cannot read {path}: {exc.strerror}\n")
        return 2
    except ExtractionError as exc:
        sys.stderr.write(f"herstel extract: {exc.code}: {exc.message}\n")
        return 1
    except Exception as exc:  # a bug: say so, never a traceback with file content
        sys.stderr.write(f"herstel extract: error: {type(exc).__name__}\n")
        return 1
    sys.stdout.write(result.text)
    failed = _failed_parts(result)
    for part, code, message in failed:
        sys.stderr.write(_part_line(str(path), part, code, message))
    for note in result.notes:
        sys.stderr.write(f"herstel extract: note: {note}\n")
    if failed:
        sys.stderr.write(
            f"herstel extract: {len(result.parts)} parts, {len(failed)} failed\n"
        )
    if (
        result.text
        and not result.text.endswith("\n")
        and os.isatty(sys.stdout.fileno())
    ):
        sys.stdout.write("\n")
    return 0
