# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.urls import path

from . import views

app_name = "notices"

urlpatterns = [path("public/", views.public_notices, name="public")]
