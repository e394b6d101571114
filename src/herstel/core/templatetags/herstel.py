# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
import datetime
from typing import Any

from django import template

register = template.Library()


@register.filter
def get_item(mapping: dict[str, Any], key: str) -> Any:
    """Look up ``key`` in a dict from a template: ``{{ labels|get_item:name }}``."""
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.filter
def slice_text(text: str, mention: Any) -> str:
    """The text of a mention's span: ``{{ text|slice_text:mention }}``."""
    return text[mention.start : mention.end] if text else ""


@register.filter
def error_count(form: Any) -> int:
    """How many errors a bound form shows: ``{{ form|error_count }}``."""
    errors = getattr(form, "errors", None) or {}
    return sum(len(messages) for messages in errors.values())


@register.filter
def isodatetime(value: str) -> Any:
    """An ISO 8601 string as a datetime, for the ``date`` filter.

    ``{{ value|isodatetime|date:"j F Y H:i" }}``; anything else is returned as is.
    """
    try:
        return datetime.datetime.fromisoformat(str(value))
    except ValueError:
        return value


@register.simple_tag(takes_context=True)
def site_navigation(context: Any) -> Any:
    """The main navigation for the signed-in user (``core.navigation``)."""
    from herstel.core.navigation import navigation

    return navigation(context["request"])
