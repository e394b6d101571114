# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from datetime import timedelta

from django.db import models
from django.utils.translation import gettext_lazy as _

# The consent text a member agrees to is a template per version
# (``network/consent/<version>.html``); a new version means a new template, and
# every consent record keeps the version and a hash of the text shown.
CONSENT_VERSION = "2026-11"
INVITATION_VALID_FOR = timedelta(days=14)
# Posting limits per member: contributions of one kind in a sliding window.
RATE_LIMIT_WINDOW = timedelta(hours=1)
RATE_LIMITS = {"topic": 5, "response": 30, "report": 10}
# The public application form: beyond this many in the window, new
# applications wait, so a flood cannot bury the moderators' queue.
APPLICATIONS_PER_WINDOW = 30
# ... and per client address and per e-mail address (issue 17, F5), so one
# sender cannot use up the shared limit and lock real applicants out.
APPLICATIONS_PER_CLIENT = 5
APPLICATIONS_PER_EMAIL = 3
# Outcome documents of sessions: published reports, so common office formats.
DOCUMENT_MAX_BYTES = 20 * 1024 * 1024
DOCUMENT_TYPES = {
    ".pdf": "application/pdf",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".txt": "text/plain",
}


class Background(models.TextChoices):
    """Who a member is, broadly: optional, and never more precise than this."""

    CITIZEN = "citizen", _("Citizen")
    ORGANISATION = "organisation", _("Community or civil-society organisation")
    MUNICIPALITY = "municipality", _("Municipality")
    PROFESSIONAL = "professional", _("Professional")
    EXPERT = "expert", _("Expert or researcher")


class Region(models.TextChoices):
    GRONINGEN = "groningen", "Groningen"
    FRYSLAN = "fryslan", "Fryslân"
    DRENTHE = "drenthe", "Drenthe"
    OVERIJSSEL = "overijssel", "Overijssel"
    FLEVOLAND = "flevoland", "Flevoland"
    GELDERLAND = "gelderland", "Gelderland"
    UTRECHT = "utrecht", "Utrecht"
    NOORD_HOLLAND = "noord_holland", "Noord-Holland"
    ZUID_HOLLAND = "zuid_holland", "Zuid-Holland"
    ZEELAND = "zeeland", "Zeeland"
    NOORD_BRABANT = "noord_brabant", "Noord-Brabant"
    LIMBURG = "limburg", "Limburg"
    NATIONAL = "national", _("Nationwide")


class EmailFrequency(models.TextChoices):
    INSTANT = "instant", _("Right away, one e-mail per update")
    DIGEST = "digest", _("A weekly digest")
    NONE = "none", _("No e-mail; I read updates on the platform")


class GroupAccess(models.TextChoices):
    OPEN = "open", _("Open: every member can join")
    APPLICATION = "application", _("On application: a moderator approves")
    PRIVATE = "private", _("Private: by invitation of a moderator only")


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", _("Member")
    PENDING = "pending", _("Application pending")


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a decision")
    APPROVED = "approved", _("Approved: invitation sent")
    REJECTED = "rejected", _("Rejected")


class MeetingKind(models.TextChoices):
    REFLECTION = "reflection", _("Reflection session")
    DIALOGUE = "dialogue", _("Dialogue")
    WORKING = "working", _("Working session")
    PILOT = "pilot", _("Pilot")


class AccessibilityNeed(models.TextChoices):
    WHEELCHAIR = "wheelchair", _("Step-free access")
    SIGN_LANGUAGE = "sign_language", _("Sign language interpreter")
    HEARING_LOOP = "hearing_loop", _("Hearing loop")
    LARGE_PRINT = "large_print", _("Documents in large print or in advance")
    INTERPRETER = "interpreter", _("Interpreter for another language")
    QUIET_ROOM = "quiet_room", _("A quiet room or prayer room")
    CHILDCARE = "childcare", _("Childcare")


class AttendanceCategory(models.TextChoices):
    """Who attended, counted per category: never a list of names."""

    MOSQUE_FEDERATIONS = "mosque_federations", _("Mosque federations")
    ORGANISATIONS = "organisations", _("Community organisations")
    IMAMS = "imams", _("Imams and spiritual counsellors")
    YOUTH = "youth", _("Young people")
    MUNICIPALITIES = "municipalities", _("Municipalities")
    PROFESSIONALS = "professionals", _("Professionals and experts")
    GOVERNMENT = "government", _("Ministry staff")
    OTHER = "other", _("Other participants")


class TopicStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ACCEPTED = "accepted", _("Accepted for a session")
    DISCUSSED = "discussed", _("Discussed")
    ADOPTED = "adopted", _("Taken into policy")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


# Where a topic may go from each status; a moderator answers at every step.
TOPIC_TRANSITIONS: dict[str, tuple[str, ...]] = {
    TopicStatus.PROPOSED: (
        TopicStatus.ACCEPTED,
        TopicStatus.ANSWERED,
        TopicStatus.CLOSED,
    ),
    TopicStatus.ACCEPTED: (TopicStatus.DISCUSSED, TopicStatus.CLOSED),
    TopicStatus.DISCUSSED: (
        TopicStatus.ADOPTED,
        TopicStatus.ANSWERED,
        TopicStatus.CLOSED,
    ),
    TopicStatus.ADOPTED: (TopicStatus.CLOSED,),
    TopicStatus.ANSWERED: (TopicStatus.CLOSED,),
    TopicStatus.CLOSED: (),
}


class ConsultationStatus(models.TextChoices):
    OPEN = "open", _("Open for responses")
    CLOSED = "closed", _("Closed")
    SUMMARISED = "summarised", _("Summary published")


class ReportStatus(models.TextChoices):
    OPEN = "open", _("Waiting for a moderator")
    HIDDEN = "hidden", _("Contribution hidden")
    DISMISSED = "dismissed", _("No action needed")


class ContributionKind(models.TextChoices):
    TOPIC = "topic", _("Topic")
    RESPONSE = "response", _("Consultation response")
