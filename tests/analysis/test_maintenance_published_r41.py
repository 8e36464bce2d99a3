"""proactive-notice: maintenance the vendor publishes (公布) is notice; a hedged 把…安排在 is the window's.

"栢川科技会至少提前48小时在本网站和控制台公布维护时间及影响范围，并尽量把维护安排在北京时间
0:00至6:00之间", "须至少提前24小时在控制台和官网上公布维护时间和影响范围，并尽可能安排在每天
0:00至6:00之间": 公布 tells the customer as 公告 and 发布 do (the item's purpose words), and
尽量把维护安排在 is the maintenance window's hedge, not the notice's (`vague_exempt`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "需要对平台做计划内维护的，乙方会至少提前24小时在官网和控制台公布维护时间及影响范围，并尽量把维护安排在凌晨2:00至5:00之间。",
    "乙方原则上把计划内维护安排在凌晨2:00至5:00之间，并至少提前24小时在官网公布维护时间和影响范围。",
])
def test_published_notice_with_a_hedged_window_is_met(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第八条 平台服务
        8.1 {clause}
        """, language="zh").finding("proactive-notice")
    assert f.status is Status.MET, f.reasons


def test_published_maintenance_without_a_period_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第八条 平台服务
        8.1 计划内维护的时间和影响范围由乙方在官网公布。
        """, language="zh").finding("proactive-notice")
    assert f.status is Status.VAGUE, f.reasons
