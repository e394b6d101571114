# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors

from herstel.core.routes import route

from . import views
from . import views_review

app_name = "dossiers"

urlpatterns = [
    route("", views.dossier_index, "list"),
    route("documents/<str:reference>/", views.document_detail, "document"),
    route("documents/<str:reference>/original/", views.document_download),
    route("documents/<str:reference>/mentions/", views.mention_create, "mention_add"),
    route(
        "documents/<str:reference>/mentions/<int:pk>/",
        views.mention_decision,
        "mention_decide",
    ),
    route(
        "documents/<str:reference>/bulk/",
        views_review.bulk_review,
        "document_bulk_review",
    ),
    route(
        "documents/<str:reference>/bulk/undo/",
        views_review.bulk_undo,
        "document_bulk_undo",
    ),
    route("subjects/", views.subject_find, "subject_search"),
    route("subjects/<int:pk>/", views.subject_detail, "subject"),
    route("subjects/<int:pk>/decision/", views.subject_decision, "subject_decide"),
    route("<slug:slug>/", views.dossier_detail, "detail"),
    route("<slug:slug>/upload/", views.dossier_upload, "upload"),
    route("<slug:slug>/review/", views_review.review_queue),
]
