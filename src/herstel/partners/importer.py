# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Bulk import of organisations and contact moments from CSV or XLSX.

Every row is validated with the same forms as the screens (KvK number, privacy
guard, security advice, partnerships), and every bad row is reported. Nothing
is imported until the whole file is clean; then all rows are imported in one
transaction, so a file is imported completely or not at all.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from typing import TYPE_CHECKING
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record

from . import services
from .audit_events import PARTNERS_IMPORTED
from .constants import ContactForm as ContactFormChoices
from .constants import ImportKind
from .constants import OrganisationKind
from .constants import Tier
from .forms import ContactMomentForm
from .forms import OrganisationForm
from .models import Organisation
from .models import Theme

if TYPE_CHECKING:
    from herstel.core.actor import Actor

MAX_ROWS = 5000

ORGANISATION_COLUMNS = (
    "name",
    "kvk_number",
    "type",
    "themes",
    "website",
    "former_names",
)
CONTACT_COLUMNS = (
    "date",
    "form",
    "tier",
    "organisations",
    "topic",
    "themes",
    "unit",
    "notes",
    "outcomes",
)
REQUIRED = {
    ImportKind.ORGANISATIONS: ("name", "type"),
    ImportKind.CONTACTS: ("date", "form", "tier", "organisations", "topic", "unit"),
}


class ImportFileError(Exception):
    """The file as a whole cannot be read (format, encoding, columns, size)."""


@dataclass(frozen=True, slots=True)
class RowError:
    row: int
    """Row number as a spreadsheet shows it (the header is row 1)."""
    column: str
    message: str


@dataclass(slots=True)
class ImportReport:
    kind: str
    rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    imported: int = 0

    @property
    def is_clean(self) -> bool:
        return self.rows > 0 and not self.errors

    @property
    def bad_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors})


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_rows(*, data: bytes, filename: str) -> list[dict[str, str]]:
    """Rows as dictionaries keyed by lower-case column name."""
    is_xlsx = filename.lower().endswith(".xlsx")
    raw = _xlsx_rows(data) if is_xlsx else _csv_rows(data)
    try:
        header = [_text(h).lower() for h in next(raw)]
    except StopIteration:
        raise ImportFileError(_("The file is empty.")) from None
    rows = []
    for values in raw:
        cells = [_text(v) for v in values]
        if not any(cells):
            continue
        rows.append(
            dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False))
        )
        if len(rows) > MAX_ROWS:
            raise ImportFileError(
                _("The file has more than %(max)s rows; split it.") % {"max": MAX_ROWS}
            )
    return [{"__header__": ",".join(header)}, *rows]


def _csv_rows(data: bytes) -> Iterator[list[str]]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover  (cp1252 decodes nearly anything)
        raise ImportFileError(_("The file is not UTF-8 text."))
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return iter(csv.reader(io.StringIO(text), delimiter=delimiter))


def _xlsx_rows(data: bytes) -> Iterator[tuple[Any, ...]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a bad file
        raise ImportFileError(_("The file is not a readable XLSX workbook.")) from exc
    sheet = workbook.worksheets[0]
    return iter(sheet.iter_rows(values_only=True))


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.replace("|", ";").split(";") if part.strip()]


def _date(value: str) -> datetime.date:
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValidationError(_("Enter a date as YYYY-MM-DD or DD-MM-YYYY."))


def _choice(value: str, choices: type[Any]) -> str:
    lowered = value.strip().lower()
    for choice in choices:
        if lowered in (choice.value, str(choice.label).lower()):
            return str(choice.value)
    raise ValidationError(
        _("Unknown value; use one of: %(codes)s.")
        % {"codes": ", ".join(c.value for c in choices)}
    )


def _themes(value: str, themes: dict[str, Theme]) -> list[Theme]:
    unknown = [code for code in _split(value) if code.lower() not in themes]
    if unknown:
        raise ValidationError(
            _("Unknown theme %(codes)s; use one of: %(known)s.")
            % {"codes": ", ".join(unknown), "known": ", ".join(sorted(themes))}
        )
    return [themes[code.lower()] for code in _split(value)]


@dataclass(frozen=True, slots=True)
class _Prepared:
    row: int
    values: dict[str, Any]


def _errors_of(exc: ValidationError, default_column: str) -> list[tuple[str, str]]:
    if hasattr(exc, "error_dict"):
        return [
            (column if column != "__all__" else default_column, message)
            for column, errors in exc.message_dict.items()
            for message in errors
        ]
    return [(default_column, message) for message in exc.messages]


def _validate_organisations(
    rows: list[dict[str, str]], report: ImportReport
) -> list[_Prepared]:
    themes = {t.code: t for t in Theme.objects.all()}
    seen_kvk: dict[str, int] = {}
    prepared = []
    for number, row in enumerate(rows, start=2):
        errors: list[tuple[str, str]] = []
        values: dict[str, Any] = {}
        try:
            values["kind"] = _choice(row.get("type", ""), OrganisationKind)
        except ValidationError as exc:
            errors += _errors_of(exc, "type")
        try:
            values["themes"] = _themes(row.get("themes", ""), themes)
        except ValidationError as exc:
            errors += _errors_of(exc, "themes")
        form = OrganisationForm(
            data={
                "name": row.get("name", ""),
                "kvk_number": row.get("kvk_number", ""),
                "kind": values.get("kind", ""),
                "website": row.get("website", ""),
                "themes": [t.pk for t in values.get("themes", [])],
            }
        )
        if not form.is_valid():
            for column, messages in form.errors.items():
                if column == "kind" and "kind" not in values:
                    continue
                column_name = {"kind": "type"}.get(column, column)
                errors += [(column_name, str(m)) for m in messages]
        kvk = form.cleaned_data.get("kvk_number", "")
        if kvk:
            if kvk in seen_kvk:
                errors.append(
                    (
                        "kvk_number",
                        _("The same KvK number is on row %(row)s.")
                        % {"row": seen_kvk[kvk]},
                    )
                )
            seen_kvk.setdefault(kvk, number)
        for error_column, message in errors:
            report.errors.append(
                RowError(row=number, column=error_column, message=message)
            )
        if not errors:
            values.update(
                name=form.cleaned_data["name"],
                kvk_number=kvk,
                website=form.cleaned_data.get("website", ""),
                former_names=_split(row.get("former_names", "")),
            )
            prepared.append(_Prepared(row=number, values=values))
    return prepared


def _organisation_lookup() -> tuple[dict[str, Organisation], set[str]]:
    """Current organisations by KvK number and by name; names used twice apart."""
    lookup: dict[str, Organisation] = {}
    ambiguous: set[str] = set()
    for organisation in Organisation.objects.filter(merged_into__isnull=True):
        name = organisation.name.casefold()
        if name in lookup:
            ambiguous.add(name)
        lookup[name] = organisation
        if organisation.kvk_number:
            lookup[organisation.kvk_number] = organisation
    return lookup, ambiguous


def _validate_contacts(
    rows: list[dict[str, str]], report: ImportReport
) -> list[_Prepared]:
    themes = {t.code: t for t in Theme.objects.all()}
    organisations, ambiguous = _organisation_lookup()
    prepared = []
    for number, row in enumerate(rows, start=2):
        errors: list[tuple[str, str]] = []
        data: dict[str, Any] = {
            "topic": row.get("topic", ""),
            "notes": row.get("notes", ""),
            "outcomes": row.get("outcomes", ""),
            "unit": row.get("unit", ""),
        }
        try:
            data["date"] = _date(row.get("date", "")).isoformat()
        except ValidationError as exc:
            errors += _errors_of(exc, "date")
        for column, choices in (("form", ContactFormChoices), ("tier", Tier)):
            try:
                data[column] = _choice(row.get(column, ""), choices)
            except ValidationError as exc:
                errors += _errors_of(exc, column)
        try:
            data["themes"] = [t.pk for t in _themes(row.get("themes", ""), themes)]
        except ValidationError as exc:
            errors += _errors_of(exc, "themes")
        names = _split(row.get("organisations", ""))
        unknown = [n for n in names if n.casefold() not in organisations]
        if unknown:
            errors.append(
                (
                    "organisations",
                    _("Not in the register: %(names)s. Import the organisations first.")
                    % {"names": "; ".join(unknown)},
                )
            )
        twice = [n for n in names if n.casefold() in ambiguous]
        if twice:
            errors.append(
                (
                    "organisations",
                    _(
                        "More than one organisation is called %(names)s; use the "
                        "KvK number."
                    )
                    % {"names": "; ".join(twice)},
                )
            )
        data["organisations"] = [
            organisations[n.casefold()].pk
            for n in names
            if n.casefold() in organisations
        ]
        if not errors:
            form = ContactMomentForm(data=data)
            if form.is_valid():
                prepared.append(_Prepared(row=number, values={"form": form}))
            else:
                for column, messages in form.errors.items():
                    errors += [
                        ("organisations" if column == "__all__" else column, str(m))
                        for m in messages
                    ]
        for error_column, message in errors:
            report.errors.append(
                RowError(row=number, column=error_column, message=message)
            )
    return prepared


def import_check(
    *, actor: Actor, kind: str, data: bytes, filename: str
) -> tuple[ImportReport, list[_Prepared]]:
    """Validate every row; report every error. Writes nothing."""
    if not actor.has_perm("partners.keep_register"):
        raise PermissionDenied
    report = ImportReport(kind=kind)
    rows = read_rows(data=data, filename=filename)
    header = rows[0]["__header__"].split(",")
    rows = rows[1:]
    missing = [c for c in REQUIRED[ImportKind(kind)] if c not in header]
    if missing:
        raise ImportFileError(
            _("Columns missing from the first row: %(columns)s.")
            % {"columns": ", ".join(missing)}
        )
    report.rows = len(rows)
    if kind == ImportKind.ORGANISATIONS:
        prepared = _validate_organisations(rows, report)
    else:
        prepared = _validate_contacts(rows, report)
    return report, prepared


def import_run(
    *, actor: Actor, kind: str, data: bytes, filename: str, dry_run: bool
) -> ImportReport:
    """Check the file; unless ``dry_run``, import every row if it is clean."""
    report, prepared = import_check(
        actor=actor, kind=kind, data=data, filename=filename
    )
    if dry_run or not report.is_clean:
        return report
    with transaction.atomic():
        for item in prepared:
            if kind == ImportKind.ORGANISATIONS:
                values = item.values
                services.organisation_create(
                    actor=actor,
                    name=values["name"],
                    kind=values["kind"],
                    kvk_number=values["kvk_number"],
                    website=values["website"],
                    themes=values["themes"],
                    former_names=[(n, None) for n in values["former_names"]],
                )
            else:
                services.contact_register(
                    actor=actor, data=item.values["form"].contact_data()
                )
            report.imported += 1
        audit_event_record(
            event=PARTNERS_IMPORTED,
            actor=actor,
            target=None,
            context={"kind": kind, "rows": report.imported},
        )
    return report
