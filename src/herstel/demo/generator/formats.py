# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""File formats (media types), their shares and the document kinds per format."""

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EML = "message/rfc822"
TXT = "text/plain"

FORMAT_SHARES = ((PDF, 0.35), (DOCX, 0.25), (EML, 0.25), (TXT, 0.15))
"""Share of each file format in the generated documents."""

_EXTENSIONS = {PDF: "pdf", DOCX: "docx", EML: "eml", TXT: "txt"}

_KINDS_BY_FORMAT: dict[str, tuple[tuple[str, int], ...]] = {
    PDF: (
        ("research_report", 40),
        ("policy_note", 30),
        ("meeting_notes", 15),
        ("memo", 15),
    ),
    DOCX: (
        ("policy_note", 30),
        ("meeting_notes", 30),
        ("research_report", 20),
        ("memo", 20),
    ),
    TXT: (("memo", 55), ("meeting_notes", 45)),
    EML: (("email", 1),),
}
