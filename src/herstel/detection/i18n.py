# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Lazy translations and text choices without importing Django's ORM.

The engine starts in a bare process (``herstel scan``, workers, benchmarks) in
well under half a second; ``django.db.models`` and
``django.utils.translation`` alone take longer than that to import. Labels are
Django lazy strings (:class:`~django.utils.functional.Promise`), translated
when rendered, exactly like ``gettext_lazy``; :class:`TextChoices` offers what
the rest of the product uses of Django's class of that name: members that are
strings, ``.label``, ``.choices``, ``.values``, ``.labels`` and ``.names``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from django.utils.functional import Promise
from django.utils.functional import lazy


def _gettext(message: str) -> str:
    from django.utils.translation import gettext

    return gettext(message)


gettext_lazy: Callable[[str], Any] = lazy(_gettext, str)
"""Like Django's ``gettext_lazy``; imports the translation machinery only when
a label is rendered. Its result is typed ``Any``: a lazy string is not a
``str``, and compiled code (native.py) checks declared types as it runs."""


def _members(cls: Any) -> list[Any]:
    return list(cls)


class ChoicesType(enum.EnumMeta):
    """Metaclass of :class:`TextChoices`: ``NAME = value, label`` members."""

    def __new__(
        metacls,
        classname: str,
        bases: tuple[type, ...],
        classdict: Any,
        **kwds: Any,
    ) -> ChoicesType:
        labels = []
        for key in classdict._member_names:
            value = classdict[key]
            if isinstance(value, tuple) and isinstance(value[-1], (Promise, str)):
                value, label = value[0], value[-1]
            else:
                label = key.replace("_", " ").title()
            labels.append(label)
            dict.__setitem__(classdict, key, value)
        cls: Any = super().__new__(metacls, classname, bases, classdict, **kwds)
        for member, label in zip(cls.__members__.values(), labels, strict=True):
            member._label_ = label
        unique = enum.unique(cls)
        assert isinstance(unique, ChoicesType)
        return unique

    def __contains__(cls, member: object) -> bool:
        if not isinstance(member, enum.Enum):
            return any(x.value == member for x in _members(cls))  # "person" in Category
        return super().__contains__(member)

    @property
    def names(cls) -> list[str]:
        return [member.name for member in _members(cls)]

    @property
    def choices(cls) -> list[tuple[str, Any]]:
        return [(member.value, member.label) for member in _members(cls)]

    @property
    def labels(cls) -> list[Any]:
        return [member.label for member in _members(cls)]

    @property
    def values(cls) -> list[str]:
        return [member.value for member in _members(cls)]


class TextChoices(enum.StrEnum, metaclass=ChoicesType):
    """String choices with lazy labels, like ``django.db.models.TextChoices``."""

    _value_: str
    _label_: Any

    @property
    def label(self) -> Any:
        """The (lazy, translated) label."""
        return self._label_

    def __str__(self) -> str:
        return str(self.value)

    # A template must not call the class ("{{ Category.PERSON }}").
    do_not_call_in_templates = enum.nonmember(True)
