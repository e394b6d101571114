# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Bulk import: check a file, then import it whole."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.contrib import messages
from django.http import HttpRequest
from django.http import HttpResponse
from django.shortcuts import redirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from herstel.core.views import staff_view
from herstel.vault.services import SealedBlob
from herstel.vault.services import blob_put
from herstel.vault.services import blob_read
from herstel.vault.services import blob_shred

from .. import importer
from ..constants import ImportKind
from ..forms import ImportForm
from .common import IMPORT_PURPOSE
from .common import IMPORT_SESSION_KEY

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest


def _staged(request: HttpRequest) -> dict[str, Any] | None:
    staged = request.session.get(IMPORT_SESSION_KEY)
    return staged if isinstance(staged, dict) else None


def _unstage(request: HttpRequest) -> None:
    staged = _staged(request)
    if staged:
        blob_shred(blob=SealedBlob(key_id=staged["key_id"], blob_name=staged["blob"]))
        del request.session[IMPORT_SESSION_KEY]


@staff_view("partners.keep_register", methods="GET POST")
def import_view(request: AuthenticatedRequest) -> HttpResponse:
    """Check a file (dry run); when it is clean, import the checked file on request.

    Between the two steps the file is kept encrypted in the vault and shredded
    after the import or when another file is checked.
    """
    report = None
    form = ImportForm()
    status = 200
    if request.method == "POST" and request.POST.get("action") == "import":
        staged = _staged(request)
        if not staged:
            messages.error(request, _("Check the file first."))
            return redirect("partners:import")
        data = blob_read(
            blob=SealedBlob(key_id=staged["key_id"], blob_name=staged["blob"]),
            purpose=IMPORT_PURPOSE,
        )
        try:
            report = importer.import_run(
                actor=request.user,
                kind=staged["kind"],
                data=data,
                filename=staged["filename"],
                dry_run=False,
            )
        except importer.ImportFileError as exc:
            messages.error(request, str(exc))
            _unstage(request)
            return redirect("partners:import")
        _unstage(request)
        if report.imported:
            messages.success(
                request,
                ngettext(
                    "%(count)s row imported.",
                    "%(count)s rows imported.",
                    report.imported,
                )
                % {"count": report.imported},
            )
            return redirect(
                "partners:organisation_list"
                if staged["kind"] == ImportKind.ORGANISATIONS
                else "partners:contact_list"
            )
        status = 400
    elif request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            data = upload.read()
            _unstage(request)
            try:
                report = importer.import_run(
                    actor=request.user,
                    kind=form.cleaned_data["kind"],
                    data=data,
                    filename=upload.name,
                    dry_run=True,
                )
            except importer.ImportFileError as exc:
                form.add_error("file", str(exc))
                status = 400
            else:
                if report.is_clean:
                    blob = blob_put(data=data, purpose=IMPORT_PURPOSE)
                    request.session[IMPORT_SESSION_KEY] = {
                        "key_id": blob.key_id,
                        "blob": blob.blob_name,
                        "kind": form.cleaned_data["kind"],
                        "filename": "import.xlsx"
                        if upload.name.lower().endswith(".xlsx")
                        else "import.csv",
                    }
                else:
                    status = 400
        else:
            status = 400
    return render(
        request,
        "partners/import.html",
        {
            "form": form,
            "report": report,
            "organisation_columns": importer.ORGANISATION_COLUMNS,
            "contact_columns": importer.CONTACT_COLUMNS,
        },
        status=status,
    )
