"""severity-definitions: the vendor's last word on the level, in a clause of its own.

Vendors define the levels in a table or list, and say apart from it, often in
a clause about how cases are handled, who decides the level. That clause names
no level and may not be found for the item; it is looked for in every clause.
The vendor's own say over the level ("工单的级别先由云契初步判定，云契可以视排查情况调整
级别", "Having assessed an Incident, X decides its final priority") makes the levels
vague. The vendor applying the stated criteria ("事件的级别最终由乙方工程师依照上述标准
确定", "故障属于哪一等级，由本公司依用户报告的情况确定"), or a call bound to the table's
criteria with a way to have it reviewed, keeps them met (LABELLING.md, settled 7
December 2026, fifteenth audit: these two were read as vague before).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

_ZH_LEVELS = """
        # 第六条 故障等级
        6.1 一级故障：平台整体不能访问，或接口调用全部失败，影响全部用户且无临时解决办法。
        6.2 二级故障：平台部分功能不可用，影响部分用户的主要业务。
        6.3 三级故障：个别功能异常，或使用咨询，对业务无明显影响。
        # 第七条 服务流程
        7.1 甲方可以通过客服热线或工单系统报告故障，并说明故障现象和影响范围。
"""

_EN_LEVELS = """
        # 6. Priority Levels
        6.1 Priority 1: the Service is down for all users and no workaround exists.
        6.2 Priority 2: a major function of the Service is unavailable for many users.
        6.3 Priority 3: a minor function is affected, or a question about use.
        # 7. Handling
        7.1 Customer reports an Incident through the support portal or by telephone.
"""


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("clause", [
    "7.2 乙方工程师受理后开始排查，事件的级别最终由乙方工程师依照上述标准确定。",
    "7.2 故障属于哪一等级，由本公司依用户报告的情况确定。",
])
def test_the_vendor_applying_the_criteria_apart_from_the_levels_keeps_them_met(
        reviewed: ReviewContract, fmt: str, clause: str) -> None:
    f = reviewed(_ZH_LEVELS + f"        {clause}\n", language="zh", fmt=fmt).finding("severity-definitions")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("clause", [
    "7.2 工单的级别先由乙方初步判定，乙方可以视排查情况调整级别。",
    "7.2 故障等级由乙方自行判定，乙方的判断为最终判断。",
])
def test_the_vendors_last_word_apart_from_the_levels_makes_them_vague(
        reviewed: ReviewContract, fmt: str, clause: str) -> None:
    f = reviewed(_ZH_LEVELS + f"        {clause}\n", language="zh", fmt=fmt).finding("severity-definitions")
    assert f.status is Status.VAGUE, f.reasons


def test_the_vendors_final_priority_in_english(reviewed: ReviewContract) -> None:
    f = reviewed(_EN_LEVELS + "        7.2 Having assessed an Incident, Norvale decides its final priority.\n"
                 ).finding("severity-definitions")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "body", "clause"), [
    ("zh", _ZH_LEVELS, "7.2 故障级别由乙方技术支持人员按上表定义确定；客户不认同的，可以要求乙方技术支持负责人复核。"),
    ("en", _EN_LEVELS, "7.2 Norvale assigns the final priority according to the definitions above. If Customer "
                       "disagrees with the assigned priority, Customer may ask for it to be reviewed by a "
                       "Support Manager."),
])
def test_a_call_bound_to_the_criteria_with_a_review_keeps_them_met(
        reviewed: ReviewContract, language: str, body: str, clause: str) -> None:
    f = reviewed(body + f"        {clause}\n", language=language).finding("severity-definitions")
    assert f.status is Status.MET, f.reasons
