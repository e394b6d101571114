# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""State shared by the extractors while one top-level file is extracted.

A :class:`Context` carries the limits, the nesting depth and the budgets (text
characters, unpacked bytes, OCR pages, the deadline). Container formats (e-mail,
MSG, ZIP) hand their parts to :meth:`Context.extract_part`, which recurses through
the dispatcher and records failures instead of letting one bad part sink the
whole file.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace

from .base import ErrorCode
from .base import ExtractionError
from .base import Limits

Dispatch = Callable[[bytes, str, "Context", "str | None"], tuple[str, str]]
"""``(data, filename, context, declared media type) -> (media type, text)``."""

SOFT_DEADLINE_SHARE = 0.8
"""Share of the time limit after which page-wise extractors stop and return."""

# Errors that concern the whole extraction, not just the part that hit them.
_FATAL_CODES = frozenset({ErrorCode.TOO_DEEP, ErrorCode.TIMEOUT})


# Values that authoring tools fill in when nobody set the field.
_PLACEHOLDERS = frozenset(
    {
        "anonymous",
        "untitled",
        "unspecified",
        "unknown",
        "none",
        "author",
        "user",
        "python-docx",
        "python-pptx",
        "openpyxl",
        "microsoft office user",
    }
)


@dataclass(slots=True)
class _State:
    """Mutable budgets and findings, shared by every nested context."""

    deadline: float | None
    soft_deadline: float | None = None
    parts: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failures: list[tuple[str, str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    metadata: list[tuple[str, str]] = field(default_factory=list)
    chars: int = 0
    unpacked: int = 0
    ocr_pages: int = 0


@dataclass(frozen=True, slots=True)
class Context:
    """Where an extractor is (depth, part path) and what it may still spend."""

    limits: Limits
    max_bytes: int
    dispatch: Dispatch
    state: _State
    depth: int = 0
    prefix: str = ""

    @classmethod
    def start(
        cls,
        *,
        limits: Limits,
        max_bytes: int,
        dispatch: Dispatch,
        timeout: float | None,
    ) -> Context:
        """Return the context of a top-level file."""
        now = time.monotonic()
        deadline = None if timeout is None else now + timeout
        soft = None if timeout is None else now + timeout * SOFT_DEADLINE_SHARE
        return cls(
            limits=limits,
            max_bytes=max_bytes,
            dispatch=dispatch,
            state=_State(deadline=deadline, soft_deadline=soft),
        )

    # -- budgets -------------------------------------------------------------

    def charge_chars(self, count: int) -> None:
        """Count ``count`` characters of output against ``max_chars``."""
        self.state.chars += count
        if self.state.chars > self.limits.max_chars:
            raise ExtractionError(
                ErrorCode.TOO_MUCH_TEXT,
                f"The text exceeds {self.limits.max_chars} characters.",
            )

    def charge_unpacked(self, count: int, what: str) -> None:
        """Count ``count`` unpacked bytes against ``max_bytes``."""
        self.state.unpacked += count
        if self.state.unpacked > self.max_bytes:
            raise ExtractionError(
                ErrorCode.TOO_LARGE,
                f"The {what} unpacks to more than {self.max_bytes} bytes in total.",
            )

    def take_ocr_page(self) -> bool:
        """Reserve one OCR page; ``False`` once ``max_ocr_pages`` are used."""
        if self.state.ocr_pages >= self.limits.max_ocr_pages:
            return False
        self.state.ocr_pages += 1
        return True

    def check_deadline(self) -> None:
        """Raise ``timeout`` once the deadline has passed.

        In a worker process the parent kills the worker at the deadline; this
        check lets in-process extraction stop between pages, rows and parts.
        """
        if self.state.deadline is not None and time.monotonic() > self.state.deadline:
            raise ExtractionError(
                ErrorCode.TIMEOUT, "The extraction exceeded its time limit."
            )

    def out_of_time(self) -> bool:
        """Whether most of the time is used: stop reading pages, keep what is read.

        Long documents (PDF pages) check this between pages, so a file that
        needs more time than allowed gives the pages read so far, and the rest
        are listed as ``timeout``, rather than losing the whole file when the
        worker is killed at the hard deadline.
        """
        soft = self.state.soft_deadline
        return soft is not None and time.monotonic() > soft

    def remaining(self) -> float | None:
        """Seconds left before the deadline, or ``None`` without a deadline."""
        if self.state.deadline is None:
            return None
        return max(0.0, self.state.deadline - time.monotonic())

    # -- nested parts --------------------------------------------------------

    def path(self, name: str) -> str:
        """Return the part path of ``name`` inside the current file."""
        return f"{self.prefix}{name}"

    def skip(self, name: str, code: str, message: str = "") -> None:
        """Record a part (or page) whose text is missing."""
        path = self.path(name)
        self.state.parts.append(path)
        self._failed(path, str(code), message)

    def part_ok(self, name: str) -> None:
        """Record a part (a page, an embedded object) that was read."""
        self.state.parts.append(self.path(name))

    def note(self, message: str) -> None:
        """Record a remark about the file that does not make its text incomplete."""
        if message not in self.state.notes:
            self.state.notes.append(message)

    def add_metadata(self, name: str, value: object) -> None:
        """Record one metadata field of the top-level file or a part."""
        text = " ".join(str(value or "").split())
        if text.lower().strip("()") in _PLACEHOLDERS:
            return
        if text and len(text) < 1000 and (name, text) not in self.state.metadata:
            self.state.metadata.append((name, text))

    def _failed(self, path: str, code: str, message: str) -> None:
        self.state.skipped.append((path, code))
        self.state.failures.append((path, code, message))

    def extract_part(
        self,
        name: str,
        load: Callable[[], bytes],
        declared_type: str | None = None,
    ) -> str | None:
        """Extract one nested file; return its text or ``None`` if it failed.

        ``load`` returns the part's bytes; its errors (a bad CRC, an encrypted
        archive member) count as the part's failure. The media type is detected
        as for a top-level file, with ``declared_type`` as a hint.
        """

        def run(nested: Context) -> str:
            try:
                data = load()
            except ExtractionError:
                raise
            except Exception as exc:
                raise ExtractionError(
                    ErrorCode.CORRUPT,
                    f"The part cannot be read: {type(exc).__name__}.",
                ) from exc
            _, text = self.dispatch(data, name, nested, declared_type)
            return text

        return self.extract_nested(name, run)

    def extract_nested(self, name: str, run: Callable[[Context], str]) -> str | None:
        """Run ``run`` for a nested part one level deeper; ``None`` if it failed.

        A failed part is listed in ``skipped`` with its error code; its text
        does not count against the character budget. ``too_deep`` and
        ``timeout`` propagate, because the rest of the file is affected too.
        """
        self.check_deadline()
        path = self.path(name)
        self.state.parts.append(path)
        chars_before = self.state.chars
        nested = replace(self, depth=self.depth + 1, prefix=f"{path}/")
        try:
            nested.check_depth()
            return run(nested)
        except ExtractionError as exc:
            if exc.code in _FATAL_CODES:
                raise
            self.state.chars = chars_before
            self._failed(path, exc.code, exc.message)
            return None

    def check_depth(self) -> None:
        """Raise ``too_deep`` when this context is nested beyond ``max_depth``."""
        if self.depth > self.limits.max_depth:
            raise ExtractionError(
                ErrorCode.TOO_DEEP,
                f"Attachments are nested more than {self.limits.max_depth} "
                "levels deep.",
            )
