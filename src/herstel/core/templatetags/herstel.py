# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from typing import Any

from django import template

register = template.Library()


@register.filter
def get_item(mapping: dict[str, Any], key: str) -> Any:
    """Look up ``key`` in a dict from a template: ``{{ labels|get_item:name }}``."""
    return mapping.get(key) if hasattr(mapping, "get") else None
