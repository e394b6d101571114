# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors

from herstel.core.routes import route

from . import views

app_name = "audit"

urlpatterns = [
    route("", views.event_list, "list"),
    route("export.csv", views.event_export, "export"),
    route("verify/", views.chain_verify, "verify"),
]
