# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors

from herstel.core.routes import route

from . import views

app_name = "partners"

urlpatterns = [
    route("", views.organisation_index, "organisation_list"),
    route("organisations/new/", views.organisation_create),
    route("organisations/<int:pk>/", views.organisation_detail),
    route("organisations/<int:pk>/edit/", views.organisation_edit),
    route("organisations/<int:pk>/merge/", views.organisation_merge),
    route("organisations/<int:pk>/partnerships/new/", views.partnership_create),
    route("organisations/<int:pk>/invitations/new/", views.invitation_create),
    route("organisations/<int:pk>/advice/new/", views.advice_create),
    route("advice/<int:pk>/lift/", views.advice_lift),
    route("contacts/", views.contact_index, "contact_list"),
    route("contacts/new/", views.contact_create),
    route("contacts/<int:pk>/", views.contact_detail),
    route("contacts/<int:pk>/edit/", views.contact_edit),
    route("import/", views.import_view, "import"),
    route("overview/", views.overview),
    route("overview/download/", views.overview_download),
    route("overview/publish/", views.overview_publish),
    route("confidential/", views.confidential_list),
    route("signals/", views.signals),
    route("guard/allowances/", views.allowances),
    route("guard/allowances/<int:pk>/revoke/", views.allowance_revoke),
]
