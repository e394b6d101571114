# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Marked content for one page's content stream (the work of :mod:`.tagging`).

The stream is tokenised once with one regular expression and rewritten by
inserting ``BDC``/``BMC`` … ``EMC`` around its graphics objects; operands are
never re-serialised, so a page costs one pass over its bytes (parsing every
operation with pypdf took about a second per hundred pages: too slow for a
certificate of 10,000 documents). Anything the tokeniser does not expect
(an inline image, a string it cannot close, an unbalanced text object) raises
:class:`ValueError`, and the caller wraps the page whole instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["Element", "tag_content"]

_DELIMITED = rb"\s/\[\]()<>{}%"
_GAP = rb"(?:\s|%[^\r\n]*)*"
_OPERAND = (
    rb"(?:\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)"  # a string, one nesting level
    rb"|<<|>>|<[0-9A-Fa-f\s]*>|[\[\]]"  # dictionary marks, hex string, array marks
    rb"|/[^" + _DELIMITED + rb"]*"  # a name
    rb"|(?:[+-]?(?:\d+\.?\d*|\.\d+)|true|false|null)(?![^" + _DELIMITED + rb"]))"
)
_OPERATION = re.compile(
    _GAP + rb"((?:" + _OPERAND + _GAP + rb")*)([^" + _DELIMITED + rb"]+)", re.S
)
"""One operation: its operands (group 1) and its operator (group 2)."""
_TOKEN = re.compile(_OPERAND, re.S)
_TRAILING = re.compile(_GAP + rb"\Z", re.S)

_PATH_START = {b"m", b"re"}
_PATH_END = {b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"n"}
_SHOW_TEXT = {b"Tj", b"TJ", b"'", b'"'}
_HEADING_1 = 17.0
"""Font size from which a text object is a first-level heading (ReportLab's
Title and Heading1 are 18 pt; body text 10 pt)."""
_HEADING_2 = 13.5
"""Font size from which it is a second-level heading (Heading2 is 14 pt)."""


@dataclass(frozen=True, slots=True)
class Element:
    """One structure element with its marked-content id on the page."""

    tag: str
    mcid: int
    alt: str = ""
    cell: tuple[int, int, int] | None = None
    """(table, row, column) of a table cell."""


class _Op(NamedTuple):
    operator: bytes
    start: int
    """Offset of the first operand (or of the operator when it has none)."""
    end: int
    operands: bytes
    """The operands as written (see :func:`_tokens`)."""


def _operations(data: bytes) -> list[_Op]:
    operations: list[_Op] = []
    position = 0
    for match in _OPERATION.finditer(data):
        if match.start() != position:
            raise ValueError("content the tokeniser does not know")
        position = match.end()
        operator = match.group(2)
        if operator == b"BI":
            raise ValueError("inline image")
        operands = match.group(1)
        start = match.start(1) if operands else match.start(2)
        operations.append(_Op(operator, start, position, operands))
    if not _TRAILING.match(data, position):
        raise ValueError("content ends inside an operation")
    return operations


def _tokens(operands: bytes) -> list[bytes]:
    """The operands of one operation, one token each."""
    return _TOKEN.findall(operands)


def tag_content(
    data: bytes, xobjects: dict[str, str], figure_alt: str
) -> tuple[bytes, list[Element]]:
    """``data`` with every graphics object in marked content, and the elements.

    ``xobjects`` maps an XObject's name to its element ("Figure" or "P").
    """
    operations = _operations(data)
    out = bytearray()
    cursor = 0
    elements: list[Element] = []
    kept: list[bool] = []
    """Per open marked-content sequence of the input: kept (optional content)?"""
    in_text = wrapped = in_path = False
    artifact = described = 0
    """Depth inside an artefact / a described element the generator marked."""

    def copy_to(offset: int) -> None:
        nonlocal cursor
        out.extend(data[cursor:offset])
        cursor = offset

    def skip(op: _Op) -> None:
        nonlocal cursor
        copy_to(op.start)
        cursor = op.end

    def open_element(
        op: _Op, tag: str, alt: str = "", cell: tuple[int, int, int] | None = None
    ) -> None:
        copy_to(op.start)
        out.extend(b"\n/%s <</MCID %d>> BDC\n" % (tag.encode(), len(elements)))
        elements.append(Element(tag, len(elements), alt, cell))

    def close_after(op: _Op) -> None:
        copy_to(op.end)
        out.extend(b"\nEMC")

    for index, op in enumerate(operations):
        operator = op.operator
        marks = operator in (b"BDC", b"BMC")
        if artifact or described:
            step = 1 if marks else -1 if operator == b"EMC" else 0
            artifact, described = (
                (artifact + step, 0) if artifact else (0, described + step)
            )
            continue
        operands = _tokens(op.operands) if marks else []
        kind = operands[0] if operands else b""
        free = not (in_text or in_path)
        if operator == b"BDC" and free and kind == b"/Figure":
            alt = _property_text(operands, b"/Alt")
            if alt is not None:
                described = 1
                open_element(op, "Figure", alt)
                cursor = op.end
                continue
        if operator == b"BDC" and free and kind in (b"/TD", b"/TH"):
            cell = _property_numbers(operands, b"/HerstelCell")
            if len(cell) == 3:
                described = 1
                open_element(op, kind[1:].decode(), cell=(cell[0], cell[1], cell[2]))
                cursor = op.end
                continue
        if marks and free and kind == b"/Artifact":
            artifact = 1
            continue
        if marks:
            keep = kind == b"/OC"
            kept.append(keep)
            if not keep:
                skip(op)
            continue
        if operator == b"EMC":
            if not (kept and kept.pop()):
                skip(op)
            continue
        if operator == b"BT" and not in_text:
            in_text = True
            tag = _text_tag(operations, index)
            wrapped = tag is not None
            if tag is not None:
                open_element(op, tag)
            continue
        if operator == b"ET" and in_text:
            in_text = False
            if wrapped:
                close_after(op)
            continue
        if in_text:
            continue
        if operator in _PATH_START and not in_path:
            in_path = True
            copy_to(op.start)
            out.extend(b"\n/Artifact BMC\n")
        if in_path:
            if operator in _PATH_END:
                in_path = False
                close_after(op)
            continue
        if operator == b"Do" and op.operands:
            tag = xobjects.get(op.operands.strip().decode("latin-1"), "Figure")
            open_element(op, tag, figure_alt if tag == "Figure" else "")
            close_after(op)
        elif operator == b"sh":
            copy_to(op.start)
            out.extend(b"\n/Artifact BMC\n")
            close_after(op)
    if in_text or in_path or artifact or described:
        raise ValueError("unbalanced content stream")
    copy_to(len(data))
    out.extend(b"\nEMC" * sum(kept))
    return bytes(out), elements


def _text_tag(operations: Sequence[_Op], start: int) -> str | None:
    """H1, H2 or P by the largest font size set in the text object at ``start``;
    None when it shows no text (ReportLab writes such empty objects)."""
    size = 0.0
    shows = False
    for op in operations[start + 1 :]:
        if op.operator == b"ET":
            break
        shows = shows or op.operator in _SHOW_TEXT
        if op.operator == b"Tf":
            try:
                size = max(size, float(op.operands.split()[-1]))
            except (IndexError, ValueError):
                continue
    if not shows:
        return None
    if size >= _HEADING_1:
        return "H1"
    if size >= _HEADING_2:
        return "H2"
    return "P"


def _property_text(operands: list[bytes], key: bytes) -> str | None:
    """The text string after ``key`` in a property list, or None."""
    if key not in operands[1:]:
        return None
    value = operands[operands.index(key) + 1]
    if value.startswith(b"<"):
        raw = bytes.fromhex(re.sub(rb"\s", b"", value[1:-1]).decode())
        if raw.startswith(b"\xfe\xff"):
            return raw[2:].decode("utf-16-be", "replace")
        return raw.decode("latin-1")
    if value.startswith(b"("):
        return re.sub(rb"\\(.)", rb"\1", value[1:-1]).decode("latin-1")
    return None


def _property_numbers(operands: list[bytes], key: bytes) -> list[int]:
    """The integers of the array after ``key`` in a property list."""
    if key not in operands[1:]:
        return []
    rest = operands[operands.index(key) + 1 :]
    if not rest or rest[0] != b"[" or b"]" not in rest:
        return []
    try:
        return [int(token) for token in rest[1 : rest.index(b"]")]]
    except ValueError:
        return []
