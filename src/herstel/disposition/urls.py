# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.urls import path

from . import views

app_name = "disposition"

urlpatterns = [
    path("", views.index, name="index"),
    path("holds/", views.holds, name="holds"),
    path("holds/<int:pk>/lift/", views.hold_lift, name="hold_lift"),
    path("runs/", views.runs, name="runs"),
    path("runs/<str:reference>/", views.run, name="run"),
    path("runs/<str:reference>/submit/", views.run_submit, name="run_submit"),
    path("runs/<str:reference>/approve/", views.run_approve, name="run_approve"),
    path("runs/<str:reference>/execute/", views.run_execute, name="run_execute"),
    path("runs/<str:reference>/cancel/", views.run_cancel, name="run_cancel"),
    path(
        "runs/<str:reference>/locations/<int:pk>/",
        views.location_confirm,
        name="location_confirm",
    ),
    path("runs/<str:reference>/certificate/", views.certificate, name="certificate"),
    path("grounds/", views.grounds, name="grounds"),
    path("grounds/<int:pk>/", views.grounds, name="ground_edit"),
    path("documents/<str:reference>/redaction/", views.redaction, name="redaction"),
    path(
        "documents/<str:reference>/redaction/boxes/<int:pk>/",
        views.redaction_box,
        name="redaction_box",
    ),
    path(
        "documents/<str:reference>/redaction/approve/",
        views.redaction_approve,
        name="redaction_approve",
    ),
    path(
        "documents/<str:reference>/redaction/pdf/",
        views.redaction_pdf,
        name="redaction_pdf",
    ),
    path("dossiers/<slug:slug>/", views.dossier, name="dossier"),
    path("dossiers/<slug:slug>/review/", views.review, name="review"),
]
