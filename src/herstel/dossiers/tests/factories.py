# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
import factory

from herstel.dossiers.models import Dossier


class DossierFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Dossier

    slug = factory.Sequence(lambda n: f"dossier-{n}")
    title = factory.Sequence(lambda n: f"Dossier {n}")
