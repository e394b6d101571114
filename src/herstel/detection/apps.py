# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from typing import Any

from django.apps import AppConfig
from django.core import checks
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class DetectionConfig(AppConfig):
    """Registers the detectors; the engine itself needs no Django setup."""

    name = "herstel.detection"
    verbose_name = _("Detection")

    def ready(self) -> None:
        """Register the project's detectors, then those of other apps."""
        from . import detectors  # noqa: F401

        # Other apps contribute detectors in their own ``detectors`` module.
        autodiscover_modules("detectors")
        checks.register(engine_compiled)


def engine_compiled(
    app_configs: Any = None, **kwargs: Any
) -> list[checks.CheckMessage]:
    """Warn when the compiled detection modules are older than their sources:
    the engine then runs as Python (correct, about half as fast)."""
    from .native import state

    if state() != "stale":
        return []
    return [
        checks.Warning(
            gettext("The compiled detection engine is older than its sources."),
            hint=gettext(
                "Run 'make install' (or reinstall Herstel) to compile it again."
            ),
            id="herstel_detection.W001",
        )
    ]
