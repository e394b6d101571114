# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.urls import path

from . import views, views_review

app_name = "dossiers"

urlpatterns = [
    path("", views.dossier_index, name="list"),
    path("documents/<str:reference>/", views.document_detail, name="document"),
    path(
        "documents/<str:reference>/original/",
        views.document_download,
        name="document_download",
    ),
    path(
        "documents/<str:reference>/mentions/",
        views.mention_create,
        name="mention_add",
    ),
    path(
        "documents/<str:reference>/mentions/<int:pk>/",
        views.mention_decision,
        name="mention_decide",
    ),
    path(
        "documents/<str:reference>/bulk/",
        views_review.bulk_review,
        name="document_bulk_review",
    ),
    path(
        "documents/<str:reference>/bulk/undo/",
        views_review.bulk_undo,
        name="document_bulk_undo",
    ),
    path("subjects/", views.subject_find, name="subject_search"),
    path("subjects/<int:pk>/", views.subject_detail, name="subject"),
    path("subjects/<int:pk>/decision/", views.subject_decision, name="subject_decide"),
    path("<slug:slug>/", views.dossier_detail, name="detail"),
    path("<slug:slug>/upload/", views.dossier_upload, name="upload"),
    path("<slug:slug>/review/", views_review.review_queue, name="review_queue"),
]
