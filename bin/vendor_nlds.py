#!/usr/bin/env python
# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Re-fetch the vendored NL Design System CSS at its pinned versions.

Herstel serves the built CSS of two NL Design System packages itself (no npm
at run time, no CDN). This script downloads each pinned package with
``npm pack`` (the machine's npm client, registry.npmjs.org), checks the
tarball against the pinned sha512 integrity and the EUPL-1.2 licence in its
package.json, and copies the built CSS and the licence text into
src/herstel/static/vendor/nl-design-system/<package>/. Run it after changing a
pin below, then update docs/dependencies.md and NOTICE.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VENDOR = (
    Path(__file__).resolve().parent.parent
    / "src"
    / "herstel"
    / "static"
    / "vendor"
    / "nl-design-system"
)
# name, version, sha512 integrity (npm view <name>@<version> dist.integrity),
# folder, files copied from the package (dist files and the licence).
PINS = [
    (
        "@utrecht/component-library-css",
        "9.0.4",
        "sha512-gVA7D6GfP9/+fzehkYLSBR+0UPUTA97PZmgvTYQE88lPQhHGMlUk8FjmCpLKRsRC9hAYd32JuF/KzG6fmBfjJA==",
        "utrecht-component-library-css",
        ["dist/index.css", "LICENSE.md"],
    ),
    (
        "@nl-design-system-unstable/voorbeeld-design-tokens",
        "7.4.1",
        "sha512-GNnapAn2mTIzXRcCvs0JMr4Bf9+ivUJ3zFBJLRT1SYpAYm2xPwptVxIM3k4WLJ0c59E9FfxsEBPJluGuAHUVvg==",
        "voorbeeld-design-tokens",
        ["dist/theme.css", "LICENSE.md"],
    ),
]
ALLOWED_LICENCES = {"EUPL-1.2"}


def fetch(
    name: str, version: str, integrity: str, folder: str, files: list[str]
) -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("npm not found (apt-get install npm)")
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(  # noqa: S603 - fixed arguments, pinned names
            [npm, "pack", f"{name}@{version}", "--json", "--pack-destination", tmp],
            check=True,
            capture_output=True,
            text=True,
        )
        tarball = Path(tmp) / json.loads(out.stdout)[0]["filename"]
        digest = base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest())
        if f"sha512-{digest.decode()}" != integrity:
            raise SystemExit(f"{name}@{version}: integrity mismatch")
        with tarfile.open(tarball) as archive:
            archive.extractall(tmp, filter="data")
        package = Path(tmp) / "package"
        meta = json.loads((package / "package.json").read_text())
        if meta["version"] != version or meta.get("license") not in ALLOWED_LICENCES:
            raise SystemExit(f"{name}: version or licence not as pinned: {meta}")
        target = VENDOR / folder
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        for relative in files:
            shutil.copyfile(package / relative, target / Path(relative).name)
        (target / "VERSION.txt").write_text(
            f"{name} {version} ({meta['license']})\n{integrity}\n"
        )
        print(f"{name}@{version} -> {target}")


def main() -> int:
    for pin in PINS:
        fetch(*pin)
    return 0


if __name__ == "__main__":
    sys.exit(main())
