# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The published annual overviews: public pages, open to anonymous visitors."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.public_index, name="public_index"),
    path("<int:year>/", views.public_overview, name="public_overview"),
    path("<int:year>/<str:fmt>/", views.public_download, name="public_download"),
]
