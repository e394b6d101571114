# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The organisation's identity on every web page: design tokens, logo, favicon.

The NL Design System components (vendored Utrecht component CSS) take their
colours and fonts from design tokens (the vendored "voorbeeld" theme). This
module serves one small stylesheet that sets those tokens from the
configured identity (``core.identity``), so staff pages, public pages and the
admin site all follow the organisation's colour and font. It is a stylesheet
from our own origin, not an inline style, so the content security policy stays
``style-src 'self'``.
"""

from __future__ import annotations

import hashlib
import mimetypes
from functools import lru_cache

from django.http import FileResponse
from django.http import Http404
from django.http import HttpRequest
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from herstel.core.identity import OrganisationIdentity
from herstel.core.identity import Palette
from herstel.core.identity import mix
from herstel.core.identity import organisation_identity
from herstel.core.identity import palette

__all__ = ["brand_context", "theme_css", "urlpatterns"]

# The voorbeeld theme's accent scale ("violet") and link scale ("blauw"), from
# light to dark, and how much white (+) or black (-) each step mixes into the
# organisation's text colour.
_SCALE = {50: 0.95, 100: 0.9, 200: 0.8, 300: 0.6, 400: 0.25, 500: 0.0}


def _scale_tokens(colours: Palette) -> list[str]:
    lines = []
    for family in ("violet", "blauw"):
        for step, share in _SCALE.items():
            lines.append(
                f"--voorbeeld-kleuren-{family}-{step}: "
                f"{mix(colours.text, '#ffffff', share)};"
            )
        lines.append(f"--voorbeeld-kleuren-{family}-600: {colours.dark};")
        lines.append(
            f"--voorbeeld-kleuren-{family}-700: {mix(colours.dark, '#000000', 0.3)};"
        )
    return lines


def theme_css(identity: OrganisationIdentity) -> str:
    colours = palette(identity.colour)
    tokens = [
        *_scale_tokens(colours),
        f"--herstel-brand-background-color: {colours.primary};",
        f"--herstel-brand-color: {colours.on_primary};",
        f"--color-primary: {colours.text};",
        f"--color-primary-dark: {colours.dark};",
        f"--color-tint: {colours.tint};",
        f"--basis-text-font-family-default: {identity.font};",
        f"--basis-heading-font-family: {identity.font};",
        f"--utrecht-document-font-family: {identity.font};",
    ]
    body = "\n  ".join(tokens)
    return (
        "/* SPDX-License-Identifier: EUPL-1.2 */\n"
        "/* The organisation's design tokens (HERSTEL_ORGANISATION_*). */\n"
        f":root, .voorbeeld-theme.herstel-theme {{\n  {body}\n}}\n"
    )


@lru_cache(maxsize=4)
def _version(identity: OrganisationIdentity) -> str:
    logo = b""
    if identity.logo is not None:
        stat = identity.logo.stat()
        logo = f"{identity.logo}:{stat.st_size}:{stat.st_mtime_ns}".encode()
    digest = hashlib.sha256(
        f"{identity.colour}|{identity.font}|{identity.name}".encode() + logo
    )
    return digest.hexdigest()[:12]


def brand_context() -> dict[str, object]:
    identity = organisation_identity()
    return {
        "brand": identity,
        "brand_version": _version(identity),
    }


@require_GET
@cache_control(public=True, max_age=3600)
def theme_view(request: HttpRequest) -> HttpResponse:
    return HttpResponse(
        theme_css(organisation_identity()), content_type="text/css; charset=utf-8"
    )


@require_GET
@cache_control(public=True, max_age=3600)
def logo_view(request: HttpRequest) -> FileResponse:
    logo = organisation_identity().logo
    if logo is None:
        raise Http404
    content_type = mimetypes.guess_type(logo.name)[0] or "application/octet-stream"
    return FileResponse(logo.open("rb"), content_type=content_type)


@require_GET
@cache_control(public=True, max_age=86400)
def favicon_view(request: HttpRequest) -> HttpResponse:
    """A square in the organisation's colour with the first letter of its name."""
    identity = organisation_identity()
    colours = palette(identity.colour)
    letter = next((c for c in identity.name if c.isalnum()), "H").upper()
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
        f'<rect width="32" height="32" rx="6" fill="{colours.primary}"/>'
        f'<text x="16" y="23" font-family="Arial, sans-serif" font-size="20" '
        f'font-weight="700" text-anchor="middle" fill="{colours.on_primary}">'
        f"{letter}</text></svg>"
    )
    return HttpResponse(svg, content_type="image/svg+xml")


urlpatterns = [
    path("brand/theme.css", theme_view, name="brand_theme"),
    path("brand/logo", logo_view, name="brand_logo"),
    path("brand/favicon.svg", favicon_view, name="brand_favicon"),
    path("favicon.ico", favicon_view, name="favicon"),
]
