# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Letter texts the privacy officer words, rendered safely.

A letter template is data (:class:`~.models.LetterTemplate`, one per letter and
language; without one the shipped default in
``templates/inquiries/letters/<kind>.<language>.txt`` applies). Its language is
the Django template language in a sandbox, as Open Formulieren does for the
confirmation e-mails form designers write (``openforms.template``, a backend
without template loaders or tag libraries):

* the engine has no loaders and no libraries, so ``{% include %}``,
  ``{% extends %}`` and ``{% load %}`` cannot read a file or add a tag;
* only text, ``{{ placeholders }}`` (with Django's built-in filters),
  ``{% if %}`` and ``{% for %}`` are accepted; any other tag (``{% debug %}``,
  ``{% url %}``, ``{% csrf_token %}``...) is refused when the text is saved;
* the context holds plain strings, numbers and lists (:data:`PLACEHOLDERS`),
  never a model, so a placeholder cannot call a method with side effects.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.template import Context
from django.template import Engine
from django.template import TemplateSyntaxError
from django.template.base import Node
from django.template.base import TextNode
from django.template.base import VariableNode
from django.template.defaulttags import ForNode
from django.template.defaulttags import IfNode
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from herstel.detection.base import Category

from .constants import LetterKind
from .constants import LetterLanguage

__all__ = [
    "MAX_LENGTH",
    "PLACEHOLDERS",
    "Placeholder",
    "letter_default",
    "letter_render",
    "letter_sample_context",
    "letter_template_body",
    "letter_validate",
]

MAX_LENGTH = 20_000
"""Most characters of one letter template."""
_DEFAULTS = Path(__file__).parent / "templates" / "inquiries" / "letters"
_ALLOWED_NODES = (TextNode, VariableNode, IfNode, ForNode)

_ENGINE = Engine(
    dirs=[],
    app_dirs=False,
    loaders=[],
    libraries={},
    autoescape=False,
    string_if_invalid="",
)
"""Plain text (no HTML escaping); no file, no tag library can be reached."""


@dataclass(frozen=True, slots=True)
class Placeholder:
    name: str
    description: Any
    example: str


PLACEHOLDERS: tuple[Placeholder, ...] = (
    Placeholder(
        "reference", gettext_lazy("the request's reference"), "{{ reference }}"
    ),
    Placeholder(
        "received_on", gettext_lazy("date the request came in"), "{{ received_on }}"
    ),
    Placeholder("today", gettext_lazy("date of the letter"), "{{ today }}"),
    Placeholder(
        "name", gettext_lazy("the requester's name as they gave it"), "{{ name }}"
    ),
    Placeholder(
        "documents_count",
        gettext_lazy("number of documents in the access copy"),
        "{{ documents_count }}",
    ),
    Placeholder(
        "categories",
        gettext_lazy("categories of personal data found about the requester (list)"),
        '{{ categories|join:", " }}',
    ),
    Placeholder(
        "documents",
        gettext_lazy(
            "the documents in the copy (list; each has reference, date, source "
            "and pages)"
        ),
        "{% for document in documents %}- {{ document.reference }}{% endfor %}",
    ),
    Placeholder(
        "purposes", gettext_lazy("purposes of the processing"), "{{ purposes }}"
    ),
    Placeholder("source", gettext_lazy("source of the data"), "{{ source }}"),
    Placeholder(
        "dossiers",
        gettext_lazy("titles of the dossiers the documents come from (list)"),
        '{{ dossiers|join:", " }}',
    ),
    Placeholder(
        "recipients",
        gettext_lazy("recipients of the data (empty: nobody outside)"),
        "{{ recipients }}",
    ),
    Placeholder(
        "destruction_date",
        gettext_lazy("date from which the campaign's data is destroyed"),
        "{{ destruction_date }}",
    ),
    Placeholder(
        "objection_days",
        gettext_lazy("days the requester has to object"),
        "{{ objection_days }}",
    ),
    Placeholder(
        "organisation", gettext_lazy("the organisation's name"), "{{ organisation }}"
    ),
)


def letter_default(*, kind: str, language: str) -> str:
    """The shipped wording of a letter."""
    kind, language = LetterKind(kind), LetterLanguage(language)
    return (_DEFAULTS / f"{kind.value}.{language.value}.txt").read_text("utf-8")


def letter_template_body(*, kind: str, language: str) -> str:
    """The wording in force: the privacy officer's, else the standard one."""
    from .models import LetterTemplate

    saved = (
        LetterTemplate.objects.filter(kind=kind, language=language)
        .values_list("body", flat=True)
        .first()
    )
    return saved if saved is not None else letter_default(kind=kind, language=language)


def _nodes(nodelist: Iterable[Any]) -> Iterator[Node]:
    for node in nodelist:
        yield node
        if isinstance(node, IfNode):
            for _condition, branch in node.conditions_nodelists:
                yield from _nodes(branch)
        elif isinstance(node, ForNode):
            yield from _nodes(node.nodelist_loop)
            yield from _nodes(node.nodelist_empty)


def letter_validate(body: str) -> None:
    """Refuse a template that is too long, does not parse or uses a tag
    other than ``{% if %}`` and ``{% for %}`` (``ValidationError``)."""
    if len(body) > MAX_LENGTH:
        raise ValidationError(
            _("A letter may be at most %(count)d characters long.")
            % {"count": MAX_LENGTH},
            code="length",
        )
    try:
        template = _ENGINE.from_string(body)
    except TemplateSyntaxError as exc:
        raise ValidationError(
            _("The letter cannot be read: %(error)s") % {"error": exc},
            code="syntax",
        ) from exc
    for node in _nodes(template.nodelist):
        if isinstance(node, TextNode) and ("{{" in node.s or "{%" in node.s):
            raise ValidationError(
                _("A placeholder or tag is not closed: %(text)s")
                % {"text": node.s[node.s.find("{") :][:40]},
                code="syntax",
            )
        if not isinstance(node, _ALLOWED_NODES):
            token = getattr(node, "token", None)
            raise ValidationError(
                _(
                    "Only placeholders, {%% if %%} and {%% for %%} may be used; "
                    "not: %(tag)s"
                )
                % {"tag": token.contents if token else type(node).__name__},
                code="tag",
            )


def letter_render(*, body: str, context: dict[str, Any], language: str) -> str:
    """Render a (validated) letter template with plain values."""
    letter_validate(body)
    with translation.override(language):
        text = _ENGINE.from_string(body).render(Context(context, autoescape=False))
    # Tags on lines of their own leave blank runs; keep paragraphs apart by
    # one blank line.
    lines = [line.rstrip() for line in text.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out)


def _date(value: datetime.date, language: str) -> str:
    with translation.override(language):
        return date_format(value, "j F Y")


def letter_context(
    *,
    reference: str,
    received_on: datetime.date,
    name: str,
    categories: list[str],
    documents: list[dict[str, Any]],
    purposes: str,
    source: str,
    dossiers: list[str],
    recipients: str,
    destruction_from: datetime.date,
    objection_days: int,
    organisation: str,
    today: datetime.date,
    language: str,
) -> dict[str, Any]:
    """The placeholders' values, as plain data (dates written out)."""
    return {
        "reference": reference,
        "received_on": _date(received_on, language),
        "today": _date(today, language),
        "name": name,
        "documents_count": len(documents),
        "categories": categories,
        "documents": [
            {**document, "date": _date(document["date"], language)}
            for document in documents
        ],
        "purposes": purposes,
        "source": source,
        "dossiers": dossiers,
        "recipients": recipients,
        "destruction_date": _date(destruction_from, language),
        "objection_days": objection_days,
        "organisation": organisation,
    }


def letter_sample_context(*, language: str, organisation: str) -> dict[str, Any]:
    """Fictitious values for the preview (no real request is read)."""
    today = datetime.date.today()
    with translation.override(language):
        categories = [
            str(c.label) for c in (Category.PERSON, Category.PLACE, Category.RELIGION)
        ]
        name = str(_("A. Example"))
        dossier = str(_("Example dossier"))
    return letter_context(
        reference="INZ-0000-0000",
        received_on=today - datetime.timedelta(days=20),
        name=name,
        categories=categories,
        documents=[
            {
                "reference": "D-000001",
                "date": today - datetime.timedelta(days=400),
                "source": dossier,
                "pages": 3,
            },
            {
                "reference": "D-000002",
                "date": today - datetime.timedelta(days=380),
                "source": dossier,
                "pages": 1,
            },
        ],
        purposes="…",
        source="…",
        dossiers=[dossier],
        recipients="",
        destruction_from=today + datetime.timedelta(days=60),
        objection_days=42,
        organisation=organisation,
        today=today,
        language=language,
    )
