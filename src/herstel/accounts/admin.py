# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""User administration. Role changes made here are audited like any other.

A role that grants access to personal data is not given at once: the admin
site files a :class:`RoleGrant` that a second administrator approves or
rejects (never the one who asked, never the user it is for).
"""

from typing import Any

from django.contrib import admin
from django.contrib import messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from herstel.audit.admin import AuditedModelAdmin
from herstel.audit.admin import NoEditModelAdmin
from herstel.audit.services import audit_event_record
from herstel.core.actor import request_actor

from .audit_events import ROLES_CHANGED
from .constants import APPROVAL_ROLES
from .constants import Role
from .models import RoleGrant
from .models import User
from .services import role_grant_decide
from .services import role_grant_request


@admin.register(User)
class UserAdmin(AuditedModelAdmin, BaseUserAdmin):
    list_display = ("username", "first_name", "last_name", "is_active", "last_login")
    list_filter = ("is_active", "groups")
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        (_("Personal info"), {"fields": ("first_name", "last_name", "email")}),
        (_("Roles"), {"fields": ("is_active", "groups")}),
        (_("Dates"), {"fields": ("last_login", "date_joined")}),
    )
    readonly_fields = ("last_login", "date_joined")

    def save_related(
        self, request: HttpRequest, form: Any, formsets: Any, change: bool
    ) -> None:
        before = (
            sorted(form.instance.groups.values_list("name", flat=True))
            if change
            else []
        )
        # Roles that grant access to personal data wait for a second
        # administrator; everything else (and every removal) applies now.
        approval = {role.value for role in APPROVAL_ROLES}
        chosen = form.cleaned_data.get("groups")
        held_back = []
        if chosen is not None:
            held_back = [
                group
                for group in chosen
                if group.name in approval and group.name not in before
            ]
            if held_back:
                form.cleaned_data["groups"] = chosen.exclude(
                    pk__in=[group.pk for group in held_back]
                )
        super().save_related(request, form, formsets, change)
        after = sorted(form.instance.groups.values_list("name", flat=True))
        if before != after:
            audit_event_record(
                event=ROLES_CHANGED,
                actor=request_actor(request),
                target=form.instance,
                context={"before": before, "after": after},
            )
        for group in held_back:
            role_grant_request(
                user=form.instance, role=Role(group.name), actor=request_actor(request)
            )
            messages.warning(
                request,
                gettext(
                    "The role %(role)s waits for another administrator's approval "
                    "(Role grants)."
                )
                % {"role": Role(group.name).label},
            )


@admin.register(RoleGrant)
class RoleGrantAdmin(NoEditModelAdmin):
    """Pending and decided role grants; approving is an action, never an edit."""

    list_display = (
        "user",
        "role",
        "status",
        "requested_by",
        "requested_at",
        "decided_by",
        "decided_at",
    )
    list_filter = ("status", "role")
    actions = ["approve", "reject"]
    list_select_related = ("user", "requested_by", "decided_by")

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return bool(request.user.has_perm("accounts.view_rolegrant"))

    def has_decide_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm("accounts.decide_role_grant"))

    @admin.action(
        description=_("Approve the selected role grants"), permissions=["decide"]
    )
    def approve(self, request: HttpRequest, queryset: QuerySet[RoleGrant]) -> None:
        self._decide(request, queryset, approve=True)

    @admin.action(
        description=_("Reject the selected role grants"), permissions=["decide"]
    )
    def reject(self, request: HttpRequest, queryset: QuerySet[RoleGrant]) -> None:
        self._decide(request, queryset, approve=False)

    def _decide(
        self, request: HttpRequest, queryset: QuerySet[RoleGrant], *, approve: bool
    ) -> None:
        done = 0
        for grant in queryset:
            try:
                role_grant_decide(
                    grant=grant, actor=request_actor(request), approve=approve
                )
            except ValidationError as exc:
                messages.error(
                    request,
                    f"{grant.user} ({grant.get_role_display()}): "
                    + " ".join(exc.messages),
                )
            else:
                done += 1
        if done:
            messages.success(
                request, gettext("%(count)d role grants decided.") % {"count": done}
            )
