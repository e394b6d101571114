# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors

from herstel.core.routes import route

from . import views
from . import views_copy

app_name = "inquiries"

urlpatterns = [
    # Public pages for citizens (no login; see docs/permissions.md).
    route("inzage/", views.public_form, "public_form_default"),
    route("inzage/identiteit/terug/", views.identity_callback),
    route("inzage/identiteit/<str:token>/", views.identity_login),
    route("inzage/download/<str:token>/", views.download),
    route("inzage/download/<str:token>/<str:kind>.pdf", views.download_file),
    route("inzage/<slug:slug>/", views.public_form),
    route("inzage/<slug:slug>/ontvangen/", views.public_done),
    # Staff.
    route("verzoeken/", views.worklist),
    route("verzoeken/overzicht/", views.dashboard),
    route("verzoeken/nieuw/", views.register),
    route("verzoeken/brieven/", views.letters),
    route("verzoeken/brieven/<str:kind>/<str:language>/", views.letter_edit),
    route(
        "verzoeken/brieven/<str:kind>/<str:language>/voorbeeld.pdf",
        views.letter_preview_pdf,
    ),
    route("verzoeken/<str:reference>/", views.detail),
    route("verzoeken/<str:reference>/uitnodigen/", views.invite),
    route("verzoeken/<str:reference>/identiteit/", views.verify),
    route("verzoeken/<str:reference>/verlengen/", views.extend),
    route("verzoeken/<str:reference>/zoeken/", views.search),
    route("verzoeken/<str:reference>/personen/<int:subject>/", views.subject_review),
    route("verzoeken/<str:reference>/beslissing/", views.match),
    route("verzoeken/<str:reference>/voorstel/", views.propose),
    route("verzoeken/<str:reference>/goedkeuring/", views.approve),
    route("verzoeken/<str:reference>/bezwaar/", views.objection),
    route("verzoeken/<str:reference>/bezwaar/vrijgeven/", views.objection_release),
    route("verzoeken/<str:reference>/antwoord/<str:kind>.pdf", views.answer_file),
    route("verzoeken/<str:reference>/inzagekopie/", views_copy.copy_preview),
    route("verzoeken/<str:reference>/inzagekopie/koppelen/", views_copy.copy_link),
    route("verzoeken/<str:reference>/bijlagen/<int:pk>/", views.attachment),
]
