"""update-policy: a right to change the service's functions whenever the vendor's business
needs it, with no period of notice for it, outweighs a notice of an upgrade's downtime
elsewhere (weak_overridden_by), in further words: the reason given with 因/出于/基于
("天枢有权因业务发展需要调整服务的功能、规格和运行环境") or none at all ("乙方有权优化和升级本服务的
功能"). A notice period for breaking changes themselves still meets the item."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

_DOWNTIME = "4.2.6 天枢要对服务进行计划内停机维护或升级的，天枢应提前24小时以官网公告或站内信通知您，紧急维护除外。"


@pytest.mark.parametrize("right", [
    "4.2.7 天枢有权因业务发展需要调整服务的功能、规格和运行环境，其中包括升级云函数运行环境的版本；相关调整，天枢可能会在官网更新日志里加以说明。",
    "4.2.7 天枢有权优化和升级本服务的功能；凡可能影响您使用的功能性变更，天枢将以管理后台公告的形式向您公布。",
], ids=["for-business-needs", "no-reason"])
def test_a_right_to_change_the_functions_outweighs_a_downtime_notice(reviewed: ReviewContract, right: str) -> None:
    f = reviewed(f"""
    # 四、服务的维护与变更
    {_DOWNTIME}
    {right}
    """, language="zh").finding("update-policy")
    assert f.status is Status.VAGUE, (f.reasons, [e.text for e in f.evidence])


def test_a_notice_period_for_breaking_changes_still_meets(reviewed: ReviewContract) -> None:
    f = reviewed("""
    # 四、服务的维护与变更
    4.2.6 天枢有权优化和升级本服务的功能；接口发生不兼容变更的，天枢将至少提前30日在官网公告。
    """, language="zh").finding("update-policy")
    assert f.status is Status.MET, (f.reasons, [e.text for e in f.evidence])
