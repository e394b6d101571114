#!/usr/bin/env python
# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A corpus of real-world files from other projects' public test data.

The files stay out of this repository. ``build`` copies them out of local
git mirrors of the projects below (one bare repository per project, e.g. made
with ``git clone --mirror``, under ``--mirrors``, default ``/work/.mirror``,
named ``owner+name/repo``) into ``var/corpus/`` with a ``MANIFEST.tsv`` that
records for every file its source project, commit, path, licence and SHA-256.
``measure`` then runs Herstel's extraction over the corpus and compares PDF
text with ``pdftotext`` (poppler-utils)::

    .venv/bin/python bench/corpus.py build
    .venv/bin/python bench/corpus.py measure --jobs 2
    .venv/bin/herstel scan var/corpus --jobs 2 > /dev/null
    .venv/bin/herstel ingest var/corpus --dossier corpus --jobs 2

``measure`` reports crashes (anything but an ExtractionError), time-outs,
codes per format, failed parts, and pooled PDF word recall against
pdftotext, counting files Herstel skips as 0, plus the files where pdftotext
reads words and Herstel (nearly) none. Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from pathlib import PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "var" / "corpus"
MAX_FILE_BYTES = 4 * 1024 * 1024  # what the mirrors hold whole

_DOCS = r"\.(pdf|docx?|dotx?|xlsx?|xlsm|pptx?|odt|ods|odp|rtf|eml|msg|pst|mbox|epub|zip|html?|txt|csv)$"


@dataclass(frozen=True)
class Source:
    """One project's test data: where, under which licence, which files."""

    name: str
    repo: str
    licence: str
    pattern: str
    """Regular expression on the path inside the repository."""
    every: int = 1
    """Take every n-th matching file (sorted by path), to keep the corpus small."""


SOURCES = (
    Source(
        "tika",
        "apache+tika",
        "Apache-2.0",
        r"src/test/resources/test-documents/[^/]*" + _DOCS,
    ),
    Source("pdfjs", "mozilla+pdf.js", "Apache-2.0", r"^test/pdfs/[^/]*\.pdf$", 6),
    Source("pypdf", "py-pdf+pypdf", "BSD-3-Clause", r"^resources/.*\.pdf$"),
    Source("pdf-samples", "py-pdf+sample-files", "CC-BY-SA-4.0", r"\.pdf$"),
    Source(
        "python-docx",
        "python-openxml+python-docx",
        "MIT",
        r"(test_files|templates)/.*\.(docx|dotx)$",
    ),
    Source(
        "python-pptx",
        "scanny+python-pptx",
        "MIT",
        r"(test_files|templates)/.*\.(pptx|xlsx|docx)$",
    ),
    Source(
        "odfpy",
        "eea+odfpy",
        "Apache-2.0 (or GPL-2.0 / LGPL-2.1)",
        r"\.(odt|ods|odp)$",
    ),
    Source(
        "mail-ruby",
        "mikel+mail",
        "MIT",
        r"^spec/fixtures/emails/.*\.(eml|mbox)$",
    ),
    Source("libyal-pst", "libyal+testdata", "CC-BY-4.0", r"^pst/.*\.pst$"),
)


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(  # noqa: S603 - fixed program, our own arguments
        ["git", f"--git-dir={repo}", *args],  # noqa: S607
        capture_output=True,
        check=True,
    ).stdout


def _blobs(repo: Path, pattern: str) -> Iterator[tuple[str, str, int]]:
    """``(sha, path, size)`` of the matching blobs at HEAD."""
    listing = _git(repo, "ls-tree", "-r", "-l", "-z", "HEAD")
    regex = re.compile(pattern, re.IGNORECASE)
    for entry in listing.split(b"\0"):
        if not entry:
            continue
        meta, path = entry.decode("utf-8", "replace").split("\t", 1)
        _mode, kind, sha, size = meta.split()
        # Blobs the mirror lacks (large files) show no size.
        if kind == "blob" and size.isdigit() and regex.search(path):
            yield sha, path, int(size)


def build(mirrors: Path, out: Path) -> int:
    """Copy the corpus out of the mirrors; return the number of files."""
    out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    rows = ["source\trepository\tcommit\tpath\tlicence\tsha256\tsize\tfile"]
    for source in SOURCES:
        repo = mirrors / source.repo / "repo"
        if not repo.exists():
            print(f"skipped {source.name}: no mirror at {repo}", file=sys.stderr)
            continue
        commit = _git(repo, "rev-parse", "HEAD").decode().strip()
        matches = sorted(_blobs(repo, source.pattern), key=lambda item: item[1])
        taken = 0
        for index, (sha, path, size) in enumerate(matches):
            if index % source.every or size > MAX_FILE_BYTES:
                continue
            try:
                data = _git(repo, "cat-file", "blob", sha)
            except subprocess.CalledProcessError:
                continue  # absent from the mirror
            if data.startswith(b"version https://git-lfs"):
                continue  # a Git LFS pointer, not the file
            digest = hashlib.sha256(data).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            name = PurePosixPath(path).name
            target = out / source.name / f"{digest[:8]}-{name}"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            rows.append(
                "\t".join(
                    (
                        source.name,
                        source.repo.replace("+", "/"),
                        commit,
                        path,
                        source.licence,
                        digest,
                        str(len(data)),
                        str(target.relative_to(out)),
                    )
                )
            )
            taken += 1
        print(f"{source.name}: {taken} files", file=sys.stderr)
    (out / "MANIFEST.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(rows) - 1


# -- measuring ---------------------------------------------------------------

_WORD = re.compile(r"\w+")


def words(text: str) -> collections.Counter[str]:
    """Case-folded NFKC word counts (ligatures and widths normalised)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return collections.Counter(_WORD.findall(text))


def _pdftotext(path: Path) -> str | None:
    try:
        done = subprocess.run(  # noqa: S603
            ["pdftotext", "-q", "-enc", "UTF-8", str(path), "-"],  # noqa: S607
            capture_output=True,
            timeout=120,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.decode("utf-8", "replace")


TIMEOUT = 300.0
"""Seconds per file, as for ingestion (``dossiers.analysis.EXTRACTION_TIMEOUT``)."""


def _measure_one(path: str) -> dict[str, object]:
    sys.path.insert(0, str(ROOT / "src"))
    from herstel.extraction import ExtractionError
    from herstel.extraction import extract_text

    data = Path(path).read_bytes()
    row: dict[str, object] = {"path": path, "size": len(data)}
    started = time.monotonic()
    try:
        result = extract_text(data, Path(path).name, timeout=TIMEOUT)
    except ExtractionError as exc:
        row.update(outcome=exc.code, text="")
    except Exception as exc:  # the bar: never anything else
        row.update(outcome="CRASH", error=repr(exc)[:200], text="")
    else:
        try:
            result.text.encode("utf-8")
            valid = True
        except UnicodeEncodeError:
            valid = False
        row.update(
            outcome="ok",
            media_type=result.media_type,
            text=result.text,
            failed_parts=[list(item) for item in result.skipped],
            parts=len(result.parts),
            notes=list(result.notes),
            metadata=len(result.metadata),
            valid=valid,
        )
    row["seconds"] = round(time.monotonic() - started, 3)
    if path.lower().endswith(".pdf") or row.get("media_type") == "application/pdf":
        reference = _pdftotext(Path(path))
        row["reference"] = reference
    return row


def measure(corpus: Path, jobs: int, report: Path | None) -> int:
    """Extract every file of the corpus and print the numbers."""
    files = sorted(
        str(p) for p in corpus.rglob("*") if p.is_file() and p.name != "MANIFEST.tsv"
    )
    started = time.monotonic()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        rows = list(pool.map(_measure_one, files, chunksize=2))
    elapsed = time.monotonic() - started
    outcomes = collections.Counter(str(row["outcome"]) for row in rows)
    by_format: dict[str, collections.Counter[str]] = collections.defaultdict(
        collections.Counter
    )
    for row in rows:
        suffix = Path(str(row["path"])).suffix.lower() or "(none)"
        by_format[suffix][str(row["outcome"])] += 1
    crashes = [row for row in rows if row["outcome"] == "CRASH"]
    timeouts = [row for row in rows if row["outcome"] == "timeout"]
    invalid = [row for row in rows if row.get("valid") is False]
    with_failed_parts = [row for row in rows if row.get("failed_parts")]
    failed_parts = sum(len(row.get("failed_parts") or ()) for row in rows)  # type: ignore[arg-type]
    mismatches = sum(
        1
        for row in rows
        if any("the name says" in n for n in row.get("notes") or ())  # type: ignore[union-attr]
    )

    ref_total = hit_total = ref_readable = hit_readable = 0
    losses: list[tuple[str, int, float, str]] = []
    pdfs = 0
    for row in rows:
        reference = row.get("reference")
        if reference is None:
            continue
        pdfs += 1
        ref = words(str(reference))
        ours = words(str(row.get("text") or ""))
        total = sum(ref.values())
        hit = sum(min(count, ours[word]) for word, count in ref.items())
        ref_total += total
        hit_total += hit
        if row["outcome"] == "ok":
            ref_readable += total
            hit_readable += hit
        if total >= 20 and hit < 0.2 * total:
            losses.append((str(row["path"]), total, hit / total, str(row["outcome"])))

    print(f"corpus: {len(rows)} files in {corpus}, {elapsed:.1f} s with {jobs} jobs")
    print(f"outcomes: {dict(sorted(outcomes.items()))}")
    print(
        f"crashes: {len(crashes)}; time-outs: {len(timeouts)}; invalid text: {len(invalid)}"
    )
    print(
        f"files with failed parts: {len(with_failed_parts)} "
        f"({failed_parts} parts); extension/content mismatches noted: {mismatches}"
    )
    print("per extension (outcome: count):")
    for suffix, counts in sorted(by_format.items()):
        print(f"  {suffix:8} {dict(sorted(counts.items()))}")
    if ref_total:
        print(
            f"PDF word recall vs pdftotext, pooled over {pdfs} PDFs, skipped as 0: "
            f"{hit_total / ref_total:.4f} ({hit_total}/{ref_total} words); "
            f"over the PDFs Herstel reads: {hit_readable / max(ref_readable, 1):.4f}"
        )
    print(f"PDFs where pdftotext reads >= 20 words and Herstel < 20 %: {len(losses)}")
    for path, total, share, outcome in sorted(losses, key=lambda item: -item[1]):
        print(f"  {share:5.2f} of {total:6} words  {outcome:12} {path}")
    for row in crashes:
        print(f"  CRASH {row['path']}: {row.get('error')}")
    if report is not None:
        slim = [
            {
                key: value
                for key, value in row.items()
                if key not in ("text", "reference")
            }
            for row in rows
        ]
        report.write_text(json.dumps(slim, indent=1), encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    build_parser = sub.add_parser("build", help="copy the corpus out of the mirrors")
    build_parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    build_parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    measure_parser = sub.add_parser("measure", help="extract and compare")
    measure_parser.add_argument("--corpus", type=Path, default=DEFAULT_OUT)
    measure_parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    measure_parser.add_argument("--report", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.command == "build":
        count = build(args.mirrors, args.out)
        print(f"{count} files in {args.out}")
        return 0
    return measure(args.corpus, max(1, args.jobs), args.report)


if __name__ == "__main__":
    sys.exit(main())
