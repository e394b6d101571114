# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors

from herstel.core.routes import route

from . import views

app_name = "notices"

urlpatterns = [
    route("public/", views.public_notices, "public"),
    route("subjects/", views.subject_list, "subjects"),
    route("letters/generate/", views.letters_generate),
    route("subjects/<int:pk>/", views.subject_notice, "subject"),
    route("subjects/<int:pk>/decide/", views.decide),
    route("subjects/<int:pk>/letter/", views.letter_download, "letter"),
    route("subjects/<int:pk>/letter/generate/", views.letter_generate),
    route("subjects/<int:pk>/letter/mark/", views.letter_mark),
]
