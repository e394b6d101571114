# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Tags of the page layouts in ``templates/layouts/``.

A page names its title once, in ``{% block title %}``; the layout's ``h1``
repeats it with ``{% page_title %}`` unless the page overrides
``{% block heading %}`` (when the heading says more than the browser tab).
"""

from django import template
from django.template.context import Context
from django.template.loader_tags import BLOCK_CONTEXT_KEY

register = template.Library()


@register.simple_tag(takes_context=True)
def page_title(context: Context) -> str:
    """The page's ``title`` block rendered again (the most derived one)."""
    block_context = context.render_context.get(BLOCK_CONTEXT_KEY)
    block = block_context.get_block("title") if block_context else None
    if block is None:
        return ""
    with context.push():
        return block.nodelist.render(context)
