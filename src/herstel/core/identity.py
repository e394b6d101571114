# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The organisation's identity on every page and every PDF Herstel issues.

Name, address, logo, colour, font and signatory are configuration
(``HERSTEL_ORGANISATION_*`` and ``HERSTEL_SIGNATORY_*``, see
docs/configuration.md), read in one place so the web pages (through the design
tokens of ``core.branding``), letters, notices, certificates and reports carry
the same identity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

__all__ = [
    "OrganisationIdentity",
    "Palette",
    "contrast",
    "mix",
    "organisation_identity",
    "palette",
]

DEFAULT_COLOUR = "#154273"
_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")
# A CSS font-family list: names, quotes, commas, spaces and hyphens only, so the
# value cannot close the declaration it goes into.
_FONT = re.compile(r"^[\w \-,'\"]{1,200}$")
SYSTEM_FONT = (
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", '
    '"Helvetica Neue", Arial, sans-serif'
)


@dataclass(frozen=True, slots=True)
class OrganisationIdentity:
    name: str
    address: tuple[str, ...]
    logo: Path | None
    """An existing image file, or None."""
    signatory_name: str
    signatory_role: str
    colour: str = DEFAULT_COLOUR
    """The main colour as ``#rrggbb`` (a valid setting, else the default)."""
    font: str = SYSTEM_FONT
    """A CSS font-family list."""


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def _luminance(rgb: tuple[int, int, int]) -> float:
    r, g, b = (_channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: str, other: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours."""
    a, b = sorted((_luminance(_rgb(one)), _luminance(_rgb(other))), reverse=True)
    return (a + 0.05) / (b + 0.05)


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0, min(255, v))):02x}" for v in rgb)


def mix(colour: str, other: str, share: float) -> str:
    """``colour`` with ``share`` of ``other`` mixed in."""
    a, b = _rgb(colour), _rgb(other)
    r, g, b_ = (x + (y - x) * share for x, y in zip(a, b, strict=True))
    return _hex((r, g, b_))


@dataclass(frozen=True, slots=True)
class Palette:
    """Colours derived from the organisation's colour, each meeting WCAG AA
    where it carries text: ``on_primary`` on ``primary`` and ``text`` (links,
    headings) on white and on ``tint`` reach 4.5:1."""

    primary: str
    on_primary: str
    text: str
    dark: str
    tint: str


def palette(colour: str) -> Palette:
    on_primary = (
        "#ffffff"
        if contrast(colour, "#ffffff") >= contrast(colour, "#000000")
        else "#000000"
    )
    text = colour
    tint = mix(colour, "#ffffff", 0.9)
    while contrast(text, tint) < 4.5:
        text = mix(text, "#000000", 0.1)
    return Palette(
        primary=colour,
        on_primary=on_primary,
        text=text,
        dark=mix(text, "#000000", 0.3),
        tint=tint,
    )


def _colour_setting() -> str:
    match = _HEX.match(str(getattr(settings, "HERSTEL_ORGANISATION_COLOUR", "") or ""))
    return f"#{match.group(1).lower()}" if match else DEFAULT_COLOUR


def _font_setting() -> str:
    font = str(getattr(settings, "HERSTEL_ORGANISATION_FONT", "") or "").strip()
    if font and _FONT.match(font):
        return f"{font}, {SYSTEM_FONT}" if "sans-serif" not in font else font
    return SYSTEM_FONT


def organisation_identity() -> OrganisationIdentity:
    logo_setting = str(getattr(settings, "HERSTEL_ORGANISATION_LOGO", "") or "")
    logo = Path(logo_setting) if logo_setting else None
    if logo is not None and not (
        logo.is_file() and logo.suffix.lower() in (".png", ".jpg", ".jpeg")
    ):
        logo = None
    return OrganisationIdentity(
        name=str(
            getattr(settings, "HERSTEL_ORGANISATION_NAME", "")
            or getattr(settings, "SITE_NAME", "Herstel")
        ),
        address=tuple(
            str(line).strip()
            for line in getattr(settings, "HERSTEL_ORGANISATION_ADDRESS", [])
            if str(line).strip()
        ),
        logo=logo,
        signatory_name=str(getattr(settings, "HERSTEL_SIGNATORY_NAME", "")),
        signatory_role=str(getattr(settings, "HERSTEL_SIGNATORY_ROLE", "")),
        colour=_colour_setting(),
        font=_font_setting(),
    )
