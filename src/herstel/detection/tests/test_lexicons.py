# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The shipped lexicons: manifest, size, provenance and reproducible build."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from herstel.detection.build import SCRIPT_VERSION
from herstel.detection.build import lexicons_build
from herstel.detection.lexicons import DATA_DIR
from herstel.detection.lexicons import lexicons_load
from herstel.detection.lexicons import manifest


def test_manifest_describes_the_shipped_files() -> None:
    """Every artefact has the checksum and entry count the manifest records."""
    data = manifest()
    assert data["script_version"] == SCRIPT_VERSION
    artefacts = data["artefacts"]
    assert isinstance(artefacts, list) and artefacts
    for artefact in artefacts:
        path = DATA_DIR / artefact["file"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == artefact["sha256"]
    lexicons = lexicons_load()
    counts = {a["file"]: a["entries"] for a in artefacts}
    # The given names and surnames are joined with the world lists (Faker).
    world = json.loads((DATA_DIR / "names_manifest.json").read_text(encoding="utf-8"))
    world_counts = {a["file"]: a["entries"] for a in world["artefacts"]}
    for artefact in world["artefacts"]:
        path = DATA_DIR / artefact["file"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == artefact["sha256"]
    assert world["licence"] == "MIT"
    given = counts["given_names.txt.gz"] + world_counts["world_given_names.txt.gz"]
    assert max(counts["given_names.txt.gz"], 10_000) < len(lexicons.given_names)
    assert len(lexicons.given_names) <= given
    assert counts["places.txt.gz"] == len(lexicons.places)


def test_function_words_are_never_given_names() -> None:
    """ "The", "De" and "Het" are in some name list, but never a given name."""
    from herstel.detection.names import analyser
    from herstel.detection.names.words import GIVEN

    classify = analyser().flags
    for word in ("The", "De", "Het", "For", "With"):
        assert not classify(word) & GIVEN, word
    for word in ("Frank", "Mark", "Ahmed", "Mohammed", "Fatima", "Yusuf", "An"):
        assert classify(word) & GIVEN, word


def test_sources_are_training_data_only() -> None:
    """The evaluation set is never a lexicon source; every source has a licence."""
    sources = manifest()["sources"]
    assert isinstance(sources, list)
    for source in sources:
        assert "conll2002" not in source["path"]
        assert source["licence"] and len(source["sha256"]) == 64


def test_artefacts_are_small() -> None:
    """The lexicons stay a few MB, so the package stays installable anywhere."""
    total = sum(p.stat().st_size for p in DATA_DIR.glob("*.txt.gz"))
    assert total < 3 * 1024 * 1024


def test_build_reproduces_the_shipped_lexicons(
    shared_data: Path, tmp_path: Path
) -> None:
    """Running the build script on the staged data gives identical files."""
    built = lexicons_build(source=shared_data, target=tmp_path)
    shipped = json.loads((DATA_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert built["artefacts"] == shipped["artefacts"]
    assert built["sources"] == shipped["sources"]


def test_prebuilt_structures_are_current() -> None:
    """The start-up structures hold exactly the lexicons of the shipped files
    (rebuild with ``make lexicons`` after changing a list)."""
    from herstel.detection import lexicons as module

    for name in ("lexicons", "streets"):
        assert module._compact_read(name) is not None, f"{name}.bin is out of date"
    entries = module._entries()
    compact = module._compact_read("lexicons")
    assert compact is not None
    assert set(compact) == set(entries)
    for key, words in entries.items():
        loaded = compact[key]
        if isinstance(loaded, module.HashedWords):
            assert len(loaded) == len(set(words)), key
            assert all(word in loaded for word in words), key
        else:
            assert set(loaded) == set(words), key


def test_hashed_words_are_a_set() -> None:
    """Members are found, others not, and the bytes round-trip."""
    from herstel.detection.lexicons import HashedWords

    words = HashedWords.of(["jansen", "huis", "straat", "huis"])
    assert len(words) == 3
    assert "huis" in words and "jansen" in words
    assert "Huis" not in words and "" not in words and 3 not in words
    again = HashedWords.from_bytes(words.to_bytes())
    assert "straat" in again and "weg" not in again


def test_hashed_words_bucket_index_finds_every_word() -> None:
    """The prebuilt bucket index gives the same answers as one computed on
    load, for members and non-members, by word and by hash."""
    import random

    from herstel.detection.lexicons import HashedWords
    from herstel.detection.lexicons import word_hash

    rng = random.Random(7)
    words = {f"w{rng.randrange(10**9)}" for _ in range(5000)}
    built = HashedWords.of(words)
    loaded = HashedWords.from_bytes(built.to_bytes(), built.index_bytes())
    rebuilt = HashedWords.from_bytes(built.to_bytes())  # index computed
    others = [f"x{rng.randrange(10**9)}" for _ in range(2000)]
    for hashed in (built, loaded, rebuilt):
        assert len(hashed) == len(words)
        assert all(w in hashed and hashed.has_hash(word_hash(w)) for w in words)
        assert not any(w in hashed or hashed.has_hash(word_hash(w)) for w in others)
    empty = HashedWords.of([])
    assert "x" not in empty and not empty.has_hash(word_hash("x"))


def test_fingerprint_follows_the_content_of_the_inputs(tmp_path, monkeypatch) -> None:
    """The fingerprint (gzip trailers, CRC-32 of the vocabularies) changes
    when an input's words change, so a stale lexicons.bin is never used."""
    import gzip
    import shutil

    from herstel.detection import lexicons as module

    shutil.copytree(DATA_DIR, tmp_path / "data")
    monkeypatch.setattr(module, "DATA_DIR", tmp_path / "data")
    module._fingerprint.cache_clear()
    before = module._fingerprint()
    assert before == module._fingerprint.__wrapped__()
    given = tmp_path / "data" / "given_names.txt.gz"
    words = gzip.decompress(given.read_bytes())
    given.write_bytes(gzip.compress(words.replace(b"\n", b"\nZ", 1), mtime=0))
    changed = module._fingerprint.__wrapped__()
    vocabulary = tmp_path / "data" / "vocabulary" / "org_cues.txt"
    vocabulary.write_text(vocabulary.read_text() + "extra\n")
    assert len({before, changed, module._fingerprint.__wrapped__()}) == 3
    module._fingerprint.cache_clear()
