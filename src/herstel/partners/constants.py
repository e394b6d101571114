# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from herstel.detection.constants import IDENTIFYING_CATEGORIES


class OrganisationKind(models.TextChoices):
    MOSQUE = "mosque", _("Mosque or mosque federation")
    SELF_ORGANISATION = "self_organisation", _("Self-organisation")
    YOUTH = "youth", _("Youth or student organisation")
    KNOWLEDGE = "knowledge", _("Knowledge institute")
    MUNICIPALITY = "municipality", _("Municipality")
    GOVERNMENT = "government", _("Ministry or agency")
    FOUNDATION = "foundation", _("Foundation")
    OTHER = "other", _("Other")


class ContactForm(models.TextChoices):
    MEETING = "meeting", _("Meeting")
    WORKING_VISIT = "working_visit", _("Working visit")
    SESSION = "session", pgettext_lazy("contact form", "Session")
    CONSULTATION = "consultation", _("Consultation")
    PHONE = "phone", _("Phone call")


class Tier(models.TextChoices):
    """How a contact moment is reported (MISSION.md §5)."""

    STRUCTURAL = "structural", _("Structural (public annual overview)")
    INCIDENTAL = "incidental", _("Incidental (confidential list)")
    SIGNAL = "signal", _("Signal (counted only)")


class AdvisingService(models.TextChoices):
    """Services whose advice against contact the register records."""

    AIVD = "aivd", _("General Intelligence and Security Service (AIVD)")
    NCTV = "nctv", _("National Coordinator for Security and Counterterrorism (NCTV)")
    MIVD = "mivd", _("Military Intelligence and Security Service (MIVD)")


class ImportKind(models.TextChoices):
    ORGANISATIONS = "organisations", _("Organisations")
    CONTACTS = "contacts", _("Contact moments")


class OverviewFormat(models.TextChoices):
    PDF = "pdf", "PDF"
    CSV = "csv", "CSV"
    ODS = "ods", "ODS"


GUARDED_CATEGORIES = IDENTIFYING_CATEGORIES
"""Categories the privacy guard refuses: data that identifies or reaches a person.

Places and organisation names are what the register is about, and the special
categories (a mosque is a religious organisation) describe organisations here,
so they are not refused; see docs/partners.md.
"""

GUARD_PROFILE = "balanced"
"""The detection profile of the guard.

``recall`` flags sentence-initial words ("Gesproken", "Besproken") as names in
ordinary notes; a guard that cries wolf on every save gets worked around. See
docs/partners.md for the measured trade-off.
"""
