# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Attribution of the lexicon sources: licence texts and ``SOURCES.md``."""

from __future__ import annotations

from pathlib import Path

ATTRIBUTION: dict[str, tuple[str, str]] = {
    "voc_missives_nl": (
        "LICENSE",
        "VOC General Missives NER corpus, CLTL / Huygens ING / CLARIAH "
        "(https://github.com/cltl/voc-missives), Apache License 2.0.",
    ),
    "europeana_ner_nl": (
        "LICENSE.md",
        "Europeana Newspapers NER corpora, "
        "https://github.com/EuropeanaNewspapers/ner-corpora/, Europeana Newspapers "
        "Project, 2012-2015 (CC0 1.0).",
    ),
    "ehri_ner_nl": (
        "LICENSE.txt",
        "EHRI-NER (https://github.com/EHRI/EHRI-NER), EUPL-1.2.",
    ),
    "unsilence_voc_nl": (
        "LICENSE",
        "UnSilencing the VOC Testaments, Luthra, Todorov, Jeurgens and Colavizza "
        "(https://github.com/budh333/UnSilence_VOC), CC BY 4.0.",
    ),
    "gazetteer_geonames_nl": (
        "",
        "Contains data from GeoNames (www.geonames.org), CC BY 4.0.",
    ),
    "gazetteer_bag_opentaal": (
        "LICENSE",
        "BAG name lists by OpenTaal (https://github.com/OpenTaal/bag-addresses), "
        "MIT licence; BAG data by Kadaster, CC0.",
    ),
    "wordlist_opentaal": (
        "LICENSE.txt",
        "Nederlandse woordenlijst, OpenTaal https://opentaal.org, "
        "BSD-3-Clause or CC BY 3.0.",
    ),
}
"""Per source folder: its licence file and the attribution the product gives."""


def attribution_write(source: Path, target: Path) -> None:
    """Copy the licences and write ``SOURCES.md``: the lexicons are derived
    works of the corpora (selected and transformed by this module)."""
    licences = target / "licences"
    licences.mkdir(exist_ok=True)
    lines = [
        "# Sources of the detection lexicons",
        "",
        "The `*.txt.gz` lexicons in this folder are derived from the works below:",
        "names, places and words were selected and transformed by",
        "`herstel.detection.build.lexicons` (run `bin/build_lexicons.py`); see",
        "`manifest.json` for the exact files and their SHA-256. Licence texts are",
        "in `licences/`.",
        "",
    ]
    for folder, (licence, attribution) in ATTRIBUTION.items():
        lines.append(f"- {attribution}")
        if licence:
            text = (source / folder / licence).read_text(encoding="utf-8")
            (licences / f"{folder}.txt").write_text(text, encoding="utf-8")
    (target / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
