"""A Chinese verb of giving between a time and the item's keyword: "在24小时内
给出解决方案", "4小时内出具解决方案": the time is the resolution's, as with 提供/
作出 already. Before, the response named earlier in the sentence ("乙方须在2小时
内响应，并在24小时内给出解决方案") took the time, and the level had no resolution
time."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("verb", ["给出", "出具", "做出"])
def test_the_time_before_a_verb_of_giving_is_the_resolutions(reviewed: ReviewContract, verb: str) -> None:
    review = reviewed(f"""
        # 三、问题等级与处理时限
        3.1 一级问题：服务端无法启动。乙方须在2小时内响应，并在24小时内{verb}解决方案或临时规避方案。
        3.2 二级问题：部分报表无法打开。乙方须在4小时内响应，在3个工作日内解决。
        """, language="zh")
    assert review.finding("resolution-times").facts["levels"] == [
        {"level": "一级", "minutes": 1440}, {"level": "二级", "minutes": 1440}]
    assert review.finding("response-times").facts["levels"] == [
        {"level": "一级", "minutes": 120}, {"level": "二级", "minutes": 240}]
