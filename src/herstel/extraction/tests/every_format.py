# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""One small file of every format the extractor reads, built by name.

The corpus the fuzz test mutates: a test that runs over all formats takes it
from here, so a new format is added once. All names and numbers are invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import samples
from . import samples_more

EVERY_FORMAT: dict[str, Callable[[], bytes]] = {
    "pdf": samples.make_pdf,
    "docx": samples.make_docx,
    "rich-docx": samples.make_rich_docx,
    "odt": samples.make_odt,
    "xlsx": samples.make_xlsx,
    "msg": samples.make_msg,
    "eml": lambda: samples.make_email(
        attachments=(
            ("a.zip", samples.make_zip({"b.txt": b"Tekst."}), "application", "zip"),
        )
    ),
    "zip": lambda: samples.make_zip(
        {"a.txt": b"Tekst.", "b.zip": samples.make_zip({"c.txt": b"C"})}
    ),
    "html": lambda: (
        b"<html><body><p>Hallo <b>wereld</b></p><table><tr><td>1</td>"
        b"</tr></table></body></html>"
    ),
    "png": lambda: samples.image_bytes(
        samples.make_scan_image(("Fuzz",)).resize((320, 100))
    ),
    "pptx": samples_more.make_pptx,
    "ods": samples_more.make_ods,
    "odp": samples_more.make_odp,
    "epub": samples_more.make_epub,
    "rtf": samples_more.make_rtf,
    "mbox": samples_more.make_mbox,
    "xlsx-extras": samples_more.make_xlsx_extras,
    "strict-xlsx": lambda: samples_more.to_strict(samples_more.make_xlsx_extras()),
    "altchunk-docx": samples_more.make_altchunk_docx,
    "annotated-pdf": samples_more.make_annotated_pdf,
    "pst": lambda: (Path(__file__).parent / "pst_sample" / "msgInMsg.pst").read_bytes(),
    "embedded-docx": samples_more.make_embedded_docx,
}
