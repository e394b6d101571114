# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Build the detection lexicons from the open corpora and gazetteers.

Inputs are the staged, unmodified files under ``/work/shared/data`` (see its
README). The CoNLL-2002 folder is evaluation data and is never read here.

Outputs, one entry per line, sorted, gzip-compressed with a fixed timestamp so
that a rebuild from the same inputs is byte-identical:

``given_names``
    First words of multi-word person names in the annotated corpora, plus the
    first words of Dutch street names that honour a person ("Jan van
    Galenstraat"). Words that the corpora mostly use as lower-case nouns
    ("Koning") are dropped.
``surnames``
    Last words of annotated person names and the person part of street names.
``places``
    GeoNames populated places and municipalities, BAG woonplaatsen, gemeenten
    and provinces, place names annotated in the corpora, and country-like names
    from the OpenTaal proper-name list.
``streets``
    BAG street names (openbare ruimten).
``common_words``
    OpenTaal approved words: suppresses false positives such as sentence-initial
    capitals and gives the capitalised adjectives ("Belgische").
``proper_names``
    OpenTaal unapproved entries that start with a capital: untyped proper names.
``org_cues``
    Lower-case common nouns that head organisation names in the corpora.

``manifest.json`` records every source file with its SHA-256, the script
version and the entry count and SHA-256 of every artefact; ``SOURCES.md`` and
``licences/`` give the attribution and licence texts of the sources.
"""

from __future__ import annotations

import collections
import gzip
import hashlib
import io
import json
import re
from collections.abc import Iterable
from pathlib import Path

from .attribution import attribution_write
from .corpora import Corpus
from .corpora import clean
from .corpora import corpus_read
from .corpora import lines

SCRIPT_VERSION = "1.2"
"""Bump when the build logic changes; recorded in the manifest."""

SOURCES: dict[str, str] = {
    "voc_missives_train": "voc_missives_nl/train.conll",
    "voc_missives_dev": "voc_missives_nl/dev.conll",
    "voc_missives_test": "voc_missives_nl/test.conll",
    "europeana": "europeana_ner_nl/enp_NL.kb.bio",
    "ehri": "ehri_ner_nl/ehri_nl.txt",
    "unsilence": "unsilence_voc_nl/data/annotated_data",
    "geonames": "gazetteer_geonames_nl/NL.txt",
    "bag_woonplaats": "gazetteer_bag_opentaal/bagadres.csv.woonplaats-sorted.txt",
    "bag_gemeente": "gazetteer_bag_opentaal/bagadres.csv.gemeente-sorted.txt",
    "bag_provincie": "gazetteer_bag_opentaal/bagadres.csv.provincie-sorted.txt",
    "bag_streets": "gazetteer_bag_opentaal/bagadres.csv.openbareruimte-frequency.tsv",
    "opentaal_approved": "wordlist_opentaal/basiswoorden-gekeurd.txt",
    "opentaal_unapproved": "wordlist_opentaal/basiswoorden-ongekeurd.txt",
}
"""Every input, relative to the data folder. Nothing else is read."""

LICENCES: dict[str, str] = {
    "voc_missives_nl": "Apache-2.0",
    "europeana_ner_nl": "CC0-1.0",
    "ehri_ner_nl": "EUPL-1.2",
    "unsilence_voc_nl": "CC-BY-4.0",
    "gazetteer_geonames_nl": "CC-BY-4.0",
    "gazetteer_bag_opentaal": "MIT (BAG data CC0)",
    "wordlist_opentaal": "BSD-3-Clause OR CC-BY-3.0",
}

_IOB_SOURCES = (
    "voc_missives_train",
    "voc_missives_dev",
    "voc_missives_test",
    "europeana",
    "ehri",
)

ARTEFACTS = (
    "given_names",
    "surnames",
    "places",
    "streets",
    "common_words",
    "proper_names",
    "org_cues",
)

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
NAME_WORD = re.compile(rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)*")
"""A capitalised word such as ``Jan``, ``Hüseyin`` or ``Jan-Willem``."""

# Honorifics, titles, articles and particles that precede names but are not
# given names themselves; some also occur capitalised as the first word of
# street names ("Burgemeester Visserstraat").
_NOT_GIVEN = frozenset(
    "Van Vande Vanden Vander De Den Der Des Het Ten Ter Te In Op Aan Bij Onder "
    "Over Voor Achter Tussen It El Al La Le Les Du Da Di Dos Das Del Della Von "
    "Zu Sint Sankt Saint San Santa St Mr Dr Ds Mgr Burg Prof Ir Ing Drs Heer "
    "Heeren Heren Vrouw Mevrouw Juffrouw Mejuffrouw Weduwe Wed Don Dona Sr Jr "
    "Sultan Radja Raja Koning Koningin Keizer Keizerin Prins Prinses Graaf "
    "Gravin Baron Barones Hertog Hertogin Paus Pater Pastoor Kapelaan Deken "
    "Kapitein Kommandeur Generaal Gouverneur Burgemeester Wethouder Dokter "
    "Professor Meester Notaris Rector Schout Zuster Broeder Frater Moeder "
    "Bisschop Kardinaal Monseigneur Dominee Ridder Jonkheer Admiraal Kolonel "
    "Majoor Luitenant Minister President Opperkoopman Koopman Commandeur "
    "Oude Nieuwe Korte Lange Kleine Grote Hoge Lage Oud Nieuw Groot Klein".split()
)
_PARTICLE_WORDS = frozenset(
    "Van Vande Vanden Vander De Den Der Des Het Ten Ter Te In Op Aan Bij It El Al "
    "La Le Les Du Da Di Dos Das Del Della Von Zu".split()
)
_STREET_SUFFIX = re.compile(
    r"(straat|laan|weg|plein|hof|park|singel|dreef|kade|gracht|pad|erf|"
    r"plantsoen|steeg|hage|stede|ring|baan|promenade|boulevard|straatje|"
    r"laantje|pleintje|hofje|gaarde|dijk|kwartier|passage|tuin|wal|haven)$"
)
_COUNTRY_LIKE = re.compile(
    rf"(?:[{_UPPER}][{_LOWER}]+-)?[{_UPPER}][{_LOWER}]+(?:land|rijk|ië|stan|ije)"
)
# Inhabitant nouns and adjectives derived from a place name ("Antwerpenaar",
# "Iraniër", "Chinees"): the stem, if it is a known proper name, is a place.
_DEMONYM_SUFFIXES = (
    ("iërs", 3),
    ("iër", 3),
    ("ische", 3),
    ("isch", 3),
    ("aanse", 4),
    ("aans", 4),
    ("aan", 4),
    ("ezen", 4),
    ("ese", 4),
    ("ees", 4),
    ("enaar", 3),
    ("naar", 4),
    ("aar", 4),
    ("ers", 5),
    ("er", 5),
    ("se", 5),
    ("s", 5),
)
_ARCHAIC = ("'s-", "'s ", "'t ")
"""Old genitive articles that start place names ("'s-Hertogenbosch")."""
_LATIN_NAME = re.compile(rf"[{_UPPER}][{_LOWER}'’.\- ]*[{_LOWER}]")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            digest.update(child.relative_to(path).as_posix().encode())
            digest.update(b"\0")
            digest.update(_sha256(child).encode())
        return digest.hexdigest()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# -- lexicons --------------------------------------------------------------------


def _streets(source: Path) -> list[str]:
    names = []
    for line in lines(source / SOURCES["bag_streets"]):
        _, _, name = line.partition("\t")
        if name:
            names.append(name.strip())
    return names


def _given_and_surnames(
    corpus: Corpus, streets: list[str], approved_lower: set[str], proper: set[str]
) -> tuple[set[str], set[str], collections.Counter[str]]:
    first: collections.Counter[str] = collections.Counter()
    last: collections.Counter[str] = collections.Counter()
    for kind, tokens in corpus.spans:
        if kind != "PER":
            continue
        words = [clean(t) for t in tokens]
        words = [w for w in words if w]
        if not words:
            continue
        if len(words) >= 2 and NAME_WORD.fullmatch(words[0]):
            if NAME_WORD.fullmatch(words[1]) or words[1].islower():
                first[words[0]] += 1
        if NAME_WORD.fullmatch(words[-1]) and (len(words) >= 2 or words[-1]):
            last[words[-1]] += 1

    street_first: collections.Counter[str] = collections.Counter()
    street_last: collections.Counter[str] = collections.Counter()
    for street in streets:
        parts = street.split(" ")
        if len(parts) < 2 or not _STREET_SUFFIX.search(parts[-1]):
            continue
        head = parts[0].rstrip(".")
        stem = _STREET_SUFFIX.sub("", parts[-1])
        if NAME_WORD.fullmatch(head) and head not in _NOT_GIVEN:
            street_first[head] += 1
        if NAME_WORD.fullmatch(stem) and len(stem) >= 3:
            street_last[stem] += 1

    given = set()
    for word in set(first) | set(street_first):
        if word in _NOT_GIVEN or len(word) < 2:
            continue
        seen_as_first = first[word]
        support = seen_as_first + street_first[word]
        lower = word.lower()
        if support < 2:
            continue
        if lower in approved_lower:
            # A common Dutch word ("Laan", "Kasteel", "Koning") needs evidence
            # from annotated person names and must be rare in lower case there.
            if seen_as_first < 2 or corpus.lower[lower] >= seen_as_first * 2:
                continue
        elif word not in proper:
            # Street names alone are weak evidence ("New Yorklaan"): the word
            # must also be a known proper name.
            if seen_as_first < 2 or corpus.lower[lower] >= seen_as_first * 2:
                continue
        given.add(word)

    surnames = set()
    for word in set(last) | set(street_last):
        # Titles are surnames too ("Prins", "Koning"); particles are not.
        if word in _PARTICLE_WORDS or len(word) < 2:
            continue
        support = last[word] + street_last[word]
        if support < 2 and not (support and street_last[word]):
            continue
        if corpus.lower[word.lower()] >= max(last[word], 1) * 3:
            continue
        surnames.add(word)
    return given, surnames, first + street_first


def _places(
    source: Path,
    corpus: Corpus,
    given: set[str],
    approved: list[str],
    unapproved: list[str],
) -> set[str]:
    places: set[str] = set()
    for key in ("bag_woonplaats", "bag_gemeente", "bag_provincie"):
        places.update(line.strip() for line in lines(source / SOURCES[key]))
    for line in lines(source / SOURCES["geonames"]):
        columns = line.split("\t")
        if len(columns) < 15 or columns[6] not in ("P", "A"):
            continue
        name = columns[1]
        for prefix in ("Gemeente ", "Provincie "):
            name = name.removeprefix(prefix)
        places.add(name)
        population = int(columns[14] or 0)
        if columns[6] == "A" or population >= 5000:
            for alternate in columns[3].split(","):
                if _LATIN_NAME.fullmatch(alternate) and len(alternate) >= 3:
                    places.add(alternate.removeprefix("Gemeente "))
    counts: collections.Counter[str] = collections.Counter()
    for kind, tokens in corpus.spans:
        if kind != "LOC":
            continue
        words = [w for w in (clean(t) for t in tokens) if w]
        if not words or not NAME_WORD.fullmatch(words[0]):
            continue
        if all(NAME_WORD.fullmatch(w) or w.islower() for w in words):
            counts[" ".join(words)] += 1
    places.update(name for name, count in counts.items() if count >= 2)
    places.update(word for word in unapproved if _COUNTRY_LIKE.fullmatch(word))
    places.update(_demonym_places(approved, unapproved, given))
    return {p for p in places if p and (p[0].isupper() or p.startswith(_ARCHAIC))}


def _demonym_places(
    approved: list[str], unapproved: list[str], given: set[str]
) -> set[str]:
    proper = {w for w in unapproved if w[:1].isupper()}
    found = set()
    for word in approved:
        if not word[:1].isupper():
            continue
        for suffix, min_stem in _DEMONYM_SUFFIXES:
            if not word.endswith(suffix) or len(word) - len(suffix) < min_stem:
                continue
            stem = word[: -len(suffix)]
            doubled = stem[:-1] if stem[-1] == stem[-2] else stem
            for candidate in (
                stem,
                doubled,
                f"{stem}ë",
                f"{stem}e",
                f"{stem}a",
                f"{stem}o",
                f"{stem}ië",
            ):
                if candidate in proper:
                    found.add(candidate)
    return found


def _org_cues(corpus: Corpus, approved_lower: set[str]) -> set[str]:
    """Common nouns that occur capitalised in organisation names and never in
    person or place names ("Compagnie", "Raad", "Maatschappij")."""
    in_org: collections.Counter[str] = collections.Counter()
    elsewhere: set[str] = set()
    for kind, tokens in corpus.spans:
        for token in tokens:
            word = clean(token)
            if not NAME_WORD.fullmatch(word):
                continue
            if kind == "ORG":
                in_org[word.lower()] += 1
            else:
                elsewhere.add(word.lower())
    return {
        word
        for word, count in in_org.items()
        if count >= 5
        and len(word) >= 4
        and word in approved_lower
        and word not in elsewhere
        and word.capitalize() not in _NOT_GIVEN
    }


# -- output ----------------------------------------------------------------------


def _write(target: Path, name: str, entries: Iterable[str]) -> dict[str, object]:
    lines = sorted(set(entries))
    payload = "".join(f"{line}\n" for line in lines).encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(
        filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9
    ) as handle:
        handle.write(payload)
    path = target / f"{name}.txt.gz"
    path.write_bytes(buffer.getvalue())
    return {
        "file": path.name,
        "entries": len(lines),
        "sha256": hashlib.sha256(buffer.getvalue()).hexdigest(),
    }


def lexicons_build(*, source: Path, target: Path) -> dict[str, object]:
    """Build every lexicon from ``source`` into ``target`` and return the manifest.

    ``source`` is the shared data folder; ``target`` receives the ``*.txt.gz``
    artefacts and ``manifest.json``.
    """
    missing = [rel for rel in SOURCES.values() if not (source / rel).exists()]
    if missing:
        raise FileNotFoundError(f"Missing lexicon sources: {', '.join(missing)}")
    target.mkdir(parents=True, exist_ok=True)

    approved = [w for w in lines(source / SOURCES["opentaal_approved"]) if w]
    approved_lower = {w for w in approved if w[:1].islower()}
    unapproved = [w for w in lines(source / SOURCES["opentaal_unapproved"]) if w]
    streets = _streets(source)
    corpus = corpus_read(
        iob_files=[source / SOURCES[key] for key in _IOB_SOURCES],
        brat_folder=source / SOURCES["unsilence"],
    )
    proper = [w for w in unapproved if w[:1].isupper()]
    given, surnames, given_support = _given_and_surnames(
        corpus, streets, approved_lower, set(proper)
    )
    places = _places(source, corpus, given, approved, unapproved)
    # A word in both lists goes to the one with more evidence: "Israël" is a
    # place, "Karel" (not "Karelië") a given name.
    conflicts = given & places
    given -= {w for w in conflicts if given_support[w] < 5}
    places -= {w for w in conflicts if given_support[w] >= 5}

    artefacts = [
        _write(target, "given_names", given),
        _write(target, "surnames", surnames),
        _write(target, "places", places),
        _write(target, "streets", streets),
        _write(target, "common_words", approved),
        _write(target, "proper_names", proper),
        _write(target, "org_cues", _org_cues(corpus, approved_lower)),
    ]
    manifest: dict[str, object] = {
        "script": "herstel.detection.build.lexicons",
        "script_version": SCRIPT_VERSION,
        "sources": [
            {
                "key": key,
                "path": rel,
                "licence": LICENCES[rel.split("/", 1)[0]],
                "sha256": _sha256(source / rel),
            }
            for key, rel in SOURCES.items()
        ],
        "artefacts": artefacts,
    }
    attribution_write(source, target)
    (target / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return manifest
