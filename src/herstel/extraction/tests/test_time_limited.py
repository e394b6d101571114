# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""An external program past its time limit is the ``timeout`` refusal."""

import subprocess

import pytest

from herstel.extraction.base import ErrorCode
from herstel.extraction.base import ExtractionError
from herstel.extraction.base import time_limited


def test_a_program_past_its_time_limit_is_a_timeout_refusal():
    with pytest.raises(ExtractionError) as caught, time_limited("OCR took too long."):
        raise subprocess.TimeoutExpired(cmd="tesseract", timeout=1)
    assert caught.value.code == ErrorCode.TIMEOUT
    assert caught.value.message == "OCR took too long."
    assert isinstance(caught.value.__cause__, subprocess.TimeoutExpired)


def test_other_errors_and_results_pass_through():
    with time_limited("unused"):
        answer = 42
    assert answer == 42
    with pytest.raises(OSError), time_limited("unused"):
        raise OSError("no such program")
