# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("", views.home, name="home"),
    path("join/<str:token>/", views.join, name="join"),
    path("welcome/", views.welcome, name="welcome"),
    path("apply/", views.apply, name="apply"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("me/", views.profile, name="profile"),
    path("me/consent/", views.consent, name="consent"),
    path("me/export/", views.export, name="export"),
    path("me/delete/", views.delete, name="delete"),
    path("groups/", views.group_list, name="group_list"),
    path("groups/new/", views.group_create, name="group_create"),
    path("groups/<slug:slug>/", views.group_detail, name="group_detail"),
    path("groups/<slug:slug>/join/", views.group_join, name="group_join"),
    path("groups/<slug:slug>/leave/", views.group_leave, name="group_leave"),
    path("members/", views.directory, name="directory"),
    path("sessions/", views.meeting_list, name="meeting_list"),
    path("sessions/new/", views.meeting_edit, name="meeting_create"),
    path("sessions/<int:pk>/", views.meeting_detail, name="meeting_detail"),
    path("sessions/<int:pk>/edit/", views.meeting_edit, name="meeting_edit"),
    path(
        "sessions/<int:pk>/register/", views.meeting_register, name="meeting_register"
    ),
    path(
        "sessions/<int:pk>/unregister/",
        views.meeting_unregister,
        name="meeting_unregister",
    ),
    path(
        "sessions/<int:pk>/attendance/",
        views.meeting_attendance,
        name="meeting_attendance",
    ),
    path("documents/<int:pk>/", views.meeting_document, name="meeting_document"),
    path(
        "documents/<int:pk>/remove/",
        views.meeting_document_remove,
        name="meeting_document_remove",
    ),
    path("series/new/", views.series_create, name="series_create"),
    path("series/<int:pk>/", views.series_detail, name="series_detail"),
    path("topics/", views.topic_list, name="topic_list"),
    path("topics/new/", views.topic_create, name="topic_create"),
    path("topics/<int:pk>/", views.topic_detail, name="topic_detail"),
    path("topics/<int:pk>/support/", views.topic_support, name="topic_support"),
    path("topics/<int:pk>/status/", views.topic_status, name="topic_status"),
    path("consultations/", views.consultation_list, name="consultation_list"),
    path("consultations/new/", views.consultation_create, name="consultation_create"),
    path(
        "consultations/<int:pk>/",
        views.consultation_detail,
        name="consultation_detail",
    ),
    path(
        "consultations/<int:pk>/respond/",
        views.consultation_respond,
        name="consultation_respond",
    ),
    path(
        "consultations/<int:pk>/summary/",
        views.consultation_summarise,
        name="consultation_summarise",
    ),
    path("updates/", views.update_list, name="update_list"),
    path("updates/new/", views.update_create, name="update_create"),
    path("report/<str:kind>/<int:pk>/", views.report, name="report"),
    path("moderation/", views.moderation, name="moderation"),
    path("moderation/invite/", views.invite, name="invite"),
    path(
        "moderation/applications/<int:pk>/",
        views.application_decide,
        name="application_decide",
    ),
    path(
        "moderation/memberships/<int:pk>/",
        views.membership_decide,
        name="membership_decide",
    ),
    path(
        "moderation/reports/<int:pk>/dismiss/",
        views.report_dismiss,
        name="report_dismiss",
    ),
    path("moderation/hide/<str:kind>/<int:pk>/", views.hide, name="hide"),
]
