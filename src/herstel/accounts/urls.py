# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.urls import path

from herstel.core.routes import route

from . import views

app_name = "accounts"

urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    route("verify/", views.verify),
    route("two-factor/", views.setup),
    path("password/", views.PasswordChangeView.as_view(), name="password_change"),
]
