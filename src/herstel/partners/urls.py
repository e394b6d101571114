# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.urls import path

from . import views

app_name = "partners"

urlpatterns = [
    path("", views.organisation_index, name="organisation_list"),
    path("organisations/new/", views.organisation_create, name="organisation_create"),
    path(
        "organisations/<int:pk>/", views.organisation_detail, name="organisation_detail"
    ),
    path(
        "organisations/<int:pk>/edit/",
        views.organisation_edit,
        name="organisation_edit",
    ),
    path(
        "organisations/<int:pk>/merge/",
        views.organisation_merge,
        name="organisation_merge",
    ),
    path(
        "organisations/<int:pk>/partnerships/new/",
        views.partnership_create,
        name="partnership_create",
    ),
    path(
        "organisations/<int:pk>/invitations/new/",
        views.invitation_create,
        name="invitation_create",
    ),
    path(
        "organisations/<int:pk>/advice/new/", views.advice_create, name="advice_create"
    ),
    path("advice/<int:pk>/lift/", views.advice_lift, name="advice_lift"),
    path("contacts/", views.contact_index, name="contact_list"),
    path("contacts/new/", views.contact_create, name="contact_create"),
    path("contacts/<int:pk>/", views.contact_detail, name="contact_detail"),
    path("contacts/<int:pk>/edit/", views.contact_edit, name="contact_edit"),
    path("import/", views.import_view, name="import"),
    path("overview/", views.overview, name="overview"),
    path("overview/download/", views.overview_download, name="overview_download"),
    path("overview/publish/", views.overview_publish, name="overview_publish"),
    path("confidential/", views.confidential_list, name="confidential_list"),
    path("signals/", views.signals, name="signals"),
    path("guard/allowances/", views.allowances, name="allowances"),
    path(
        "guard/allowances/<int:pk>/revoke/",
        views.allowance_revoke,
        name="allowance_revoke",
    ),
]
