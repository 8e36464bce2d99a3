"""A bare ceiling (不超过) binds a number, not an effort or a target. Wordings of
the real-world corpus."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    # An effort with the metric's ceiling, called a target in the same sentence.
    """
    # 五、服务质量
    5.1 乙方力争音视频通话端到端时延（P95）不超过400毫秒，该指标为目标值，不纳入服务补偿。
    """,
    # A table of targets: its title and its column say what the ceilings are.
    """
    # 四、直播质量
    [table-title: 表1 直播质量目标值]
    | 指标 | 目标值 |
    | 低延迟直播端到端延时 | 不超过800毫秒 |
    | 卡顿率 | 不超过2% |
    """,
])
def test_a_ceiling_does_not_bind_an_effort_or_a_target(reviewed: ReviewContract, body: str) -> None:
    # "不超过" is a number's ceiling, as "不低于" is its floor (binding-number):
    # it binds a softly worded number, not "力争" nor "目标值".
    f = reviewed(body, language="zh").finding("quality-metrics")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("body", [
    """
    # 五、服务质量
    5.1 音视频通话端到端时延（P95）不超过400毫秒，加入频道成功率不低于99.5%。
    """,
    # Still binding where the sentence itself binds: "最长不超过", "不得超过".
    """
    # 五、服务质量
    5.1 乙方将尽力优化传输链路，音视频通话端到端时延最长不超过400毫秒。
    """,
])
def test_a_ceiling_alone_is_still_a_commitment(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh").finding("quality-metrics")
    assert f.status is Status.MET, f.reasons
