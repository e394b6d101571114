# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors

from herstel.core.routes import route

from . import views

app_name = "network"

urlpatterns = [
    route("", views.home),
    route("join/<str:token>/", views.join),
    route("welcome/", views.welcome),
    route("apply/", views.apply),
    route("unsubscribe/<str:token>/", views.unsubscribe),
    route("me/", views.profile),
    route("me/consent/", views.consent),
    route("me/export/", views.export),
    route("me/delete/", views.delete),
    route("groups/", views.group_list),
    route("groups/new/", views.group_create),
    route("groups/<slug:slug>/", views.group_detail),
    route("groups/<slug:slug>/join/", views.group_join),
    route("groups/<slug:slug>/leave/", views.group_leave),
    route("members/", views.directory),
    route("sessions/", views.meeting_list),
    route("sessions/new/", views.meeting_edit, "meeting_create"),
    route("sessions/<int:pk>/", views.meeting_detail),
    route("sessions/<int:pk>/edit/", views.meeting_edit),
    route("sessions/<int:pk>/register/", views.meeting_register),
    route("sessions/<int:pk>/unregister/", views.meeting_unregister),
    route("sessions/<int:pk>/attendance/", views.meeting_attendance),
    route("documents/<int:pk>/", views.meeting_document),
    route("documents/<int:pk>/remove/", views.meeting_document_remove),
    route("series/new/", views.series_create),
    route("series/<int:pk>/", views.series_detail),
    route("topics/", views.topic_list),
    route("topics/new/", views.topic_create),
    route("topics/<int:pk>/", views.topic_detail),
    route("topics/<int:pk>/support/", views.topic_support),
    route("topics/<int:pk>/status/", views.topic_status),
    route("consultations/", views.consultation_list),
    route("consultations/new/", views.consultation_create),
    route("consultations/<int:pk>/", views.consultation_detail),
    route("consultations/<int:pk>/respond/", views.consultation_respond),
    route("consultations/<int:pk>/summary/", views.consultation_summarise),
    route("updates/", views.update_list),
    route("updates/new/", views.update_create),
    route("report/<str:kind>/<int:pk>/", views.report),
    route("moderation/", views.moderation),
    route("moderation/invite/", views.invite),
    route("moderation/applications/<int:pk>/", views.application_decide),
    route("moderation/memberships/<int:pk>/", views.membership_decide),
    route("moderation/reports/<int:pk>/dismiss/", views.report_dismiss),
    route("moderation/hide/<str:kind>/<int:pk>/", views.hide),
]
