"""A table is cited as a table: the row that decided, the paragraph that introduces
the table and its other rows, so a reviewer sees the whole credit schedule."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("fmt", "language", "body"), [
    ("docx", "en", """
        # 4. Service Credits
        4.1 If the Monthly Uptime Percentage falls below the commitment, Supplier will credit Customer as set out in the table below:
        | Monthly Uptime Percentage | Service Credit |
        | Below 99.9% but at or above 99.0% | 10% of the monthly fee |
        | Below 99.0% but at or above 95.0% | 25% of the monthly fee |
        | Below 95.0% | 50% of the monthly fee |
        """),
    ("pdf", "zh", """
        # 四、服务补偿
        4.1 服务月可用率低于承诺标准的，乙方按下表向甲方减免服务费：
        | 月可用率 | 减免比例（当月服务费） |
        | 低于99.9%但不低于99.0% | 5% |
        | 低于99.0%但不低于95.0% | 10% |
        | 低于95.0% | 20% |
        """),
])
def test_a_credit_table_is_cited_whole(reviewed: ReviewContract, fmt: str, language: str, body: str) -> None:
    f = reviewed(body, fmt=fmt, language=language).finding("service-credits")
    assert f.status is Status.MET, f.reasons
    cited = [e.text for e in f.evidence]
    rows = [t for t in cited if "%" in t and ("Below" in t or "低于" in t)]
    assert len(rows) == 3, cited
    # The introducing paragraph comes right after the row that decided.
    assert "table below" in cited[1] or "按下表" in cited[1], cited
