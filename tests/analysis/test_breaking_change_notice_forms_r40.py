"""update-policy: the period ahead of a breaking change in further forms: "N个月之前
发布公告" (之前 as well as 前), "至少要等到废弃之日起满6个月之后才移除", and what is
deprecated "will keep working for no less than six (6) months". Each is a stated
time ahead of the change, met; a change with no period stays short of met."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body", "quote"), [
    ("zh", """
    # 二、版本策略
    1. 接口不兼容的变更只会随大版本引入，且乙方至少在该大版本发布6个月之前在官网发布公告。
    """, "6个月之前"),
    ("zh", """
    # 二、接口废弃
    2.5 接口被废弃的，乙方会在发布说明中注明，并且至少要等到废弃之日起满6个月之后才移除该接口。
    """, "满6个月之后才移除"),
    ("en", """
    # 6. SDK Versions
    6.7 If the Vendor deprecates an API endpoint or SDK version, it will say so in the release notes, and the deprecated version will keep working for no less than six (6) months from that announcement.
    """, "keep working for no less than six (6) months"),
], ids=["months-before-zh", "removed-only-after-zh", "keeps-working-en"])
def test_a_period_ahead_of_breaking_changes_meets(reviewed: ReviewContract, language: str, body: str, quote: str) -> None:
    f = reviewed(body, language=language).finding("update-policy")
    assert f.status is Status.MET, f.reasons
    assert any(quote in e.text for e in f.evidence), [e.text for e in f.evidence]


def test_deprecation_without_a_period_is_not_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
    # 6. SDK Versions
    6.7 If the Vendor deprecates an API endpoint or SDK version, it will say so in the release notes, and the deprecated version may stop working after that.
    """).finding("update-policy")
    assert f.status is not Status.MET, f.reasons
