# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The one LibreOffice runner: office files to PDF (for the layout-kept
redaction) and a legacy .doc read through it. Skipped with the reason where
LibreOffice is not installed."""

from __future__ import annotations

import io
import subprocess

import pytest

from herstel.extraction import extract_text
from herstel.extraction.office_convert import libreoffice
from herstel.extraction.office_convert import libreoffice_convert

from .external import needs_libreoffice


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@needs_libreoffice
def test_a_docx_becomes_a_pdf_and_a_doc_is_read_through_the_runner():
    pdf = libreoffice_convert(
        _docx("Verslag van het overleg"), source_ext="docx", target_ext="pdf"
    )
    assert pdf is not None and pdf.startswith(b"%PDF")
    assert "Verslag van het overleg" in extract_text(pdf, "x.pdf", isolate=False).text
    legacy = libreoffice_convert(
        _docx("Notitie over de jongerenavond"), source_ext="docx", target_ext="doc"
    )
    assert legacy is not None
    text = extract_text(legacy, "notitie.doc", isolate=False).text
    assert "jongerenavond" in text


def test_without_libreoffice_nothing_runs(monkeypatch):
    monkeypatch.setenv("HERSTEL_SOFFICE", "/nonexistent/soffice")
    assert libreoffice() is None
    assert libreoffice_convert(b"x", source_ext="docx", target_ext="pdf") is None


@needs_libreoffice
def test_a_conversion_over_its_time_limit_raises(monkeypatch):
    def slow(*args, **kwargs):
        raise subprocess.TimeoutExpired(cmd="soffice", timeout=kwargs["timeout"])

    monkeypatch.setattr(subprocess, "run", slow)
    with pytest.raises(subprocess.TimeoutExpired):
        libreoffice_convert(b"x", source_ext="docx", target_ext="pdf", timeout=0.1)
