"""A level's times in columns for times of the week, not for plans.

"Severity | Weekdays | Weekends and Holidays" over "S1 | 1 hour | 2 hours", "故障级别 | 工作日 |
节假日": the columns are when the request comes in. Before, "Weekdays" (a header naming a day)
was neither a plan nor the item's column and the rows gave no time (vague, no facts), or
"工作日 | 节假日" were read as two support plans. The first column's time is the level's (the
general case the others depart from), with no plans.
"""

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_weekdays_and_weekends(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Support
        1.1 Response times:
        | Severity | Weekdays | Weekends and Holidays |
        | S1 | 1 hour | 2 hours |
        | S2 | 4 hours | next business day |
        """).finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert f.facts["levels"] == [{"level": "S1", "minutes": 60}, {"level": "S2", "minutes": 240}]
    assert "plans" not in f.facts


def test_working_days_and_holidays_are_no_plans(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 技术支持
        1.1 响应时间：
        | 故障级别 | 工作日 | 节假日 |
        | 一级 | 30分钟 | 1小时 |
        | 二级 | 2小时 | 4小时 |
        """, language="zh").finding("response-times")
    assert f.facts["levels"] == [{"level": "一级", "minutes": 30}, {"level": "二级", "minutes": 120}]
    assert "plans" not in f.facts
