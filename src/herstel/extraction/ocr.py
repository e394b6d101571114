# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""OCR with the Tesseract command line program, and the image extractor.

Tesseract is optional: :func:`find_tesseract` looks for the ``tesseract`` binary
at run time (Debian: ``tesseract-ocr`` with ``tesseract-ocr-nld``). Without it,
images and scanned PDF pages give ``ocr_unavailable``. Images are decoded with
Pillow, checked against the pixel limit, turned into greyscale and piped to
Tesseract, so Tesseract never parses the untrusted file itself.
"""

from __future__ import annotations

import functools
import io
import math
import os
import shutil
import subprocess
import warnings
from dataclasses import dataclass

from PIL import Image
from PIL import ImageSequence

from .base import ErrorCode
from .base import ExtractionError
from .base import time_limited
from .context import Context

PREFERRED_LANGUAGES = ("nld", "eng")
"""Tesseract models in order of preference; the first installed one is used."""

OCR_DPI = 300
"""Resolution assumed for images without one; scans are usually 300 dpi."""

MAX_SECONDS_PER_IMAGE = 300.0
"""Upper bound for one Tesseract run when the extraction has no deadline."""

_MIN_OCR_SIDE = 32


@dataclass(frozen=True, slots=True)
class Tesseract:
    """An installed Tesseract binary and the language model it will use."""

    path: str
    language: str

    def command(self, *outputs: str) -> list[str]:
        """The call for one image on stdin, text on stdout (``outputs``, e.g.
        ``"tsv"``, add output formats): this model, ``OCR_DPI``, automatic
        page layout."""
        return [
            self.path,
            "stdin",
            "stdout",
            "-l",
            self.language,
            "--dpi",
            str(OCR_DPI),
            "--psm",
            "3",
            *outputs,
        ]


@functools.cache
def find_tesseract() -> Tesseract | None:
    """Return the installed Tesseract with a usable model, or ``None``.

    The answer is cached for the life of the process.
    """
    path = shutil.which("tesseract")
    if path is None:
        return None
    try:
        listing = subprocess.run(  # noqa: S603 - fixed arguments, no shell
            [path, "--list-langs"],
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    output = listing.stdout.decode("utf-8", "replace").splitlines()
    installed = {line.strip() for line in output[1:]}
    for language in PREFERRED_LANGUAGES:
        if language in installed:
            return Tesseract(path=path, language=language)
    return None


def require_tesseract() -> Tesseract:
    """Return the installed Tesseract or raise ``ocr_unavailable``."""
    tesseract = find_tesseract()
    if tesseract is None:
        raise ExtractionError(
            ErrorCode.OCR_UNAVAILABLE,
            "The file needs OCR, but Tesseract with a Dutch or English model "
            "is not installed.",
        )
    return tesseract


def ocr_image(image: Image.Image, ctx: Context) -> str:
    """Return the text Tesseract reads in ``image``.

    Raises ``ocr_unavailable`` without Tesseract, ``too_large`` once the OCR page
    budget is spent, ``timeout`` when Tesseract runs past the deadline and
    ``corrupt`` when it fails.
    """
    tesseract = require_tesseract()
    check_pixels(image.width, image.height, ctx)
    if min(image.width, image.height) < _MIN_OCR_SIDE:
        return ""
    if not ctx.take_ocr_page():
        raise ExtractionError(
            ErrorCode.TOO_LARGE,
            f"More than {ctx.limits.max_ocr_pages} pages or images need OCR.",
        )
    ctx.check_deadline()
    payload = _prepare(image, ctx.limits.ocr_max_pixels)
    remaining = ctx.remaining()
    timeout = MAX_SECONDS_PER_IMAGE if remaining is None else max(remaining, 0.1)
    # One thread per Tesseract: extraction already runs in parallel processes,
    # and OpenMP threads on top only oversubscribe the cores.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    command = tesseract.command()
    with time_limited("OCR exceeded the time limit."):
        done = subprocess.run(  # noqa: S603 - fixed arguments, no shell
            command,
            input=payload,
            capture_output=True,
            timeout=timeout,
            env=env,
            check=False,
        )
    if done.returncode != 0:
        raise ExtractionError(
            ErrorCode.CORRUPT, f"Tesseract failed with exit code {done.returncode}."
        )
    text = done.stdout.decode("utf-8", "replace").replace("\x0c", "").strip()
    ctx.charge_chars(len(text))
    return text


def check_pixels(width: int, height: int, ctx: Context) -> None:
    """Refuse images whose pixel count exceeds ``max_image_pixels``."""
    if width * height > ctx.limits.max_image_pixels:
        raise ExtractionError(
            ErrorCode.DECOMPRESSION_BOMB,
            f"The image has {width}x{height} pixels; at most "
            f"{ctx.limits.max_image_pixels} are decoded.",
        )


def _prepare(image: Image.Image, max_pixels: int) -> bytes:
    """Return ``image`` as greyscale PNM, scaled down to ``max_pixels``."""
    if image.mode not in ("1", "L"):
        if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
            # Transparent areas become white paper instead of black.
            background = Image.new("RGBA", image.size, "white")
            background.alpha_composite(image.convert("RGBA"))
            image = background
        image = image.convert("L")
    pixels = image.width * image.height
    if pixels > max_pixels:
        scale = math.sqrt(max_pixels / pixels)
        size = (max(1, int(image.width * scale)), max(1, int(image.height * scale)))
        image = image.convert("L").resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, format="PPM")
    return buffer.getvalue()


def extract_image(data: bytes, ctx: Context) -> str:
    """Return the OCR text of an image; each frame of a TIFF or GIF is a page.

    The pixel limit is checked first, so a decompression bomb is reported as one
    even where Tesseract is missing.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except Image.DecompressionBombError as exc:
            raise ExtractionError(
                ErrorCode.DECOMPRESSION_BOMB, "The image has too many pixels."
            ) from exc
    with image:
        check_pixels(image.width, image.height, ctx)
        require_tesseract()
        texts: list[str] = []
        for frame in ImageSequence.Iterator(image):
            check_pixels(frame.width, frame.height, ctx)
            frame.load()
            texts.append(ocr_image(frame, ctx))
    return "\n\n".join(text for text in texts if text)
