"""quality-metrics: a media metric or a delivery rate bound by a number addresses the
item whatever the relevance model makes of it (`find.addressed_by`). Wordings of the
real-world corpus."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 3. Network
        3.2 The average packet loss per month does not exceed 0.5%.
        """),
    ("zh", """
        # 二、服务指标
        2.1 短信成功率不低于90%。如未达到上述服务指标承诺，客户可以根据本协议第3条的约定获得赔偿。
        """),
])
def test_a_bound_metric_is_kept(reviewed: ReviewContract, doubting: RelevanceModel, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("quality-metrics")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("body", [
    # A database check and a fault level's trigger are no media quality.
    """
    # 五、巡检
    5.1 巡检类别: 数据库; 判定标准: 主备同步延迟低于10秒，表空间使用率低于80%。
    """,
    """
    # 四、故障级别
    4.1 一级故障：短信接口无法接收请求，或甲方全部短信的提交成功率低于50%。
    """,
])
def test_other_numbers_are_not_kept(reviewed: ReviewContract, doubting: RelevanceModel, body: str) -> None:
    f = reviewed(body, language="zh").finding("quality-metrics")
    assert f.status is Status.MISSING, f.reasons
