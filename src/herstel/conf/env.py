# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Read settings from the environment through one casting helper.

Every variable is declared where it is read, with help text; the declarations
are collected in :data:`DEFINITIONS` so ``bin/generate_config_docs.py`` can
write ``docs/configuration.md`` and a test can check it is current.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ImproperlyConfigured


class _Required:
    def __repr__(self) -> str:
        return "<required>"


REQUIRED: Any = _Required()


@dataclass(frozen=True, slots=True)
class Definition:
    name: str
    default: Any
    help_text: str
    group: str
    secret: bool


DEFINITIONS: dict[str, Definition] = {}


def _to_bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError(value)


def _to_list(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


CASTS: dict[type, Callable[[str], Any]] = {
    bool: _to_bool,
    int: int,
    float: float,
    str: str,
    list: _to_list,
}


def config(
    name: str,
    default: Any = REQUIRED,
    *,
    cast: type = str,
    help_text: str,
    group: str = "General",
    secret: bool = False,
) -> Any:
    """Return environment variable ``name`` cast to ``cast``.

    A missing variable without a default raises ``ImproperlyConfigured``: a
    secure deployment must set it explicitly.
    """
    DEFINITIONS.setdefault(
        name,
        Definition(
            name=name, default=default, help_text=help_text, group=group, secret=secret
        ),
    )
    raw = os.environ.get(name)
    if raw is None:
        if default is REQUIRED:
            raise ImproperlyConfigured(
                f"The environment variable {name} is required: {help_text}"
            )
        return default
    try:
        return CASTS[cast](raw)
    except (KeyError, ValueError) as exc:
        raise ImproperlyConfigured(
            f"The environment variable {name} cannot be read as {cast.__name__}."
        ) from exc


LOCAL_DEFAULTS = {
    "ALLOWED_HOSTS": "localhost,127.0.0.1",
    "HERSTEL_SECURE": "false",
    "HERSTEL_STATIC_MANIFEST": "false",
    # Mail is printed and kept for the development mailbox at /dev/mail/.
    "EMAIL_BACKEND": "herstel.core.devmail.DevMailboxBackend",
    "LOG_LEVEL": "WARNING",
}
"""What the insecure, local settings modules (``dev``, ``ci``) share."""


def local_environment(secret_key: str, master_key: str, /, **more: str) -> None:
    """Default the environment of a local, insecure settings module.

    Call before ``from .base import *``: the :data:`LOCAL_DEFAULTS`, this
    module's public, never-secret keys and its ``more`` variables (which win over
    the local defaults). Only defaults: a variable set in the environment wins.
    """
    values = {
        "SECRET_KEY": secret_key,
        "HERSTEL_MASTER_KEY": master_key,
        **LOCAL_DEFAULTS,
        **more,
    }
    for name, value in values.items():
        os.environ.setdefault(name, value)
