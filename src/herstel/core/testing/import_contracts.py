# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""An import-linter contract type: apps use each other only through their
public modules.

import-linter's own contract types say which packages may import which
(``layers``, ``independence``, ``acyclic_siblings``); none says *which modules*
of a package others may import. This one does, as an allow-list, so a new
internal module is private without anyone having to list it::

    [importlinter:contract:public-interfaces]
    type = public_interface
    apps = herstel.dossiers herstel.disposition
    public = services selectors constants
    extra_public = herstel.audit.registry
    exempt_importers = herstel.demo herstel.*.tests
    ignore_imports = herstel.x.views -> herstel.y.models

An import from one app into another is kept when the imported module is one
of the other app's ``public`` modules (or a module below one, e.g.
``services.holds``), is named in ``extra_public`` (or lies below one), or the
importer lies in one of ``exempt_importers``. Anything else breaks the
contract. It is loaded by ``lint-imports`` only (a development dependency);
the product never imports it.
"""

from __future__ import annotations

from typing import Any

import grimp
from importlinter import Contract
from importlinter import ContractCheck
from importlinter import fields
from importlinter import output
from importlinter.application import contract_utils
from importlinter.domain import helpers


def _within(module: str, packages: set[str]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


class PublicInterfaceContract(Contract):
    type_name = "public_interface"

    apps = fields.ListField(subfield=fields.ModuleField())
    public = fields.ListField(subfield=fields.StringField())
    extra_public = fields.ListField(subfield=fields.ModuleField(), required=False)
    exempt_importers = fields.ListField(
        subfield=fields.ModuleExpressionField(), required=False
    )
    ignore_imports = fields.SetField(
        subfield=fields.ImportExpressionField(), required=False
    )
    unmatched_ignore_imports_alerting = fields.EnumField(
        contract_utils.AlertLevel, default=contract_utils.AlertLevel.ERROR
    )

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        # The fields hold the parsed values once the contract is built.
        options: Any = self
        removal = contract_utils.remove_ignored_imports_and_report(
            graph=graph,
            ignore_imports=options.ignore_imports,
            unmatched_alerting=options.unmatched_ignore_imports_alerting,
        )
        apps = {module.name for module in options.apps}
        public: set[str] = set(options.public)
        extra = {module.name for module in options.extra_public or []}
        exempt = {
            module.name
            for module in helpers.module_expressions_to_modules(
                graph=graph,
                expressions=options.exempt_importers or [],
                as_packages=True,
            )
        }
        broken: list[dict[str, Any]] = []
        for app in sorted(apps):
            if app not in graph.modules:
                continue
            own = graph.find_descendants(app) | {app}
            for imported in sorted(own):
                if imported == app:
                    continue
                below = imported[len(app) + 1 :].split(".")[0]
                if below in public or _within(imported, extra):
                    continue
                importers = graph.find_modules_that_directly_import(imported)
                for importer in sorted(importers):
                    if importer in own or _within(importer, exempt):
                        continue
                    details = graph.get_import_details(
                        importer=importer, imported=imported
                    )
                    broken.append(
                        {
                            "importer": importer,
                            "imported": imported,
                            "lines": [d["line_number"] for d in details],
                        }
                    )
        return ContractCheck(
            kept=not broken,
            metadata={"broken": broken},
            warnings=list(removal.warnings),
        )

    def render_broken_contract(self, check: ContractCheck) -> None:
        for item in check.metadata["broken"]:
            lines = ", ".join(f"l.{n}" for n in item["lines"])
            output.print_error(
                f"{item['importer']} -> {item['imported']} ({lines}): "
                "not a public module of that app",
                bold=False,
            )
            output.new_line()
