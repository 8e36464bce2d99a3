"""A clause whose run-in heading is a level gives that level its times.

"Severity 2 (High) - Major functionality impaired. Response: 4 hours.": the heading names the
clause's level, its text describes it. Before, a level word opening the description ("Major")
was taken for the level, so the list read Severity 1, Major, Severity 3.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_heading_names_the_level(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # Severity and Response
        1.1 Severity 1 (Critical) - Production system down. Response: 1 hour.
        1.2 Severity 2 (High) - Major functionality impaired. Response: 4 hours.
        1.3 Severity 3 (Low) - General questions. Response: 2 business days.
        """, fmt=fmt).finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert [lv["level"] for lv in f.facts["levels"]] == ["Severity 1", "Severity 2", "Severity 3"]
    assert [lv["minutes"] for lv in f.facts["levels"]] == [60, 240, 960]
