# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reproducible rendering of composed documents as PDF, DOCX and plain text."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from xml.sax.saxutils import escape as xml_escape

import docx
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether
from reportlab.platypus import Paragraph
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus import Spacer
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from .compose import _Doc
from .formats import DOCX
from .formats import PDF
from .formats import TXT


def _pdf_styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14)
    return {
        "marking": ParagraphStyle(
            "marking",
            parent=body,
            fontName="Helvetica-Bold",
            textColor=colors.darkred,
            spaceAfter=6,
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName="Helvetica-Bold",
            fontSize=12,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName="Helvetica-BoldOblique", spaceBefore=6
        ),
        "p": ParagraphStyle("p", parent=body, spaceAfter=6),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14, spaceAfter=3),
        "meta": ParagraphStyle("meta", parent=body, fontSize=9, leading=12),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11),
    }


_PDF_STYLES = _pdf_styles()


def _pdf_timestamp(day: dt.date) -> str:
    offset = "+02'00'" if 4 <= day.month <= 10 else "+01'00'"
    return f"D:{day:%Y%m%d}090000{offset}"


def _render_pdf(doc: _Doc) -> bytes:
    """A PDF with a real text layer and a classification on every page."""
    buffer = io.BytesIO()
    stamp = _pdf_timestamp(doc.date)
    styles = _PDF_STYLES

    def decorate(canvas: Canvas, _template: object) -> None:
        canvas.setDateFormatter(lambda *_: stamp)
        canvas.saveState()
        canvas.setFont("Helvetica-Bold", 8)
        canvas.setFillColor(colors.darkred)
        canvas.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, doc.marking.upper())
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 12 * mm, f"Pagina {canvas.getPageNumber()}")
        canvas.restoreState()

    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=doc.title,
        author=doc.author,
        creator="Herstel demo",
        invariant=1,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
    )
    story: list[object] = [
        Paragraph(xml_escape(doc.marking), styles["marking"]),
        Paragraph(xml_escape(doc.title), styles["title"]),
        Spacer(1, 6 * mm),
    ]
    for block in doc.blocks:
        if block.style == "meta":
            text = f"<b>{xml_escape(block.label)}:</b> {xml_escape(block.text)}"
            story.append(Paragraph(text, styles["meta"]))
        elif block.style == "bullet":
            bullet = Paragraph(xml_escape(block.text), styles["bullet"], bulletText="–")
            story.append(KeepTogether([bullet]))
        elif block.style == "table":
            rows = [
                [Paragraph(xml_escape(cell), styles["cell"]) for cell in row]
                for row in block.rows
            ]
            table = Table(rows, repeatRows=1)
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [Spacer(1, 2 * mm), table, Spacer(1, 4 * mm)]
        else:
            # A paragraph is not split over two pages: the running header
            # would otherwise come between two halves of a name in the
            # extracted text ("Meryem el / VERTROUWELIJK Pagina 2 / Khattabi").
            paragraph = Paragraph(xml_escape(block.text), styles[block.style])
            story.append(KeepTogether([paragraph]))
    template.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def _docx_datetime(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 9, 0, tzinfo=dt.UTC)


def _render_docx(doc: _Doc) -> bytes:
    """A DOCX whose bytes depend on the content only."""
    document = docx.Document()
    core = document.core_properties
    core.author = doc.author
    core.title = doc.title
    core.comments = ""
    core.last_modified_by = doc.author
    core.revision = 1
    core.created = core.modified = _docx_datetime(doc.date)
    document.sections[0].header.paragraphs[0].text = doc.marking
    marking = document.add_paragraph()
    marking.add_run(doc.marking.upper()).bold = True
    document.add_heading(doc.title, level=0)
    for block in doc.blocks:
        if block.style == "meta":
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{block.label}: ").bold = True
            paragraph.add_run(block.text)
            paragraph.paragraph_format.space_after = Pt(0)
        elif block.style in ("h1", "h2"):
            document.add_heading(block.text, level=1 if block.style == "h1" else 2)
        elif block.style == "bullet":
            document.add_paragraph(block.text, style="List Bullet")
        elif block.style == "table":
            table = document.add_table(
                rows=len(block.rows), cols=len(block.rows[0]), style="Table Grid"
            )
            for row, values in zip(table.rows, block.rows, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
            for cell in table.rows[0].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        else:
            document.add_paragraph(block.text)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue(), doc.date)


def _fixed_zip(data: bytes, day: dt.date) -> bytes:
    """Rewrite a zip file with fixed entry timestamps and attributes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(
                entry.filename, (day.year, day.month, day.day, 9, 0, 0)
            )
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            target.writestr(info, source.read(entry.filename))
    return buffer.getvalue()


def _render_txt(doc: _Doc) -> bytes:
    """Plain UTF-8 text, as saved from a note-taking tool."""
    lines = [doc.marking.upper(), "", doc.title, "=" * len(doc.title), ""]
    previous = ""
    for block in doc.blocks:
        if block.style == "meta":
            lines.append(f"{block.label}: {block.text}")
        else:
            if previous == "meta":
                lines.append("")
            if block.style in ("h1", "h2"):
                underline = "-" if block.style == "h1" else "."
                lines += [block.text, underline * len(block.text)]
            elif block.style == "bullet":
                lines.append(f"- {block.text}")
            elif block.style == "table":
                lines += [" | ".join(row) for row in block.rows]
                lines.append("")
            else:
                lines += [block.text, ""]
        previous = block.style
    text = ("\r\n" if doc.crlf else "\n").join(lines).rstrip() + (
        "\r\n" if doc.crlf else "\n"
    )
    return text.encode("utf-8")


_RENDERERS: dict[str, Callable[[_Doc], bytes]] = {
    PDF: _render_pdf,
    DOCX: _render_docx,
    TXT: _render_txt,
}
