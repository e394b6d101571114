#!/usr/bin/env python
# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Subject search latency on a generated inventory of 1,000,000 name mentions.

Generates fictitious persons (Dutch, Moroccan, Turkish and Surinamese given
names; real and synthetic surnames with *tussenvoegsels*, Zipf-distributed so
common surnames hit thousands of rows), spreads their mentions over documents
as full names, initials or bare surnames, writes mentions, subjects and the
blind index (HMAC keys, exactly as the product computes them) straight into
the database, then times name searches with random spellings ("El Amrani, A.",
"a. el amrani", "Ahmed el Amrani") with and without a place.

One database per run, chosen with ``--database sqlite|postgres``; PostgreSQL
runs in a throwaway cluster. Prints JSON rows for ``bench/run.py``'s table
(``--json``) or a small table. Asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MENTIONS_PER_DOCUMENT = 20
MENTIONS_PER_PERSON = 5
QUERIES = 300
WARMUP = 30
SYLLABLES_A = [
    "Hoek",
    "Veen",
    "Brink",
    "Kamp",
    "Berg",
    "Dijk",
    "Wal",
    "Hof",
    "Bos",
    "Linde",
    "Horst",
    "Meer",
    "Kerk",
    "Molen",
    "Steen",
    "Water",
    "Zand",
    "Broek",
    "Haven",
    "Hout",
    "Wey",
    "Vliet",
    "Laar",
    "Rade",
    "Donk",
    "Kuil",
    "Heide",
    "Gaar",
]
SYLLABLES_B = [
    "stra",
    "sma",
    "ink",
    "man",
    "er",
    "ing",
    "huis",
    "veld",
    "hout",
    "burg",
    "kamp",
    "hof",
    "mans",
    "ema",
    "ens",
    "sen",
    "inga",
    "ker",
    "dam",
    "land",
    "mer",
    "rooij",
    "stein",
]
PARTICLES = ("", "", "", "van", "de", "van der", "van den", "ter", "el", "ten")


def _setup(database_url: str, scratch: Path) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "herstel.conf.ci"
    os.environ["HERSTEL_VAR_DIR"] = str(scratch)
    os.environ["DATABASE_URL"] = database_url
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _vocabulary(rng: random.Random) -> tuple[list[str], list[str], list[str]]:
    from herstel.demo.generator import people

    given = sorted({name for names in people._GIVEN.values() for name in names.split()})
    surnames = [
        raw.replace("|", " ").replace("_", " ")
        for names in people._SURNAMES.values()
        for raw in names.split()
    ]
    synthetic = {
        f"{particle} {a}{b}".strip()
        for particle in PARTICLES
        for a in SYLLABLES_A
        for b in SYLLABLES_B
    }
    surnames.extend(sorted(synthetic))
    rng.shuffle(surnames)
    places = list(people._MUNICIPALITIES)
    return given, surnames, places


def _surname_weights(size: int) -> list[float]:
    # Zipf-like, flattened: the most common surname is about 1.5% of people
    # (Dutch "de Jong" is about 0.5%), so common names hit thousands of rows.
    total = 0.0
    cumulative = []
    for rank in range(size):
        total += 1 / (rank + 10)
        cumulative.append(total)
    return cumulative


def _spelling(rng: random.Random, given: str, surname: str, kind: int) -> str:
    particle, _, core = surname.rpartition(" ")
    if kind == 0:
        return f"{given} {surname}"
    if kind == 1:
        return rng.choice(
            [f"{given[0]}. {surname}", f"{core}, {given[0]}. {particle}".strip()]
        )
    return surname[0].upper() + surname[1:]


class _Loader:
    """Fast inserts with explicit primary keys: COPY on PostgreSQL."""

    def __init__(self, connection: object) -> None:
        self.connection = connection
        self.vendor = connection.vendor  # type: ignore[attr-defined]

    def load(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        quoted = ", ".join(f'"{c}"' for c in columns)
        with self.connection.cursor() as cursor:  # type: ignore[attr-defined]
            if self.vendor == "postgresql":
                raw = cursor.cursor
                with raw.copy(f'COPY "{table}" ({quoted}) FROM STDIN') as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                marks = ", ".join("%s" for _ in columns)
                sql = f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})'  # noqa: S608
                for start in range(0, len(rows), 20_000):
                    cursor.executemany(sql, rows[start : start + 20_000])


def generate(*, mentions: int, seed: int = 7) -> dict[str, object]:
    """Write the inventory; return the persons (for queries) and counts."""
    from django.db import connection
    from django.db import transaction
    from django.utils import timezone

    from herstel.dossiers.names import KeyKind
    from herstel.dossiers.names import place_key
    from herstel.dossiers.subjects import _index_key
    from herstel.dossiers.subjects import key_digest
    from herstel.dossiers.subjects import name_digests

    rng = random.Random(seed)  # noqa: S311  (synthetic data, not security)
    given_names, surnames, places = _vocabulary(rng)
    secret = _index_key()
    now = timezone.now()
    persons = mentions // MENTIONS_PER_PERSON
    documents = mentions // MENTIONS_PER_DOCUMENT
    weights = _surname_weights(len(surnames))
    people = [
        (
            rng.choice(given_names),
            rng.choices(surnames, cum_weights=weights)[0],
            rng.choice(places),
        )
        for _ in range(persons)
    ]
    place_digests = {
        p: key_digest(kind=KeyKind.PLACE, value=place_key(p), secret=secret)
        for p in places
    }
    loader = _Loader(connection)
    started = time.perf_counter()
    with transaction.atomic():
        loader.load(
            "dossiers_dossier",
            ["id", "slug", "title", "description", "created_at"],
            [(1, "bench", "Bench", "", now)],
        )
        loader.load(
            "dossiers_document",
            [
                "id", "dossier_id", "reference", "status", "media_type", "size",
                "sha256", "original_key_id", "original_blob", "text_key_id",
                "text_blob", "text_length", "failure_code", "created_at",
            ],
            [
                (
                    d, 1, f"DOC-B{d:09d}", "extracted", "text/plain", 1000,
                    f"{d:064x}", "", "", "", "", 1000, "", now,
                )
                for d in range(1, documents + 1)
            ],
        )  # fmt: skip
        loader.load(
            "dossiers_subject",
            ["id", "status", "created_at"],
            [(s, "proposed", now) for s in range(1, persons + 1)],
        )
        mention_rows: list[tuple] = []
        key_rows: list[tuple] = []
        cache: dict[str, dict[int, str]] = {}
        key_id = 0
        for mention_id in range(1, mentions + 1):
            person = rng.randrange(persons)
            given, surname, place = people[person]
            kind = rng.choices((0, 1, 2), weights=(5, 3, 2))[0]
            spelling = _spelling(rng, given, surname, kind)
            digests = cache.get(spelling)
            if digests is None:
                digests = cache[spelling] = name_digests(spelling, secret=secret)
            document = (mention_id - 1) // MENTIONS_PER_DOCUMENT + 1
            start = ((mention_id - 1) % MENTIONS_PER_DOCUMENT) * 40
            mention_rows.append(
                (
                    mention_id, document, "person", start, start + len(spelling),
                    0.9, "bench", "", "engine", "proposed", person + 1,
                )
            )  # fmt: skip
            for key_kind, digest in (
                *digests.items(),
                (KeyKind.PLACE, place_digests[place]),
            ):
                key_id += 1
                key_rows.append((key_id, mention_id, person + 1, key_kind, digest))
        loader.load(
            "dossiers_mention",
            [
                "id", "document_id", "category", "start", "end", "score",
                "detector", "method", "origin", "status", "subject_id",
            ],
            mention_rows,
        )  # fmt: skip
        loader.load(
            "dossiers_namekey",
            ["id", "mention_id", "subject_id", "kind", "digest"],
            key_rows,
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {
        "people": people,
        "persons": persons,
        "documents": documents,
        "mentions": mentions,
        "keys": key_id,
        "load_seconds": time.perf_counter() - started,
    }


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def time_searches(people: list[tuple[str, str, str]], *, seed: int = 11) -> dict:
    from herstel.dossiers.subjects import _index_key
    from herstel.dossiers.subjects import subject_search
    from herstel.dossiers.subjects import subject_search_ranked

    class _Analyst:
        pk = 0

        def has_perm(self, *args: object) -> bool:
            return True

    rng = random.Random(seed)  # noqa: S311  (synthetic data, not security)
    secret = _index_key()
    actor = _Analyst()
    ranked: list[float] = []
    full: list[float] = []
    found = 0
    for number in range(WARMUP + QUERIES):
        given, surname, place = rng.choice(people)
        spelling = _spelling(rng, given, surname, rng.choice((0, 1)))
        if rng.random() < 0.5:
            spelling = spelling.lower()
        places = [place] if rng.random() < 0.5 else []
        started = time.perf_counter()
        rows = subject_search_ranked(names=[spelling], places=places, secret=secret)
        elapsed = time.perf_counter() - started
        started = time.perf_counter()
        candidates = subject_search(actor=actor, names=[spelling], places=places)
        elapsed_full = time.perf_counter() - started
        if number >= WARMUP:
            ranked.append(elapsed * 1000)
            full.append(elapsed_full * 1000)
            found += bool(rows) and bool(candidates)
    return {
        "ranked_p50": statistics.median(ranked),
        "ranked_p95": _percentile(ranked, 0.95),
        "full_p50": statistics.median(full),
        "full_p95": _percentile(full, 0.95),
        "found": found,
    }


def run(database: str, mentions: int) -> list[list[str]]:
    scratch = Path(tempfile.mkdtemp(prefix="herstel-bench-subjects-"))
    try:
        with ExitStack() as stack:
            if database == "postgres":
                sys.path.insert(0, str(ROOT / "src"))
                from herstel.core.testing.postgres import throwaway_cluster

                url = stack.enter_context(throwaway_cluster())
            else:
                url = f"sqlite:///{scratch / 'subjects.sqlite3'}"
            _setup(url, scratch)
            inventory = generate(mentions=mentions)
            timings = time_searches(inventory.pop("people"))  # type: ignore[arg-type]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    label = "PostgreSQL" if database == "postgres" else "SQLite"
    load = float(inventory["load_seconds"])  # type: ignore[arg-type]
    bar = "; bar (PostgreSQL): p95 < 100 ms" if database == "postgres" else ""
    return [
        [
            f"subject index load ({label})",
            f"{mentions / load:,.0f} mentions/s",
            "",
            f"n = {mentions:,} in {load:.1f} s; {inventory['keys']:,} keys, "
            f"{inventory['persons']:,} subjects, {inventory['documents']:,} documents",
        ],
        [
            f"name search p50 / p95, ranking ({label})",
            f"{timings['ranked_p50']:.1f} / {timings['ranked_p95']:.1f} ms",
            "",
            f"{QUERIES} queries, {timings['found']} found{bar}",
        ],
        [
            f"name search + documents p50 / p95 ({label})",
            f"{timings['full_p50']:.1f} / {timings['full_p95']:.1f} ms",
            "",
            f"the selector the search page uses{bar}",
        ],
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument(
        "--mentions",
        type=int,
        default=int(os.environ.get("HERSTEL_BENCH_MENTIONS", "1000000")),
    )
    parser.add_argument("--json", action="store_true", help="rows as JSON lines")
    args = parser.parse_args()
    rows = run(args.database, args.mentions)
    out = io.StringIO()
    for row in rows:
        out.write((json.dumps(row) if args.json else "  ".join(row)) + "\n")
    sys.stdout.write(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
