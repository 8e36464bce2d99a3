"""A technical term that holds a hedge word is no hedge (round 58): "the target framework(s)",
"target platform is linux/amd64", "目标框架" name what software is built for, not a goal the
vendor aims at. A target the vendor sets still hedges."""

from __future__ import annotations

import pytest

from reviewer.analysis.vagueness import VaguenessJudge


@pytest.mark.parametrize("text", [
    "Which .NET version is associated depends on the target framework(s) supported at release.",
    "Functions run in containers whose target platform is linux/amd64 or linux/arm64.",
    "主版本还可能要求改用新的目标框架。",
    "本产品目前的目标框架为 net8.0 和 net9.0。",
])
def test_a_technical_term_is_no_hedge(response_judge: VaguenessJudge, text: str) -> None:
    assert [h.word for h in response_judge.hedges(text) if h.category == "target"] == []


@pytest.mark.parametrize("text", [
    "Our target is to respond to Priority 1 tickets within one hour.",
    "Response targets are set out below.",
    "一级故障的目标响应时间为30分钟。",
])
def test_a_target_the_vendor_sets_still_hedges(response_judge: VaguenessJudge, text: str) -> None:
    assert [h.word for h in response_judge.hedges(text) if h.category == "target"] != []
