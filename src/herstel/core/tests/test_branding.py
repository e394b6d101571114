# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The organisation's identity on every page (issue 16): colour, font and
logo as design tokens, the favicon, the language links and the header."""

from __future__ import annotations

import re

from django.test import Client

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.core.identity import contrast
from herstel.core.identity import organisation_identity
from herstel.core.identity import palette

pytestmark = pytest.mark.django_db

# A 1x1 PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf000000030101001825dd"
    "560000000049454e44ae426082"
)


@pytest.mark.parametrize(
    "colour", ["#154273", "#ffd700", "#e17000", "#007bc7", "#000000", "#ffffff"]
)
def test_palette_meets_aa_for_any_colour(colour):
    colours = palette(colour)
    # Black or white, whichever contrasts more, always reaches 4.5:1.
    assert contrast(colours.primary, colours.on_primary) >= 4.5
    assert contrast(colours.text, "#ffffff") >= 4.5
    assert contrast(colours.text, colours.tint) >= 4.5
    assert contrast("#ffffff", colours.text) >= 4.5  # white on buttons


def test_settings_reach_the_identity(settings):
    settings.HERSTEL_ORGANISATION_NAME = "Gemeente Voorbeeld"
    settings.HERSTEL_ORGANISATION_COLOUR = "#E17000"
    settings.HERSTEL_ORGANISATION_FONT = '"Fira Sans", Arial, sans-serif'
    identity = organisation_identity()
    assert identity.colour == "#e17000"
    assert identity.font == '"Fira Sans", Arial, sans-serif'


@pytest.mark.parametrize(
    "font", ["x; } body { display: none", "a</style>", "url(http://evil)"]
)
def test_a_font_setting_cannot_break_out_of_the_stylesheet(settings, font):
    settings.HERSTEL_ORGANISATION_FONT = font
    settings.HERSTEL_ORGANISATION_COLOUR = "red; }"
    identity = organisation_identity()
    assert identity.font.startswith("system-ui")
    assert identity.colour == "#154273"


def test_theme_stylesheet_carries_the_tokens(settings):
    settings.HERSTEL_ORGANISATION_COLOUR = "#007bc7"
    settings.HERSTEL_ORGANISATION_FONT = "Verdana, sans-serif"
    response = Client().get("/brand/theme.css")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    css = response.content.decode()
    assert "--herstel-brand-background-color: #007bc7;" in css
    assert "--utrecht-document-font-family: Verdana, sans-serif;" in css
    assert "--voorbeeld-kleuren-violet-500:" in css


def test_public_pages_show_the_organisation_and_its_look(settings, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    settings.HERSTEL_ORGANISATION_NAME = "Gemeente Voorbeeld"
    settings.HERSTEL_ORGANISATION_LOGO = str(logo)
    page = Client().get("/accounts/login/").content.decode()
    assert "Gemeente Voorbeeld" in page
    assert 'class="site-header__logo" src="/brand/logo?v=' in page
    assert "/brand/theme.css?v=" in page
    assert "utrecht-component-library-css/index.css" in page
    assert 'rel="icon" href="/brand/favicon.svg' in page
    assert b"".join(Client().get("/brand/logo").streaming_content) == PNG
    favicon = Client().get("/favicon.ico")
    assert favicon["Content-Type"] == "image/svg+xml"
    assert b">G</text>" in favicon.content


def test_no_logo_configured_is_a_404(settings):
    settings.HERSTEL_ORGANISATION_LOGO = ""
    assert Client().get("/brand/logo").status_code == 404


def test_language_switch_is_a_plain_link():
    client = Client()
    page = client.get("/accounts/login/").content.decode()
    assert 'hreflang="en"' in page
    assert 'name="language"' not in page  # no select-and-button form
    link = re.search(r'href="(/taal/en/\?next=[^"]+)"', page).group(1)
    response = client.get(link.replace("&amp;", "&"))
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/"
    assert client.cookies["django_language"].value == "en"
    assert 'lang="en"' in client.get("/accounts/login/").content.decode()


def test_language_switch_refuses_other_sites_and_languages():
    response = Client().get("/taal/en/?next=https://evil.example/")
    assert response["Location"] == "/"
    assert Client().get("/taal/xx/").status_code == 404


def test_header_puts_less_used_sections_in_a_menu():
    client = Client()
    login_verified(
        client, UserFactory(roles=[Role.ADMINISTRATOR, Role.PRIVACY_OFFICER])
    )
    page = client.get("/").content.decode()
    nav = page.split('class="site-nav"', 1)[1].split("</nav>", 1)[0]
    main = nav.split("<details", 1)[0]
    assert main.count('class="site-nav__link"') <= 6
    assert "<summary" in nav
    assert "/admin/" in nav.split("<details", 1)[1]


def test_admin_is_themed_and_has_no_multi_select():
    client = Client()
    login_verified(client, UserFactory(roles=[Role.ADMINISTRATOR]))
    page = client.get("/admin/inquiries/campaign/add/").content.decode()
    assert "herstel/admin.css" in page
    assert "/brand/theme.css" in page
    assert "<select" not in page.split('name="dossiers"', 1)[0][-200:]
    assert "multiple" not in re.findall(r"<select[^>]*>", page).__str__()
    assert "Hold down" not in page and "Houd" not in page
    assert 'name="title_en"' in page
