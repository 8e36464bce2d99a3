"""A hedge whose own wording runs into the number's bound still hedges it.

"端到端的通话延时一般不超过400毫秒", "各接口常规响应时间一般不超过30 ms": the hedge
"一般不超过" (the shared hedge list names 一般 with its verb) holds the ceiling 不超过,
a binding-number word. The bound was taken as unqualified because the hedge did not
end before it, so the hedge was dropped and the figure met the item. A hedge that ends
before the bound ("原则上不低于99.9%") was already read as qualifying it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.analysis.vagueness import VaguenessJudge
from reviewer.api import load_checklist_or_default
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "网络条件良好时，端到端的通话延时一般不超过400毫秒。",
    "除首次访问外，各接口的常规响应时间一般不超过30 ms。",
])
def test_generally_at_most_is_vague(reviewed: ReviewContract, unsure: RelevanceModel, clause: str) -> None:
    f = reviewed(f"""
        # 第五条 服务质量
        5.1 {clause}
        """, language="zh").finding("quality-metrics")
    assert f.status is Status.VAGUE, f.reasons


def test_plain_ceiling_still_meets(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # 第五条 服务质量
        5.1 端到端的通话延时不超过400毫秒。
        """, language="zh").finding("quality-metrics")
    assert f.status is Status.MET, f.reasons


def test_hedge_running_into_the_bound_is_kept() -> None:
    checklist = load_checklist_or_default(None)
    item = next(i for i in checklist.items if i.id == "quality-metrics")
    judge = VaguenessJudge(checklist, item)
    assert [h.word for h in judge.hedges("端到端的通话延时一般不超过400毫秒。")] == ["一般不超过"]
    assert judge.hedges("端到端的通话延时不超过400毫秒。") == []
