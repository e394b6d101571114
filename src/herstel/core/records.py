# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A small record of text that is stored as JSON, sealed in the vault.

What a requester tells us (an access request, a Woo request) is kept as a
frozen dataclass of text fields and lists of text, encrypted under a data key
of its own and never in the database. :class:`JsonRecord` is how such a
record becomes bytes and back.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from dataclasses import fields
from dataclasses import is_dataclass
from typing import Any
from typing import Self


class JsonRecord:
    """Mixed into a frozen dataclass of text fields (``str`` or a tuple of
    ``str``): ``to_bytes`` writes every field as UTF-8 JSON; ``from_bytes``
    reads them back, a list as a tuple and a field that an older record lacks
    as ``""``."""

    __slots__ = ()

    def to_bytes(self) -> bytes:
        assert is_dataclass(self) and not isinstance(self, type)
        return json.dumps(asdict(self), ensure_ascii=False).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> Self:
        assert is_dataclass(cls)
        raw: dict[str, Any] = json.loads(data)
        values = {field.name: raw.get(field.name, "") for field in fields(cls)}
        return cls(
            **{
                name: tuple(value) if isinstance(value, list) else value
                for name, value in values.items()
            }
        )
