# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.conf import settings
from django.contrib import admin
from django.urls import include
from django.urls import path
from django.views.i18n import set_language

from herstel.accounts import views as account_views

urlpatterns = [
    path("", account_views.home, name="home"),
    path("work/", account_views.work, name="work"),
    path("accounts/", include("herstel.accounts.urls")),
    path("dossiers/", include("herstel.dossiers.urls")),
    path("audit/", include("herstel.audit.urls")),
    path("partners/", include("herstel.partners.urls")),
    path(
        "public/partners/", include(("herstel.partners.urls_public", "partners_public"))
    ),
    path("network/", include("herstel.network.urls")),
    path("", include("herstel.inquiries.urls")),
    path("disposition/", include("herstel.disposition.urls")),
    path("notices/", include("herstel.notices.urls")),
    path("woo/", include("herstel.woo.urls")),
    path("reports/", include("herstel.reports.urls")),
    path("tasks/", include("herstel.core.task_views")),
    path("i18n/setlang/", set_language, name="set_language"),
    path("admin/", admin.site.urls),
    path("", include("herstel.core.branding")),
    path("", include("herstel.core.language")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    from herstel.core.devmail import mailbox_enabled

    if mailbox_enabled():
        urlpatterns.append(path("dev/mail/", include("herstel.core.devmail")))

    urlpatterns += staticfiles_urlpatterns()
