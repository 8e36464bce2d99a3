"""Table forms of per-level times: the unit in the column's header, editions as plans.

"Response time (hours) | Resolution time (hours)" over "Severity 1 | 1 | 4": the header gives
the unit the cells leave out (also "响应时间（分钟）", a kind of time's row "Response time
(hours) | 1 | 4" under "Measure | Priority 1 | Priority 2"); before, a bare number was no
time and the item was vague with no facts. "服务版本 | 响应时间" over "企业版 | 1小时": the
editions are the plans (as "Plan | First Response Time" is in English).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def _levels(facts: dict) -> list[tuple[str, int]]:
    return [(lv["level"], lv["minutes"]) for lv in facts.get("levels", [])]


@pytest.mark.parametrize(("header", "cell", "read"), [
    ("Response time (hours)", "4", "4 hours"), ("Resolution (business days)", "2", "2 business days"),
    ("响应时间（分钟）", "15", "15分钟"), ("Initial response, minutes", "30", "30 minutes"),
    ("Response time (hours)", "4 hours", "4 hours"), ("Response time", "4", "4"),
    ("Severity (1-4)", "2", "2"),
])
def test_a_bare_number_takes_its_headers_unit(header: str, cell: str, read: str) -> None:
    from reviewer.analysis.level_rows import with_unit

    assert with_unit(header, cell) == read


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_hours_in_the_header(reviewed: ReviewContract, fmt: str) -> None:
    review = reviewed("""
        # Support
        1.1 Response times:
        | Severity | Response time (hours) | Resolution time (hours) |
        | Severity 1 | 1 | 4 |
        | Severity 2 | 4 | 24 |
        | Severity 3 | 8 | 72 |
        """, fmt=fmt)
    response, resolution = review.finding("response-times"), review.finding("resolution-times")
    assert response.status is Status.MET, response.reasons
    assert _levels(response.facts) == [("Severity 1", 60), ("Severity 2", 240), ("Severity 3", 480)]
    assert _levels(resolution.facts) == [("Severity 1", 240), ("Severity 2", 1440), ("Severity 3", 4320)]


def test_minutes_in_a_chinese_header(reviewed: ReviewContract) -> None:
    review = reviewed("""
        # 技术支持
        1.1 故障响应时间：
        | 故障等级 | 响应时间（分钟） | 恢复时间（小时） |
        | 一级 | 15 | 4 |
        | 二级 | 30 | 8 |
        """, language="zh")
    assert _levels(review.finding("response-times").facts) == [("一级", 15), ("二级", 30)]
    assert _levels(review.finding("resolution-times").facts) == [("一级", 240), ("二级", 480)]


def test_the_unit_in_a_kind_of_times_row(reviewed: ReviewContract) -> None:
    review = reviewed("""
        # Support
        1.1 Service levels:
        | Measure | Priority 1 | Priority 2 |
        | Response time (hours) | 1 | 4 |
        | Resolution time (hours) | 4 | 24 |
        """)
    assert _levels(review.finding("response-times").facts) == [("Priority 1", 60), ("Priority 2", 240)]
    assert _levels(review.finding("resolution-times").facts) == [("Priority 1", 240), ("Priority 2", 1440)]


def test_editions_as_the_rows_plans(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 技术支持
        1.1 响应时间：
        | 服务版本 | 响应时间 |
        | 基础版 | 24小时 |
        | 专业版 | 4小时 |
        | 企业版 | 1小时 |
        """, language="zh").finding("response-times")
    assert [p["plan"] for p in f.facts["plans"]] == ["基础版", "专业版", "企业版"]
    assert _levels(f.facts) == [("all", 60)]
