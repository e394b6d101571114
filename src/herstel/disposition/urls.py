# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors

from herstel.core.routes import route

from . import views

app_name = "disposition"

urlpatterns = [
    route("", views.index),
    route("holds/", views.holds),
    route("holds/<int:pk>/lift/", views.hold_lift),
    route("runs/", views.runs),
    route("runs/<str:reference>/", views.run),
    route("runs/<str:reference>/submit/", views.run_submit),
    route("runs/<str:reference>/approve/", views.run_approve),
    route("runs/<str:reference>/execute/", views.run_execute),
    route("runs/<str:reference>/cancel/", views.run_cancel),
    route("runs/<str:reference>/locations/<int:pk>/", views.location_confirm),
    route("runs/<str:reference>/certificate/", views.certificate),
    route("grounds/", views.grounds),
    route("grounds/<int:pk>/", views.grounds, "ground_edit"),
    route("documents/<str:reference>/redaction/", views.redaction),
    route("documents/<str:reference>/redaction/boxes/<int:pk>/", views.redaction_box),
    route("documents/<str:reference>/redaction/approve/", views.redaction_approve),
    route("documents/<str:reference>/redaction/pdf/", views.redaction_pdf),
    route("dossiers/<slug:slug>/", views.dossier),
    route("dossiers/<slug:slug>/review/", views.review),
]
