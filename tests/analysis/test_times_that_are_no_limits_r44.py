"""Durations beside a response or resolution keyword that are no time limit.

A penalty's unit ("每超出1小时，按当月维保服务费的1%支付违约金", "每迟延一日"), a time negated before
it ("一年内有三次以上一级故障未能在4小时以内恢复的", "乙方没有依第8.5条在2小时内受理回复的": a
condition), a time granted to a party to act in ("a notice allowing Customer three (3) days to
fix the problem") and hours of coverage ("P1服务请求全天24小时受理", "一天24小时、一周7天") are not
the vendor's time to respond or restore. Read as such, they gave a level a second time (a
contradiction: vague, no facts) or a level that does not exist.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.level_durations import governing, times
from reviewer.analysis.matching import find_hits
from reviewer.checklist.model import ChecklistItem
from reviewer.pipeline import resolve_checklist
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def _item(item_id: str) -> ChecklistItem:
    return next(i for i in resolve_checklist(None).items if i.id == item_id)


@pytest.mark.parametrize(("item_id", "text"), [
    ("resolution-times", "乙方未在表2所列时限内响应或恢复的，每超出1小时，按当月维保服务费的1%支付违约金。"),
    ("resolution-times", "一年内有三次以上一级故障未能在4小时以内恢复的，甲方有权解除本合同。"),
    ("response-times", "乙方没有依第8.5条在2小时内受理回复、经甲方书面催告后仍不处理的，甲方可以要求延长维护期。"),
    ("resolution-times", "We send a last notice allowing Customer three (3) days to fix the problem."),
    ("response-times", "P2、P3服务请求在工作时间内受理；P1服务请求全天24小时受理。"),
    ("response-times", "客户一天24小时、一周7天都能得到协助，支持团队随时准备答复您的问题。"),
])
def test_times_that_are_no_limits(item_id: str, text: str) -> None:
    mine = find_hits(_item(item_id).keywords, text)
    assert [d.text for d in times(text, 480) if governing(text, d.start, d.end, mine, []) == "mine"] == []


def test_a_limit_stays_one() -> None:
    text = "乙方应在2小时内受理回复。"
    mine = find_hits(_item("response-times").keywords, text)
    assert [d.text for d in times(text, 480) if governing(text, d.start, d.end, mine, []) == "mine"] == ["2小时"]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_hours_of_coverage_beside_the_levels(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 三、支持方案
        1. P1服务请求：15分钟内响应；P2服务请求：2小时内响应。
        2. P1服务请求全天24小时受理。
        """, fmt=fmt, language="zh").finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert f.facts["levels"] == [{"level": "P1", "minutes": 15}, {"level": "P2", "minutes": 120}]

