"""response-clock: business or working hours defined by the clock address the item (vague).

LABELLING.md: "business hours defined but nothing on what counts as a response or when the
clock starts [vague]". A definition ('"Normal Business Hours" means 9:00 to 17:30 London
time, Monday to Friday', '"Business Hours": 6:00 a.m. to 6:00 p.m. Pacific Time',
'“工作时间”：即周一到周五…北京时间9:30至18:30', '“营业时间”指…上午9点至下午5点') is the
calendar the contract's times in business hours run on; the relevance model scores a
definition low, so the item's own wording addresses it (also with a model that doubts
every clause). Someone's hours ('客服的工作时间为…') are support hours, not a definition.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("definition", [
    '"Normal Business Hours" means 9:00 to 17:30 London time, Monday to Friday, other than public holidays in England.',
    '"Business Hours": 6:00 a.m. to 6:00 p.m. Pacific Time, Monday to Friday, other than United States federal holidays.',
])
def test_business_hours_defined_address_the_clock(reviewed: ReviewContract, definition: str, model: str) -> None:
    f = reviewed(f"""
        # 1. Definitions
        1.1 {definition}
        # 2. Support
        2.1 Customer may e-mail questions about the Service to the support team.
        """).finding("response-clock")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


@pytest.mark.parametrize("definition", [
    "“工作时间”：即周一到周五（法定节假日除外）北京时间9:30至18:30。",
    "“营业时间”指乙方所在时区的星期一至星期五，上午9点至下午5点。",
    "工作日：中华人民共和国的法定工作日，工作时间为北京时间9:00至18:00。",
])
def test_working_hours_defined_address_the_clock_zh(reviewed: ReviewContract, definition: str, model: str) -> None:
    f = reviewed(f"""
        # 第一条 定义
        1.1 {definition}
        # 第二条 技术支持
        2.1 甲方可以通过电子邮件向乙方咨询本服务的使用问题。
        """, language="zh").finding("response-clock")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_support_staff_hours_are_not_a_definition_zh(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第二条 技术支持
        2.1 甲方可以通过电子邮件向乙方咨询本服务的使用问题，客服的工作时间为周一至周五9:00至18:00。
        """, language="zh").finding("response-clock")
    assert f.status is Status.MISSING, (f.status, f.reasons)
