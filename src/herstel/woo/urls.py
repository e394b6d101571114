# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.urls import path

from . import views

app_name = "woo"

urlpatterns = [
    path("", views.request_list, name="list"),
    path("<str:reference>/", views.request_detail, name="detail"),
    path("<str:reference>/documents/<int:pk>/", views.item, name="item"),
    path(
        "<str:reference>/documents/<int:pk>/remove/",
        views.scope_remove,
        name="scope_remove",
    ),
    path("<str:reference>/scope/", views.scope, name="scope"),
    path("<str:reference>/extend/", views.extend, name="extend"),
    path("<str:reference>/third-parties/", views.third_party, name="third_party"),
    path(
        "<str:reference>/third-parties/<int:pk>/view/",
        views.third_party_respond,
        name="third_party_respond",
    ),
    path("<str:reference>/propose/", views.propose, name="propose"),
    path("<str:reference>/approve/", views.approve, name="approve"),
    path("<str:reference>/send-back/", views.send_back, name="send_back"),
    path("<str:reference>/publish/", views.publish, name="publish"),
    path("<str:reference>/package/", views.package, name="package"),
]
