"""A counted rule for the versions supported outweighs a period stated for another part.

"Supports only the most recent version of its desktop application", "对访客端SDK最近两个
大版本提供缺陷修复", "为软件的当前大版本及前一个大版本提供支持" say which versions, not for
how long (LABELLING.md: vague). A period elsewhere for something else (an API version
kept twelve months, a transition period for a retired interface) does not answer it
(`overridden_by`); the same clause going on to say how long does
(`override_answered_by`: "前一主版本自新主版本发布之日起继续维护12个月").
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_most_recent_version_only_beside_an_api_window(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 3. Versions
        3.2 Supplier will give Customer at least six (6) months' notice before it retires a version of its public REST API, and keeps each retired API version available for twelve (12) months after a newer version is released.
        3.3 Supplier supports only the most recent version of its desktop application. Desktop updates install automatically.
        """, fmt=fmt).finding("version-support-window")
    assert f.status is Status.VAGUE, f.reasons
    assert "most recent version" in " ".join(r.en for r in f.reasons)


def test_the_two_latest_major_versions_beside_a_transition_period_in_chinese(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 八、版本
        8.2 开放接口下线的，乙方应至少提前90日通知甲方，并保留原接口不少于6个月的过渡期。
        8.3 乙方对访客端SDK最近两个大版本提供缺陷修复和维护；更早版本不再提供维护。
        """, language="zh").finding("version-support-window")
    assert f.status is Status.VAGUE, f.reasons
    assert "最近两个大版本" in " ".join(r.zh for r in f.reasons)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_counted_rule_answered_in_its_own_clause_stays_met(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 三、版本
        3.2 涉及API变更的，乙方在发布前30日通过开发者中心公告。
        3.3 乙方对当前主版本及前一主版本提供缺陷修复。前一主版本自新主版本发布之日起继续维护12个月，期满后不再提供修复。
        """, language="zh", fmt=fmt).finding("version-support-window")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("months") == 12
