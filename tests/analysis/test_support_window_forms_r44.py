"""Two written forms of how long old versions are supported.

"a version more than six (6) months old may stop syncing" says how old a version is, not how
long it is supported: the support window is the period the contract keeps a version for ("will
generally keep every API version available for at least twelve (12) months"), not an age. And a model's
support after its end of sale is found with "之后" as with "后", and with the spare parts named
before the repairs ("设备型号停产之后，乙方仍须在不少于5年的期限内继续供应备件并提供维修服务"),
whatever the model says, as "停产后…提供维修服务" was.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.facts import months
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_an_age_is_no_period() -> None:
    assert [h.value for h in months("a version more than six (6) months old may stop syncing")] == []
    assert [h.value for h in months("keeps every API version available for at least twelve (12) months")] == [12]


def test_the_window_not_the_age(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 7. Apps and API
        7.1 Tallowmere supports the current mobile app version; a version more than six (6) months old may stop syncing.
        7.2 The API is versioned by date. Tallowmere will generally keep every API version available for 12 months.
        """).finding("version-support-window")
    # (hedged by "generally": vague, with its period)
    assert f.facts.get("months") == 12, (f.status, f.facts, f.reasons)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_zh_support_after_end_of_production(reviewed: ReviewContract, doubting: object, fmt: str) -> None:
    f = reviewed("""
        # 第七条 维修与备件
        7.1 乙方对甲方购买的终端提供一年保修，保修期内非人为损坏免费维修。
        7.2 设备型号停产之后，乙方仍须在不少于5年的期限内继续供应备件并提供维修服务。
        """, fmt=fmt, language="zh").finding("version-support-window")
    assert f.status is not Status.MISSING, f.reasons
    assert f.facts.get("months") == 60, f.facts
