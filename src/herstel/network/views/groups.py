# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Home, groups, series creation and the member directory."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET
from django.views.decorators.http import require_http_methods
from django.views.decorators.http import require_POST

from herstel.audit.services import audit_event_record
from herstel.core.lists import ListSpec
from herstel.core.lists import list_page
from herstel.core.lists import private_search
from herstel.core.views import form_page

from .. import selectors
from .. import services
from ..audit_events import DIRECTORY_VIEWED
from ..constants import ConsultationStatus
from ..forms import GroupForm
from ..forms import SeriesForm
from .common import _data
from .common import member_view
from .common import moderator_view
from .common import network_view

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

# Home and groups ---------------------------------------------------------


@network_view
@require_GET
def home(request: AuthenticatedRequest) -> HttpResponse:
    actor = request.user
    return render(
        request,
        "network/home.html",
        {
            "meetings": selectors.meeting_upcoming(actor=actor)[:5],
            "topics": selectors.topic_list(actor=actor)[:5],
            "consultations": selectors.consultation_list(actor=actor).filter(
                status=ConsultationStatus.OPEN
            )[:5],
            "updates": selectors.update_list(actor=actor)[:3],
            "groups": selectors.group_list(actor=actor),
            "is_moderator": actor.has_perm("network.moderate"),
        },
    )


@network_view
@require_GET
def group_list(request: AuthenticatedRequest) -> HttpResponse:
    return render(
        request,
        "network/group_list.html",
        {"groups": selectors.group_list(actor=request.user)},
    )


@network_view
@require_GET
def group_detail(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    actor = request.user
    group = selectors.group_get(actor=actor, slug=slug)
    visible = selectors.group_content_visible(actor=actor, group=group)
    context: dict[str, Any] = {
        "group": group,
        "visible": visible,
        "status": selectors.group_membership_status(actor=actor, group=group),
    }
    if visible:
        context.update(
            meetings=selectors.meeting_list(actor=actor).filter(group=group),
            topics=selectors.topic_list(actor=actor).filter(group=group),
            updates=selectors.update_list(actor=actor).filter(group=group)[:5],
            consultations=selectors.consultation_list(actor=actor).filter(group=group),
        )
    return render(request, "network/group_detail.html", context)


@moderator_view
@require_http_methods(["GET", "POST"])
def group_create(request: AuthenticatedRequest) -> HttpResponse:
    form = GroupForm(_data(request))
    return form_page(
        request,
        form,
        "network/simple_form.html",
        lambda _cleaned: services.group_save(actor=request.user, group=form.instance),
        lambda group: redirect("network:group_detail", slug=group.slug),
        success=_("The group is saved."),
        context={"title": _("New group"), "submit": _("Save group")},
    )


@moderator_view
@require_http_methods(["GET", "POST"])
def series_create(request: AuthenticatedRequest) -> HttpResponse:
    form = SeriesForm(_data(request))
    return form_page(
        request,
        form,
        "network/simple_form.html",
        lambda _cleaned: services.series_save(actor=request.user, series=form.instance),
        lambda series: redirect("network:series_detail", pk=series.pk),
        success=_("The series is saved."),
        context={"title": _("New series"), "submit": _("Save series")},
    )


@member_view
@require_POST
def group_join(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    group = selectors.group_get(actor=request.user, slug=slug)
    membership = services.group_join(actor=request.user, group=group)
    if membership.status == "active":
        messages.success(request, _("You are now a member of this group."))
    else:
        messages.success(request, _("Your application was sent to the moderators."))
    return redirect("network:group_detail", slug=group.slug)


@member_view
@require_POST
def group_leave(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    group = selectors.group_get(actor=request.user, slug=slug)
    services.group_leave(actor=request.user, group=group)
    messages.success(request, _("You have left this group."))
    return redirect("network:group_list")


MEMBERS = ListSpec(
    key="members",
    sorts="name=display_name region background",
    default_sort="name",
    sort_keys={
        "name": lambda entry: entry.display_name.casefold(),
        "region": lambda entry: entry.region.casefold(),
        "background": lambda entry: entry.background.casefold(),
    },
    search_text=lambda entry: entry.display_name,
    search_label=gettext_lazy("Search by name"),
    # Members' names are personal data: the term stays out of the URL.
    private_search=True,
)


@network_view
@private_search(MEMBERS)
def directory(request: AuthenticatedRequest) -> HttpResponse:
    actor = request.user
    listing = list_page(request, selectors.member_directory(actor=actor), MEMBERS)
    audit_event_record(
        event=DIRECTORY_VIEWED,
        actor=actor,
        context={"shown": len(listing.page), "searched": bool(listing.search)},
    )
    return render(
        request,
        "network/directory.html",
        {"listing": listing, "is_moderator": actor.has_perm("network.moderate")},
    )
