# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.urls import path

from . import views

app_name = "notices"

urlpatterns = [
    path("public/", views.public_notices, name="public"),
    path("subjects/", views.subject_list, name="subjects"),
    path("letters/generate/", views.letters_generate, name="letters_generate"),
    path("subjects/<int:pk>/", views.subject_notice, name="subject"),
    path("subjects/<int:pk>/decide/", views.decide, name="decide"),
    path("subjects/<int:pk>/letter/", views.letter_download, name="letter"),
    path(
        "subjects/<int:pk>/letter/generate/",
        views.letter_generate,
        name="letter_generate",
    ),
    path("subjects/<int:pk>/letter/mark/", views.letter_mark, name="letter_mark"),
]
