# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The answer letter as PDF: configured organisation identity, date, reference,
signatory and "page x of y"."""

from __future__ import annotations

import datetime
import io

from pypdf import PdfReader

from herstel.inquiries.letter import answer_letter_pdf


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_letter_has_the_configured_identity_and_page_numbers(settings, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), "navy").save(logo)
    settings.HERSTEL_ORGANISATION_NAME = "Ministerie van Voorbeeldzaken"
    settings.HERSTEL_ORGANISATION_ADDRESS = ["Postbus 1", "2500 AA Den Haag"]
    settings.HERSTEL_ORGANISATION_LOGO = str(logo)
    settings.HERSTEL_SIGNATORY_NAME = "A. de Boer"
    settings.HERSTEL_SIGNATORY_ROLE = "Functionaris gegevensbescherming"
    body = "\n\n".join(f"Alinea {n} van de brief." for n in range(120))
    pdf = answer_letter_pdf(
        title="AV-2026-000001",
        text=body,
        reference="AV-2026-000001",
        on=datetime.date(2026, 3, 2),
        language="nl",
    )
    text = _text(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    assert pages >= 2
    for item in (
        "Ministerie van Voorbeeldzaken",
        "Postbus 1",
        "2500 AA Den Haag",
        "A. de Boer",
        "Functionaris gegevensbescherming",
        "AV-2026-000001",
        "2 maart 2026",
        f"Pagina 1 van {pages}",
        f"Pagina {pages} van {pages}",
    ):
        assert item in text, item
    assert any("/XObject" in (p.get("/Resources") or {}) for p in reader.pages)
    # Tagged: the logo is a figure named after the organisation (issue 16).
    root = reader.trailer["/Root"]
    first = root["/StructTreeRoot"]["/K"]["/K"][0].get_object()  # type: ignore[index]
    assert first["/S"] == "/Figure"
    assert first["/Alt"] == "Logo van Ministerie van Voorbeeldzaken"


def test_letter_without_configuration_uses_the_site_name(settings):
    settings.HERSTEL_ORGANISATION_NAME = ""
    settings.SITE_NAME = "Gemeente Voorbeeld"
    pdf = answer_letter_pdf(
        title="t", text="Tekst.", reference="AV-1", on=datetime.date(2026, 1, 5)
    )
    assert "Gemeente Voorbeeld" in _text(pdf)
    assert "Pagina 1 van 1" in _text(pdf)
