# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Objects embedded in DOCX, XLSX and PPTX are extracted as parts."""

from __future__ import annotations

from herstel.extraction import extract_text

from .samples import DOCX_SENTENCES
from .samples import PDF_SENTENCES
from .samples import make_docx
from .samples import make_pdf
from .samples import make_xlsx
from .samples_more import make_pptx
from .samples_more import ole10_native
from .samples_more import ole_object
from .samples_more import with_members


def test_docx_embeddings_are_parts_read_through_the_dispatcher() -> None:
    """Embedded packages, packaged files and wrapped files are read; bad ones fail."""
    pdf_text = ("Bijlage over mevrouw Zoë Öztürk.", "Tweede pagina.")
    docx = with_members(
        make_docx(),
        {
            "word/embeddings/Microsoft_Excel_Worksheet.xlsx": make_xlsx(),
            "word/embeddings/oleObject1.bin": ole_object(
                _x01Ole10Native=ole10_native("rapport.pdf", make_pdf(pdf_text))
            ),
            "word/embeddings/oleObject2.bin": ole_object(Package=make_docx()),
            "word/embeddings/oleObject3.bin": ole_object(
                _x01Ole10Native=ole10_native("kapot.pdf", make_pdf())[:80]
            ),
            "word/embeddings/oleObject4.bin": ole_object(
                **{"Equation Native": b"\x1c\x00" * 40}
            ),
            "word/embeddings/oleObject5.bin": ole_object(Package=b"")[:600],
        },
    )

    result = extract_text(docx, "verslag.docx", isolate=False, timeout=None)

    assert "--- Embedded: Microsoft_Excel_Worksheet.xlsx ---" in result.text
    assert "Fatima Bouzid" in result.text
    assert pdf_text[0] in result.text
    assert result.text.count(DOCX_SENTENCES[1]) == 2  # the body and oleObject2
    states = {path: code for path, code, _ in result.part_results}
    prefix = "word/embeddings/"
    assert states[f"{prefix}Microsoft_Excel_Worksheet.xlsx"] == "ok"
    assert states[f"{prefix}oleObject1.bin"] == "ok"
    assert states[f"{prefix}oleObject2.bin"] == "ok"
    assert states[f"{prefix}oleObject3.bin"] == "corrupt"
    assert states[f"{prefix}oleObject4.bin"] == "unsupported"
    assert states[f"{prefix}oleObject5.bin"] == "corrupt"


def test_xlsx_and_pptx_embeddings_are_read() -> None:
    """A PDF embedded in a workbook or a presentation gives its text."""
    wrapped = ole_object(CONTENTS=make_pdf())
    xlsx = with_members(make_xlsx(), {"xl/embeddings/oleObject1.bin": wrapped})
    pptx = with_members(make_pptx(), {"ppt/embeddings/doc.pdf": make_pdf()})

    for data, name in ((xlsx, "boek.xlsx"), (pptx, "dia.pptx")):
        result = extract_text(data, name, isolate=False, timeout=None)
        assert PDF_SENTENCES[1] in result.text, name
        assert not result.skipped, name
