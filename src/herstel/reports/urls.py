# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("parliament/", views.parliament, name="parliament"),
    path("parliament/pdf/", views.parliament_pdf, name="parliament_pdf"),
    path("progress/", views.progress, name="progress"),
]
