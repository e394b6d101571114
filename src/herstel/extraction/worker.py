# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The worker subprocess of :mod:`.sandbox`, and the framing both sides use.

The parent sends ``[u32 length][JSON header][u64 length][file bytes]``; the
worker answers ``[u32 length][JSON meta][u64 length][UTF-8 text]``. The answer
is JSON, never pickle: the worker parses hostile files, so the parent must not
trust anything it sends back beyond plain data.
"""

from __future__ import annotations

import json
import logging
import os
import select
import signal
import struct
from typing import IO
from typing import Any

READY = b"R"
"""Sent once by the worker when its imports are done."""

IDLE_SECONDS = 300.0
"""A worker that receives no request for this long exits to free its memory."""

MEMORY_LIMIT_BYTES = 3 * 1024**3
"""Address space limit of a worker; a parser that needs more fails cleanly."""

KILL_GRACE_SECONDS = 0.5
"""How long after the time limit the parent kills a worker that did not answer."""

_HEADER = struct.Struct(">I")
_BODY = struct.Struct(">Q")


def encode_frame(meta: dict[str, Any], body: bytes) -> bytes:
    """Return one message: a JSON header and a binary body."""
    header = json.dumps(meta).encode("utf-8")
    return b"".join((_HEADER.pack(len(header)), header, _BODY.pack(len(body)), body))


def encode_text(text: str) -> bytes:
    """Encode text for the wire; lone surrogates survive the round trip."""
    return text.encode("utf-8", "surrogatepass")


def decode_text(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogatepass")


def _read_exact(stream: IO[bytes], size: int) -> bytes | None:
    chunks: list[bytes] = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _read_request(stream: IO[bytes]) -> tuple[dict[str, Any], bytes] | None:
    raw = _read_exact(stream, _HEADER.size)
    if raw is None:
        return None
    header = _read_exact(stream, _HEADER.unpack(raw)[0])
    raw_size = _read_exact(stream, _BODY.size)
    if header is None or raw_size is None:
        return None
    body = _read_exact(stream, _BODY.unpack(raw_size)[0])
    if body is None:
        return None
    return json.loads(header), body


def _answer(request: dict[str, Any], data: bytes) -> bytes:
    """Run one extraction and return the framed answer."""
    from .base import ErrorCode
    from .base import ExtractionError
    from .base import Job
    from .extractors import extract_in_process

    job = Job.from_header(request)
    if job.timeout is not None:
        # A last resort should the parent be gone: SIGALRM's default action
        # ends this process even inside C code that never returns.
        signal.setitimer(signal.ITIMER_REAL, job.timeout + 4 * KILL_GRACE_SECONDS)
    try:
        result = extract_in_process(data, job)
        return encode_frame({"ok": True, **result.meta()}, encode_text(result.text))
    except ExtractionError as exc:
        return encode_frame(
            {"ok": False, "code": exc.code, "message": exc.message}, b""
        )
    except MemoryError:
        return encode_frame(
            {
                "ok": False,
                "code": ErrorCode.TOO_LARGE,
                "message": "The file needs more memory than is available.",
            },
            b"",
        )
    except Exception as exc:  # never let one file end the worker
        return encode_frame(
            {
                "ok": False,
                "code": ErrorCode.CORRUPT,
                "message": f"The file cannot be read: {type(exc).__name__}.",
            },
            b"",
        )
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def main() -> None:
    """Serve extraction requests on stdin until EOF or a long idle spell."""
    # Library warnings must not reach the parent's terminal or logs.
    logging.basicConfig(handlers=[logging.NullHandler()], force=True)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    except (ImportError, ValueError, OSError):
        pass
    requests = os.fdopen(0, "rb", buffering=0)
    # Keep stray writes of libraries to stdout off the protocol channel.
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    import herstel.extraction  # noqa: F401 - load the parsers before READY

    answers.write(READY)
    answers.flush()
    while True:
        ready, _, _ = select.select([requests], [], [], IDLE_SECONDS)
        if not ready:
            return
        request = _read_request(requests)
        if request is None:
            return
        header, data = request
        answers.write(_answer(header, data))
        answers.flush()


if __name__ == "__main__":
    main()
