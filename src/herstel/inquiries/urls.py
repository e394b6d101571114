# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.urls import path

from . import views, views_copy

app_name = "inquiries"

urlpatterns = [
    # Public pages for citizens (no login; see docs/permissions.md).
    path("inzage/", views.public_form, name="public_form_default"),
    path("inzage/identiteit/terug/", views.identity_callback, name="identity_callback"),
    path("inzage/identiteit/<str:token>/", views.identity_login, name="identity_login"),
    path("inzage/download/<str:token>/", views.download, name="download"),
    path(
        "inzage/download/<str:token>/<str:kind>.pdf",
        views.download_file,
        name="download_file",
    ),
    path("inzage/<slug:slug>/", views.public_form, name="public_form"),
    path("inzage/<slug:slug>/ontvangen/", views.public_done, name="public_done"),
    # Staff.
    path("verzoeken/", views.worklist, name="worklist"),
    path("verzoeken/overzicht/", views.dashboard, name="dashboard"),
    path("verzoeken/nieuw/", views.register, name="register"),
    path("verzoeken/brieven/", views.letters, name="letters"),
    path(
        "verzoeken/brieven/<str:kind>/<str:language>/",
        views.letter_edit,
        name="letter_edit",
    ),
    path(
        "verzoeken/brieven/<str:kind>/<str:language>/voorbeeld.pdf",
        views.letter_preview_pdf,
        name="letter_preview_pdf",
    ),
    path("verzoeken/<str:reference>/", views.detail, name="detail"),
    path("verzoeken/<str:reference>/uitnodigen/", views.invite, name="invite"),
    path("verzoeken/<str:reference>/identiteit/", views.verify, name="verify"),
    path("verzoeken/<str:reference>/verlengen/", views.extend, name="extend"),
    path("verzoeken/<str:reference>/zoeken/", views.search, name="search"),
    path(
        "verzoeken/<str:reference>/personen/<int:subject>/",
        views.subject_review,
        name="subject_review",
    ),
    path("verzoeken/<str:reference>/beslissing/", views.match, name="match"),
    path("verzoeken/<str:reference>/voorstel/", views.propose, name="propose"),
    path("verzoeken/<str:reference>/goedkeuring/", views.approve, name="approve"),
    path("verzoeken/<str:reference>/bezwaar/", views.objection, name="objection"),
    path(
        "verzoeken/<str:reference>/bezwaar/vrijgeven/",
        views.objection_release,
        name="objection_release",
    ),
    path(
        "verzoeken/<str:reference>/antwoord/<str:kind>.pdf",
        views.answer_file,
        name="answer_file",
    ),
    path(
        "verzoeken/<str:reference>/inzagekopie/",
        views_copy.copy_preview,
        name="copy_preview",
    ),
    path(
        "verzoeken/<str:reference>/inzagekopie/koppelen/",
        views_copy.copy_link,
        name="copy_link",
    ),
    path(
        "verzoeken/<str:reference>/bijlagen/<int:pk>/",
        views.attachment,
        name="attachment",
    ),
]
