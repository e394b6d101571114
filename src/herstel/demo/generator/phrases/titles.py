# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Document titles per kind and dossier, classification markings, sign-offs."""

_TITLES = {
    ("research_report", "sal"): (
        "Krachtenveldanalyse {place}",
        "Krachtenveldanalyse {place} – eindrapportage",
        "Verkenning lokaal krachtenveld {place}",
        "Tussenrapportage krachtenveldanalyse {place}",
    ),
    ("research_report", "tf"): (
        "Quickscan {org}",
        "Verkenning financiering {org}",
        "Onderzoeksrapportage netwerk rond {org}",
        "Krachtenveldanalyse {place} (Taskforce)",
    ),
    ("policy_note", "sal"): (
        "Nota aan de minister – ondersteuning gemeente {place}",
        "Beslisnota krachtenveldanalyse {place}",
        "Notitie aanpak salafisme stand van zaken {docyear}",
        "Nota Kamervragen over {org}",
    ),
    ("policy_note", "tf"): (
        "Nota ongewenste buitenlandse financiering {org}",
        "Notitie stand van zaken Taskforce {docyear}",
        "Beslisnota casus {place}",
        "Nota bestuurlijk overleg {place}",
    ),
    ("meeting_notes", "sal"): (
        "Verslag gesprek {org}",
        "Verslag casusoverleg {place}",
        "Verslag werkbezoek {place}",
        "Verslag regionaal overleg radicalisering",
    ),
    ("meeting_notes", "tf"): (
        "Verslag gesprek {org}",
        "Verslag overleg Taskforce PGOBF",
        "Verslag bestuurlijk overleg {place}",
        "Verslag casusoverleg {place}",
    ),
    ("memo", "sal"): (
        "Memo signalen {place}",
        "Memo gesprek met {org}",
        "Aantekeningen telefoongesprek {place}",
        "Memo lezing {org}",
    ),
    ("memo", "tf"): (
        "Memo signalen {place}",
        "Memo financiering {org}",
        "Aantekeningen gesprek {org}",
        "Memo casus {place}",
    ),
    ("email", "sal"): (
        "Krachtenveldanalyse {place} – concept",
        "RE: afspraak met bestuur {org}",
        "FW: signaal {place}",
        "Verslag gesprek {org}",
        "RE: vraag over {org}",
        "Uitnodiging klankbordgroep {place}",
    ),
    ("email", "tf"): (
        "FW: jaarrekening {org}",
        "Taskforce – agenda overleg",
        "RE: casus {place}",
        "Verslag gesprek {org}",
        "RE: donatie {org}",
        "FW: signaal {place}",
    ),
}

_MARKINGS = ("Departementaal vertrouwelijk", "Vertrouwelijk", "Intern")
_SIGN_OFFS = ("Met vriendelijke groet,", "Groet,", "Hartelijke groet,")
