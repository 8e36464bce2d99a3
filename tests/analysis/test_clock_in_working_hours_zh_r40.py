"""response-clock: a Chinese contract that counts its times in working hours, handles some
issues only in them, or handles a request made out of hours in the next period addresses
the clock, vaguely without a start or a definition of a response (the labels read these
as vague): "以上响应时间均按工作时间计", "三类故障只在工作时间内处理", "工作时间以外，…由甲方于
下一个工作日处理", "人工服务时间之外…会在下一个人工服务时段内处理"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "4.3 以上响应时间均按工作时间计。",
    "4.3 三类故障只在工作时间内处理。",
    "4.3 客服电话在工作日8:30至17:30提供服务；工作时间以外，甲方可在线提交问题，由乙方于下一个工作日处理。",
    "4.3 在线客服每天8:30至22:00提供人工服务。人工服务时间之外，您可提交工单，乙方会在下一个人工服务时段内处理。",
])
def test_times_in_working_hours_address_the_clock(reviewed: ReviewContract, clause: str) -> None:
    """With the shipped model."""
    f = reviewed(f"""
        # 四、技术支持
        4.1 一级故障：乙方在30分钟内响应。
        4.2 二级故障：乙方在4小时内响应。
        {clause}
        """, language="zh").finding("response-clock")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


@pytest.mark.parametrize("clause", [
    "4.3 以上响应时间均按工作时间计。",
    "4.3 三类故障只在工作时间内处理。",
    "4.3 客服电话在工作日8:30至17:30提供服务；工作时间以外，甲方可在线提交问题，由乙方于下一个工作日处理。",
])
def test_found_by_their_own_words(reviewed: ReviewContract, unsure: RelevanceModel, clause: str) -> None:
    """With a model that neither drops nor proposes a clause (as out of fold): the keywords find them."""
    f = reviewed(f"""
        # 四、技术支持
        4.1 一级故障：乙方在30分钟内响应。
        {clause}
        """, language="zh").finding("response-clock")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
