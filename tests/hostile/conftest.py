"""A real review and the answer workbook a vendor returned for it, shared by the hostile tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.xlsx_cases import answered_workbook


@pytest.fixture
def answered(tmp_path: Path):
    """(review, the returned workbook with two answers) for a real DOCX contract."""
    return answered_workbook(tmp_path)
