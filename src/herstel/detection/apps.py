# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
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
