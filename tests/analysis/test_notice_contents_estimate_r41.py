"""A notice's contents named with 预计 ("告知维护时间、影响范围和预计持续时间") do not hedge it.

The shared target word 预计 already spared a notice's list of contents ("通知升级内容及预计
停机时长，"); the estimated duration written 预计持续时间/预计持续时长 is the same noun in
the list, what the notice will say, not an estimate of the notice. "预计持续时间为4小时"
and "预计提前48小时通知" still only estimate.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "乙方对云主机实施计划内维护的，须至少提前48小时通过短信和邮件通知甲方，告知维护时间、影响范围和预计持续时间。",
    "乙方安排计划维护的，应至少提前3个工作日通过控制台公告告知甲方，写明维护窗口、受影响的功能和预计持续时长；",
])
def test_estimated_duration_in_the_notice_is_met(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第六条 维护
        6.1 {clause}
        """, language="zh").finding("proactive-notice")
    assert f.status is Status.MET, f.reasons


def test_estimated_notice_is_still_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第六条 维护
        6.1 乙方对云主机实施计划内维护的，预计提前48小时通过短信和邮件通知甲方。
        """, language="zh").finding("proactive-notice")
    assert f.status is Status.VAGUE, f.reasons
