"""Plans as rows, levels as columns, the plans named as the vendor names them.

"Support Plan | Low Severity SLA | Mid Severity SLA | High Severity SLA" over
"Support Standard | 1 Business Day | ...", "Support Plus | 8h | 4h | 2h",
"Mission Critical | 4h | 2h | 30min": the first column is headed as the plan
column, so each row's first cell is its plan, whether or not it holds one of
the usual plan words ("Plus", "Mission Critical" do not); and "Mid" is a level
between "Low" and "High". Every plan is recorded, the levels are the most
comprehensive plan's.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.levels import level_at_start
from reviewer.review import Review

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_plan_rows_named_freely(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 4. First response times
        | Support Plan | Channels | Low Severity SLA | Mid Severity SLA | High Severity SLA |
        | Support Standard | Portal | 1 Business Day | 1 Business Day | 1 Business Day |
        | Support Plus | Portal, Email | 8h | 4h | 2h |
        | Mission Critical | Portal, Email, Hotline | 4h | 2h | 30min |
        """, fmt=fmt).finding("response-times")
    assert [p["plan"] for p in f.facts["plans"]] == ["Support Standard", "Support Plus", "Mission Critical"]
    assert f.facts["plans"][1]["levels"] == [{"level": "Low Severity", "minutes": 480},
                                             {"level": "Mid Severity", "minutes": 240},
                                             {"level": "High Severity", "minutes": 120}]
    assert f.facts["levels"] == [{"level": "Low Severity", "minutes": 240},
                                 {"level": "Mid Severity", "minutes": 120},
                                 {"level": "High Severity", "minutes": 30}]


@pytest.mark.parametrize(("text", "level"), [("Mid Severity SLA", "Mid Severity"), ("Mid: 4 hours", "Mid"),
                                           ("Mid-market customers", None), ("Mid-year review", None)])
def test_mid_is_a_level_word(text: str, level: str | None) -> None:
    assert level_at_start(text) == level
