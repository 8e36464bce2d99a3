"""version-support-window: the customer urged to upgrade ("我司建议贵司及时升级至最新
版本，以获得最新的风险识别能力", "请及时升级至最新版本，以获得缺陷修复和安全补丁") is
advice, not how long an old version is supported: missing, as the labels have it
(where the relevance model is unsure of the clause, as out of fold).
An old version kept for a stated time still meets the item."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 三、插件更新
    1. 插件会不定期发布新版本，历史版本仍可在插件市场下载。我司建议贵司及时升级至最新版本，以获得最新的风险识别能力并满足监管要求。
    """,
    """
    # 第五条 边缘组件
    5.2 边缘组件的升级由用户自行安排，请用户及时升级至最新版本，以获得缺陷修复和安全补丁。
    """,
], ids=["advice-to-upgrade", "upgrade-for-fixes"])
@pytest.mark.usefixtures("unsure")
def test_upgrade_advice_is_not_a_support_window(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh").finding("version-support-window")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_an_old_version_kept_for_a_stated_time_still_meets(reviewed: ReviewContract) -> None:
    f = reviewed("""
    # 三、版本维护
    1. 新版本发布后，旧版本接口继续保留12个月。建议用户及时升级至最新版本。
    """, language="zh").finding("version-support-window")
    assert f.status is Status.MET, f.reasons
