# ruff: noqa: E501
"""severity-definitions (LABELLING.md, settled 7 December 2026, fifteenth audit): levels with
objective criteria that the vendor alone applies are met ("事件的级别由乙方工程师依照上述标准确定");
the level left to the vendor's own or final say is vague ("等级由乙方自行判定", "乙方的判断为最终判断")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

LEVELS = """
    # 三、故障分级
    3.1 一级故障：系统整体不可用，全部用户无法登录；二级故障：核心功能不可用，部分用户受影响；三级故障：非核心功能异常，有替代方案；四级故障：咨询及使用问题。
    3.2 {rule}
    """


def test_the_vendor_applying_the_stated_criteria_is_met(reviewed: ReviewContract) -> None:
    f = reviewed(LEVELS.format(rule="事件的级别最终由乙方工程师依照上述标准确定。"), language="zh").finding("severity-definitions")
    assert f.status is Status.MET, (f.status, f.reasons)


@pytest.mark.parametrize("rule", ["故障等级由乙方自行判定。", "故障属于哪一等级，由乙方根据甲方所提交的信息确定，乙方的判断为最终判断。"])
def test_the_vendors_own_or_final_say_is_vague(reviewed: ReviewContract, rule: str) -> None:
    f = reviewed(LEVELS.format(rule=rule), language="zh").finding("severity-definitions")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
