# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Word lists as regular expressions shaped as a trie.

The engine tests the alternatives of a group one after the other, so a flat
list of words costs a test per word at every position it is tried; a trie
decides at the first letter. At each node the longer words come first (the
end of a word is an optional group or ``\\w*``), so the same word is chosen
as by a flat list sorted longest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


class _Node:
    """A node of the term trie: children by character, and whether a term
    ends here (1) or a prefix term ends here (2)."""

    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.end = 0


def trie_source(terms: Iterable[tuple[str, bool]]) -> str:
    """A regular expression for lower-case ``terms`` shaped as a trie.

    "moskee*", "moslim*" and "imam" become ``mos(?:kee\\w*|lim\\w*)|imam``: the
    engine decides at the first letter whether a word can match, instead of
    trying every alternative at every position.
    """
    root = _Node()
    for term, prefix in terms:
        node = root
        for char in term:
            node = node.children.setdefault(char, _Node())
        node.end = max(node.end, 2 if prefix else 1)

    def build(node: _Node) -> str:
        branches = [
            re.escape(char) + build(child)
            for char, child in sorted(node.children.items())
        ]
        if not branches:
            return r"\w*" if node.end == 2 else ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if node.end == 2:
            return f"(?:{body}|\\w*)"
        if node.end == 1:
            return f"(?:{body})?"
        return body

    return build(root)
