# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Bounded-time fuzzing: mutated files give a result or an ExtractionError only."""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from herstel.extraction import ErrorCode
from herstel.extraction import ExtractionError
from herstel.extraction import ExtractionResult
from herstel.extraction import extract_text

from .every_format import EVERY_FORMAT as SAMPLES

# CI runs a fixed, derandomized set within ~10 s; set HERSTEL_FUZZ_EXAMPLES for a
# longer random run, e.g. HERSTEL_FUZZ_EXAMPLES=5000 before a release.
EXAMPLES_PER_FORMAT = int(os.environ.get("HERSTEL_FUZZ_EXAMPLES", "150"))
DERANDOMIZE = "HERSTEL_FUZZ_EXAMPLES" not in os.environ
CODES = {str(code) for code in ErrorCode}

mutations = st.lists(
    st.tuples(
        st.floats(min_value=0, max_value=1, exclude_max=True),
        st.integers(min_value=0, max_value=16),
        st.binary(max_size=16),
    ),
    min_size=1,
    max_size=12,
)


def mutate(data: bytes, edits: list[tuple[float, int, bytes]], cut: float) -> bytes:
    """Replace slices at relative positions, then cut the tail off."""
    mutated = bytearray(data)
    for where, length, replacement in edits:
        position = int(where * len(mutated)) if mutated else 0
        mutated[position : position + length] = replacement
    return bytes(mutated[: max(1, int(len(mutated) * cut))])


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_mutated_files_never_raise_anything_else(name: str) -> None:
    """Whatever the damage, only ExtractionResult or ExtractionError come out."""
    original = SAMPLES[name]()
    started = time.monotonic()

    @settings(
        max_examples=EXAMPLES_PER_FORMAT,
        deadline=None,
        derandomize=DERANDOMIZE,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(
        edits=mutations,
        cut=st.one_of(st.just(1.0), st.floats(min_value=0.01, max_value=1.0)),
    )
    def check(edits: list[tuple[float, int, bytes]], cut: float) -> None:
        data = mutate(original, edits, cut)
        try:
            result = extract_text(data, f"bestand.{name}", isolate=False, timeout=5)
        except ExtractionError as exc:
            assert exc.code in CODES
            assert isinstance(exc.message, str)
        else:
            assert isinstance(result, ExtractionResult)
            assert isinstance(result.text, str)
            result.text.encode("utf-8")  # always valid Unicode
            for _part, code, _message in result.part_results:
                assert code == "ok" or code in CODES

    check()
    if DERANDOMIZE:
        # A hang guard, not a benchmark: each format takes a few seconds on a
        # quiet machine; minutes mean a limit no longer holds.
        assert time.monotonic() - started < 120
