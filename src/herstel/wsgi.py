# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "herstel.conf.production")

application = get_wsgi_application()
