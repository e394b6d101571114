# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors

from herstel.core.routes import route

from . import views

app_name = "reports"

urlpatterns = [
    route("parliament/", views.parliament),
    route("parliament/pdf/", views.parliament_pdf),
    route("parliament/pdf/<int:pk>/", views.parliament_file),
    route("progress/", views.progress),
]
