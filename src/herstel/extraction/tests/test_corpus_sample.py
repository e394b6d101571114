# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Real-world files (a sample of the corpus in bench/corpus.py) read completely.

Each file comes from Apache Tika's test documents (see corpus_sample/SOURCE.txt);
the expected phrases are the ones Tika's own tests look for.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from herstel.extraction import MediaType
from herstel.extraction import extract_text

SAMPLE = Path(__file__).parent / "corpus_sample"

EXPECTED: dict[str, tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]]] = {
    "testComment.pptx": (
        MediaType.PPTX,
        ("Here is some text", "Here is a comment"),
        (("Comment author", "Michael McCandless"),),
    ),
    "testComment.xlsx": (
        MediaType.XLSX,
        ("Here is some text", "Here is a comment"),
        (),
    ),
    "testEXCEL.strict.xlsx": (
        MediaType.XLSX,
        ("--- Sheet: First Sheet ---", "Test spreadsheet", "cb=sum"),
        (("Author", "Nick Burch"),),
    ),
    "testEXCEL_headers_footers.xlsx": (
        MediaType.XLSX,
        (
            "John Smith82",
            "Header - Corporate Spreadsheet",
            "Footer - For Internal Use Only",
        ),
        (("Author", "Aeham Abushwashi"),),
    ),
    "testAltChunkHTML.docx": (
        MediaType.DOCX,
        ("HTML import", "Simple paragraph with a emphasized word."),
        (),
    ),
    "testAltChunkMHT.docx": (
        MediaType.DOCX,
        ("HTML import", "Simple paragraph with a emphasized word."),
        (),
    ),
    "testFooter.ods": (
        MediaType.ODS,
        ("Here is a footer in the center area",),
        (("Author", "Michael McCandless"),),
    ),
    "testEPUB.epub": (
        MediaType.EPUB,
        ("This is the text for chapter One", "This is the text for chapter Two"),
        (("Author", "Bart Hanssens"),),
    ),
    "testRTFUnicodeGothic.rtf": (MediaType.RTF, ("\U00010332\U0001033f",), ()),
    "testComment.rtf": (
        MediaType.RTF,
        ("Here is some text.",),
        (("Author", "Michael McCandless"),),
    ),
    "simple.mbox": (MediaType.MBOX, ("Test content 1", "Test content 2"), ()),
    "testAnnotations.pdf": (
        MediaType.PDF,
        ("Here is a comment",),
        (("Comment author", "Michael McCandless"),),
    ),
    "testPDF_acroform3.pdf": (MediaType.PDF, ("aTextField: TIKA-1226",), ()),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_world_file_is_read_completely(name: str) -> None:
    media_type, phrases, metadata = EXPECTED[name]
    result = extract_text((SAMPLE / name).read_bytes(), name)
    assert result.media_type == media_type
    for phrase in phrases:
        assert phrase in result.text
    for field in metadata:
        assert field in result.metadata
    assert result.skipped == ()
    assert result.replaced_characters == 0
    result.text.encode("utf-8")


def test_every_sample_file_is_covered() -> None:
    names = {path.name for path in SAMPLE.iterdir() if path.name != "SOURCE.txt"}
    assert names == set(EXPECTED)
