"""version-support-window: a counted rule for the versions of someone else's browser or
operating system the product runs on ("works with the two most recent major versions of Chrome,
Firefox, Safari and Edge", "管理后台支持Chrome、Edge浏览器的最新两个版本") is compatibility, not a
rule for the vendor's own versions: it no longer outweighs a support period stated for them. The
vendor's own counted rule still does ("the two most recent major versions of the SDK": vague)."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]
InstallModel = Callable[[float], RelevanceModel]

# A model sure that every clause is about every item, as the out-of-fold model was of the
# browsers' line (0.81): the clause is a candidate whatever its keywords.
SURE = 0.9


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # 6. Versions and Platforms
    6.5 A version of an API or SDK that Meridiem deprecates stays available for a minimum of six (6) months after the deprecation is announced; after that, calls to it may fail.
    6.6 The Maps SDK for Web works with the two most recent major versions of Chrome, Firefox, Safari and Edge. The Maps SDK for Android requires Android 7.0 or later, and the Maps SDK for iOS requires iOS 14 or later.
    """, "en"),
    ("""
    # 第六条 版本与运行环境
    6.1 乙方对每个SDK大版本自发布之日起提供不少于18个月的维护和缺陷修复。
    6.2 APP支持Android 8.0及以上、iOS 13及以上；管理后台支持Chrome、Edge浏览器的最新两个版本。
    """, "zh"),
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_browsers_counted_versions_do_not_outweigh_the_window(
        reviewed: ReviewContract, relevance_at: InstallModel, body: str, language: str, fmt: str) -> None:
    relevance_at(SURE)
    f = reviewed(body, fmt=fmt, language=language).finding("version-support-window")
    assert f.status is Status.MET, f.reasons


def test_the_vendors_own_counted_rule_still_outweighs(reviewed: ReviewContract, relevance_at: InstallModel) -> None:
    relevance_at(SURE)
    f = reviewed("""
    # 6. Versions
    6.5 A version of an API that Meridiem deprecates stays available for a minimum of six (6) months after the deprecation is announced.
    6.6 Meridiem supports only the two most recent major versions of the SDK with fixes.
    """).finding("version-support-window")
    assert f.status is Status.VAGUE, f.reasons
