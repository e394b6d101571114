# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Tests for the synthetic demo dossier generator (no database needed)."""

from __future__ import annotations

import collections
import re
from functools import cache

import pytest

from herstel.demo.generator import DemoDocument
from herstel.demo.generator import DemoDossier
from herstel.demo.generator import _templates as templates
from herstel.demo.generator import generate_dossiers
from herstel.extraction import detect_media_type
from herstel.extraction import extract_text

SEED = 2026
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EML = "message/rfc822"
TXT = "text/plain"
EXTENSIONS = {PDF: ".pdf", DOCX: ".docx", EML: ".eml", TXT: ".txt"}

EMAIL = re.compile(r"[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BSN = re.compile(r"BSN (\d{9})\b")
IBAN = re.compile(r"\bNL\d{2}[A-Z]{4}\d{10}\b")
PHONE = re.compile(r"\b06-\d{8}\b")

# The 300-document set below is generated and extracted once per process: keep
# this module on one parallel worker so only one worker pays for it.
pytestmark = pytest.mark.xdist_group("demo-generator")


@cache
def full_set() -> tuple[DemoDossier, ...]:
    """The default 300-document set, generated once per test session."""
    return tuple(generate_dossiers(seed=SEED))


@cache
def texts() -> dict[str, str]:
    """Extracted text per document, keyed by dossier slug and file name."""
    return {
        f"{dossier.slug}/{document.filename}": extract_text(
            document.data, document.filename
        ).text
        for dossier in full_set()
        for document in dossier.documents
    }


def documents() -> list[tuple[str, DemoDocument]]:
    return [
        (f"{dossier.slug}/{document.filename}", document)
        for dossier in full_set()
        for document in dossier.documents
    ]


def normalised(text: str) -> str:
    """Collapse whitespace (PDF line breaks) and case for name look-ups."""
    return " ".join(text.split()).casefold()


def eleven_test(number: str) -> bool:
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(w * int(d) for w, d in zip(weights, number, strict=True)) % 11 == 0


def mod97(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(char, 36)) for char in moved)) % 97 == 1


def fingerprint(dossiers: list[DemoDossier]) -> list[tuple[object, ...]]:
    return [
        (
            dossier.slug,
            dossier.persons,
            dossier.organisations,
            tuple(
                (doc.filename, doc.data, doc.media_type, doc.kind, doc.persons)
                for doc in dossier.documents
            ),
        )
        for dossier in dossiers
    ]


@cache
def small_set() -> tuple[DemoDossier, ...]:
    return tuple(generate_dossiers(seed=7, documents=40))


def test_same_seed_gives_identical_bytes() -> None:
    """Two runs with one seed give the same files, byte for byte."""
    again = generate_dossiers(seed=7, documents=40)
    assert fingerprint(list(small_set())) == fingerprint(again)


def test_other_seed_gives_other_documents() -> None:
    """Another seed gives different files."""
    first = small_set()
    other = generate_dossiers(seed=8, documents=40)
    first_data = {doc.data for dossier in first for doc in dossier.documents}
    other_data = {doc.data for dossier in other for doc in dossier.documents}
    assert not first_data & other_data


def test_two_dossiers_share_the_documents() -> None:
    """The documents are split over the two named dossiers."""
    dossiers = full_set()
    assert [dossier.slug for dossier in dossiers] == [
        "salafisme-2016-2019",
        "taskforce-pgobf",
    ]
    assert dossiers[0].title == "Salafisme en aanverwante onderwerpen 2016–2019"
    assert sum(len(dossier.documents) for dossier in dossiers) == 300
    assert all(len(dossier.documents) > 100 for dossier in dossiers)
    for dossier in dossiers:
        assert dossier.description
        assert dossier.organisations
        names = [document.filename for document in dossier.documents]
        assert len(set(names)) == len(names)


@pytest.mark.parametrize("count", [0, 1, 7])
def test_small_counts(count: int) -> None:
    """Any non-negative count is honoured exactly."""
    dossiers = generate_dossiers(seed=1, documents=count)
    assert len(dossiers) == 2
    assert sum(len(dossier.documents) for dossier in dossiers) == count


def test_negative_count_is_refused() -> None:
    """A negative number of documents is a programming error."""
    with pytest.raises(ValueError, match="negative"):
        generate_dossiers(seed=1, documents=-1)


def test_format_mix() -> None:
    """35% PDF, 25% DOCX, 25% EML and 15% TXT, in both dossiers."""
    counts = collections.Counter(doc.media_type for _, doc in documents())
    assert counts == {PDF: 105, DOCX: 75, EML: 75, TXT: 45}
    for dossier in full_set():
        assert {doc.media_type for doc in dossier.documents} == {PDF, DOCX, EML, TXT}


def test_kinds_formats_and_names_fit_together() -> None:
    """Kind, media type, extension, detected type and date prefix agree."""
    kinds = collections.Counter()
    for _, document in documents():
        kinds[document.kind] += 1
        assert document.filename.endswith(EXTENSIONS[document.media_type])
        assert detect_media_type(document.data, document.filename) == (
            document.media_type
        )
        assert (document.kind == "email") == (document.media_type == EML)
        assert re.match(r"^201[6-9]-\d\d-\d\d \S", document.filename)
    assert set(kinds) == {
        "policy_note",
        "research_report",
        "email",
        "meeting_notes",
        "memo",
    }


@pytest.mark.parametrize("media_type", [PDF, DOCX, EML, TXT])
def test_persons_appear_in_extracted_text(media_type: str) -> None:
    """Every person listed for a document is named in full in its text."""
    extracted = texts()
    checked = 0
    for key, document in documents():
        if document.media_type != media_type:
            continue
        text = normalised(extracted[key])
        assert document.persons, key
        for name in document.persons:
            assert name.casefold() in text, (key, name)
        checked += 1
    assert checked >= 45


def test_dossier_persons_are_the_people_mentioned() -> None:
    """A dossier lists exactly the people its documents mention."""
    for dossier in full_set():
        mentioned = {name for doc in dossier.documents for name in doc.persons}
        assert {person.name for person in dossier.persons} == mentioned
        for person in dossier.persons:
            assert person.name == f"{person.given_name} {person.surname}"
            assert person.place and person.role


def test_people_have_varied_backgrounds_and_beliefs() -> None:
    """Religions and surname prefixes cover the intended variety."""
    people = {p.name: p for dossier in full_set() for p in dossier.persons}
    religions = {p.religion for p in people.values()}
    assert {"soennitisch", "salafistisch", "bekeerd", "protestants", None} <= religions
    surnames = " ".join(p.surname for p in people.values())
    for fragment in ("el ", "van ", "de "):
        assert fragment in surnames
    roles = {p.role for p in people.values()}
    assert {"imam", "voorzitter"} <= roles


def test_name_variants_are_used() -> None:
    """Later mentions use initials, honorifics, titles and bare surnames."""
    corpus = "\n".join(texts().values())
    assert re.search(r"\b[A-Z]\.[A-Z]\. (?:van|de|ter) [A-Z]", corpus)
    assert re.search(r"\b(?:dhr\.|de heer) [A-Z]", corpus)
    assert re.search(r"\b(?:mevrouw|mw\.) [A-Z]", corpus)
    assert re.search(r"\b[Ii]mam [A-Z]", corpus)
    assert re.search(r"\bEl [A-Z][a-z]+", corpus)


def test_word_counts() -> None:
    """Documents hold between about 150 and 1500 words."""
    for key, text in texts().items():
        assert 150 <= len(text.split()) <= 1500, key


def test_only_example_email_domains() -> None:
    """E-mail addresses use example.nl or example.org only."""
    domains = collections.Counter()
    for _, document in documents():
        if document.media_type == EML:
            raw = document.data.decode("utf-8", "replace")
            domains.update(match.group(1) for match in EMAIL.finditer(raw))
    for text in texts().values():
        domains.update(match.group(1) for match in EMAIL.finditer(text))
    assert set(domains) == {"example.nl", "example.org"}


def test_bsns_pass_the_eleven_test() -> None:
    """Some documents hold a BSN, and each one is valid."""
    found = {bsn for text in texts().values() for bsn in BSN.findall(text)}
    assert len(found) >= 3
    assert all(eleven_test(bsn) for bsn in found), found


def test_ibans_pass_mod_97() -> None:
    """Some documents hold a Dutch IBAN, and each one is valid."""
    found = {iban for text in texts().values() for iban in IBAN.findall(text)}
    assert len(found) >= 3
    assert all(mod97(iban) for iban in found), found


def test_phone_numbers_are_synthetic() -> None:
    """Mobile numbers all carry the obviously synthetic 06-1234 prefix."""
    found = {phone for text in texts().values() for phone in PHONE.findall(text)}
    assert found
    assert all(phone.startswith("06-1234") for phone in found)


def test_markings_and_attachments() -> None:
    """PDFs carry a classification; some e-mails carry extractable attachments."""
    extracted = texts()
    with_attachments = 0
    for key, document in documents():
        if document.media_type == PDF:
            assert re.search(r"vertrouwelijk|intern", extracted[key], re.I), key
        if document.media_type == EML:
            result = extract_text(document.data, document.filename)
            assert result.skipped == ()
            with_attachments += bool(result.parts)
            for part in result.parts:
                assert part.endswith((".pdf", ".docx", ".txt"))
    assert 10 <= with_attachments <= 40


def test_template_variety() -> None:
    """The text comes from a large bank of distinct templates."""
    bank = templates()
    assert len(bank) >= 60
    assert len({template.text for template in bank}) == len(bank)
