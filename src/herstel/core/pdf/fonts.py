# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The fonts every PDF Herstel issues is set in, embedded (issue 16).

ReportLab's standard fonts (Helvetica, Courier) are not embedded: a reader
substitutes a font of its own, PDF/UA forbids it, and they cannot draw a name
such as "Şahin" or "Łukasz" (WinAnsi has no ş or ł). Every PDF is therefore set
in one TrueType family, embedded as a subset with its Unicode map:

- by default Source Sans Pro (SIL Open Font License 1.1, shipped by the
  ``font-source-sans-pro`` package): Latin including Turkish, Polish and
  Czech letters, Greek and Cyrillic;
- or the organisation's own font, ``HERSTEL_ORGANISATION_PDF_FONTS``: the
  paths of four TrueType files, regular, bold, italic and bold italic (e.g.
  the house font the organisation holds a licence for). A file that is
  missing or not a TrueType font is reported once in the log (its path
  only) and the default is used, so a wrong setting never stops a letter.

The family is registered under fixed names (:data:`SANS` …), so styles and
table styles can name it before it is registered; :func:`pdf_fonts` registers
it (again when the setting changes) and every builder calls it first.
"""

from __future__ import annotations

import importlib.util
import threading
from functools import cache
from pathlib import Path

from django.conf import settings

import structlog
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError
from reportlab.pdfbase.ttfonts import TTFont

__all__ = [
    "SANS",
    "SANS_BOLD",
    "SANS_BOLD_ITALIC",
    "SANS_ITALIC",
    "font_for",
    "pdf_fonts",
]

logger = structlog.get_logger("herstel.pdf")

SANS = "HerstelSans"
SANS_BOLD = "HerstelSans-Bold"
SANS_ITALIC = "HerstelSans-Italic"
SANS_BOLD_ITALIC = "HerstelSans-BoldItalic"
_NAMES = (SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC)
_DEFAULT_FILES = (
    "SourceSansPro-Regular.ttf",
    "SourceSansPro-Bold.ttf",
    "SourceSansPro-It.ttf",
    "SourceSansPro-BoldIt.ttf",
)

_lock = threading.Lock()
_current: tuple[tuple[str, ...], tuple[Path, ...]] | None = None
"""The setting the family was last registered for, and the files in use."""


@cache
def _default_files() -> tuple[Path, ...]:
    spec = importlib.util.find_spec("font_source_sans_pro")
    if spec is None or spec.origin is None:  # pragma: no cover - a dependency
        raise RuntimeError("The font-source-sans-pro package is not installed.")
    folder = Path(spec.origin).parent / "files"
    return tuple(folder / name for name in _DEFAULT_FILES)


def _setting() -> tuple[str, ...]:
    """``HERSTEL_ORGANISATION_PDF_FONTS`` as a tuple of paths (a list, or a
    comma-separated string)."""
    value = getattr(settings, "HERSTEL_ORGANISATION_PDF_FONTS", None) or ()
    if isinstance(value, str):
        value = value.split(",")
    return tuple(str(part).strip() for part in value if str(part).strip())


def _register(paths: tuple[Path, ...]) -> None:
    fonts = [TTFont(name, str(path)) for name, path in zip(_NAMES, paths, strict=True)]
    for font in fonts:
        # ReportLab keeps the first TrueType font registered under a name;
        # another setting (a test's, or a changed configuration) replaces it.
        pdfmetrics._fonts.pop(font.fontName, None)
        pdfmetrics.registerFont(font)
    # <b> and <i> in paragraph markup find the family's faces through this.
    pdfmetrics.registerFontFamily(
        SANS,
        normal=SANS,
        bold=SANS_BOLD,
        italic=SANS_ITALIC,
        boldItalic=SANS_BOLD_ITALIC,
    )


def _registered_files(setting: tuple[str, ...]) -> tuple[Path, ...]:
    """Register the organisation's files, or the default when the setting is
    empty, not four paths, or a file cannot be read (logged by path only: the
    setting is configuration, never personal data)."""
    if setting and len(setting) != 4:
        logger.warning("pdf_fonts_setting_invalid", reason="four paths expected")
    elif setting:
        paths = tuple(Path(part) for part in setting)
        try:
            _register(paths)
        except (OSError, TTFError):
            logger.warning("pdf_fonts_unreadable", files=list(setting))
        else:
            return paths
    _register(_default_files())
    return _default_files()


def pdf_fonts() -> tuple[Path, ...]:
    """Register Herstel's PDF font family (the organisation's or the default)
    under :data:`SANS` and its faces, once per setting (a refused setting is
    not tried again); returns the files in use."""
    global _current
    setting = _setting()
    current = _current
    if current is not None and current[0] == setting:
        return current[1]
    with _lock:
        if _current is None or _current[0] != setting:
            _current = (setting, _registered_files(setting))
        return _current[1]


def font_for(name: str) -> str:
    """The embedded face that stands in for one of ReportLab's standard
    fonts (``Helvetica-Bold`` → :data:`SANS_BOLD`, ``Courier`` → :data:`SANS`)."""
    if name in _NAMES:
        return name
    bold = "Bold" in name
    italic = "Oblique" in name or "Italic" in name
    return {
        (False, False): SANS,
        (True, False): SANS_BOLD,
        (False, True): SANS_ITALIC,
        (True, True): SANS_BOLD_ITALIC,
    }[(bold, italic)]
