# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.urls import URLPattern
from django.urls import path

from herstel.core.routes import route

from . import views

app_name = "woo"


def _action(route: str, name: str) -> URLPattern:
    """A posted action of the request page (see ``views.ACTIONS``)."""
    return path(f"<str:reference>/{route}", views.action, {"name": name}, name=name)


urlpatterns = [
    route("", views.request_list, "list"),
    route("<str:reference>/", views.request_detail, "detail"),
    route("<str:reference>/documents/<int:pk>/", views.item),
    route("<str:reference>/package/", views.package),
    _action("documents/<int:pk>/remove/", "scope_remove"),
    _action("scope/", "scope"),
    _action("extend/", "extend"),
    _action("third-parties/", "third_party"),
    _action("third-parties/<int:pk>/view/", "third_party_respond"),
    _action("withdraw/", "withdraw"),
    _action("propose/", "propose"),
    _action("approve/", "approve"),
    _action("send-back/", "send_back"),
    _action("publish/", "publish"),
]
