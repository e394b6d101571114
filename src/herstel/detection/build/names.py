# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Build the lexicon of modern and migrant person names from Faker's lists.

The person providers of the Faker package (MIT licence, Daniele Faraglia and
contributors) list given names and surnames per locale, including the Dutch,
Belgian, Turkish, Algerian, Indonesian and Surinamese-relevant ones that the
annotated historical corpora lack ("Frank", "Mark", "Yılmaz", "Abdelkader").
Faker is a development dependency (factory-boy uses it); the product never
imports it: the built lists ship in ``data/world_given_names.txt.gz`` and
``data/world_surnames.txt.gz`` with ``data/names_manifest.json``. The same
package's English lorem word list (about 1,000 frequent English words) becomes
``data/world_english_words.txt.gz``: English title-case phrases in Dutch text
("Public Health") are no person names.

Only names in Latin script are kept. A name is dropped when it is a Dutch or
English function word ("The", "De", "Van"), and, outside the Dutch, Belgian,
British, American and German lists, when it is also a Dutch word in OpenTaal's
list ("Forum", "Corona", "Hope" are names somewhere, but words here).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
from pathlib import Path

from .corpora import lines
from .lexicons import SOURCES
from .lexicons import _write

LOCALES = (
    "nl_NL",
    "nl_BE",
    "en_GB",
    "en_IE",
    "en_US",
    "de_DE",
    "de_AT",
    "fr_FR",
    "fr_BE",
    "fr_DZ",
    "tr_TR",
    "az_AZ",
    "id_ID",
    "pl_PL",
    "ro_RO",
    "es_ES",
    "pt_PT",
    "pt_BR",
    "it_IT",
    "hr_HR",
    "cs_CZ",
    "sk_SK",
    "hu_HU",
    "lt_LT",
    "lv_LV",
    "sl_SI",
    "sv_SE",
    "da_DK",
    "no_NO",
    "fi_FI",
    "en_NG",
    "en_KE",
    "en_IN",
    "en_PK",
    "tw_GH",
    "sw",
    "vi_VN",
)
"""Locales whose names are read: the languages of the people who live in the
Netherlands and Belgium, in Latin script."""

LATIN_NAME = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-ɏ][a-zß-öø-ÿĀ-ɏ]+(?:[-'’][A-ZÀ-ÖØ-ÞĀ-ɏa-z][a-zß-öø-ÿĀ-ɏ]+)*"
)
"""A capitalised name in Latin script, possibly hyphenated ("Jan-Willem")."""

EXCLUDED = frozenset(
    "the of and for with from this that his her him she are was were will "
    "van de den der het een en in op te ten ter la le el al ben bin abu ait "
    "von du da di do dos das del della ibn".split()
)
"""Function words and particles that are never names by themselves."""


def _attribute_names(provider: type, prefix: str) -> set[str]:
    names: set[str] = set()
    for attribute in dir(provider):
        if not attribute.startswith(prefix) or attribute.endswith("_pairs"):
            continue
        value = getattr(provider, attribute)
        if isinstance(value, dict):
            value = list(value)
        if isinstance(value, (list, tuple)):
            names.update(v for v in value if isinstance(v, str))
    return names


CORE_LOCALES = frozenset(["nl_NL", "nl_BE", "en_GB", "en_US", "de_DE"])
"""Locales whose names are kept even when they are Dutch words ("Frank")."""


def names_build(*, source: Path, target: Path) -> dict[str, object]:
    """Write the world name lexicons and their manifest into ``target``;
    ``source`` is the shared data folder (for OpenTaal's word list)."""
    import faker  # a development dependency, see the module docstring

    words = {
        line.strip()
        for line in lines(source / SOURCES["opentaal_approved"])
        if line[:1].islower()
    }

    def keep(name: str, locale: str) -> bool:
        lower = name.lower()
        if not LATIN_NAME.fullmatch(name) or lower in EXCLUDED:
            return False
        return locale in CORE_LOCALES or lower not in words

    given: set[str] = set()
    surnames: set[str] = set()
    for locale in LOCALES:
        module = importlib.import_module(f"faker.providers.person.{locale}")
        provider = module.Provider
        for name in _attribute_names(provider, "first_name"):
            given.update(part for part in name.split() if keep(part, locale))
        for name in _attribute_names(provider, "last_name"):
            # "van den Berg": keep the capitalised part ("Berg").
            parts = [p for p in name.split() if p[:1].isupper()]
            if parts and keep(parts[-1], locale):
                surnames.add(parts[-1])
    from faker.providers.lorem.en_US import Provider as EnglishLorem

    english = {w for w in EnglishLorem.word_list if w.isalpha() and len(w) > 2}
    artefacts = [
        _write(target, "world_given_names", given),
        _write(target, "world_surnames", surnames),
        _write(target, "world_english_words", english),
    ]
    licence = Path(faker.__file__).resolve().parent.parent
    licence_files = sorted(
        licence.glob("faker-*.dist-info/licenses/LICENSE*")
    ) or sorted(licence.glob("faker-*.dist-info/LICENSE*"))
    if licence_files:
        text = licence_files[0].read_text(encoding="utf-8")
        (target / "licences").mkdir(exist_ok=True)
        (target / "licences" / "faker.txt").write_text(text, encoding="utf-8")
    sources = target / "SOURCES.md"
    credit = (
        "- Faker (https://github.com/joke2k/faker), Daniele Faraglia and "
        "contributors, MIT licence: person-name lists and the English lorem word "
        "list (world_*.txt.gz, see names_manifest.json)."
    )
    if sources.exists() and credit not in sources.read_text(encoding="utf-8"):
        with sources.open("a", encoding="utf-8") as handle:
            handle.write(credit + "\n")
    manifest: dict[str, object] = {
        "script": "herstel.detection.build.names",
        "source": f"Faker {faker.VERSION} (https://github.com/joke2k/faker), "
        "faker/providers/person/<locale>/__init__.py",
        "licence": "MIT",
        "locales": list(LOCALES),
        "english_words": "faker/providers/lorem/en_US/__init__.py",
        "artefacts": artefacts,
        "sha256_of_lists": hashlib.sha256(
            "\n".join(sorted(given) + sorted(surnames) + sorted(english)).encode(
                "utf-8"
            )
        ).hexdigest(),
    }
    (target / "names_manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return manifest
