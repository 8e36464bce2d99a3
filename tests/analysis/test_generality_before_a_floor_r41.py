"""A word of generality before a floor keeps the commitment soft, also from further
away than the words right before it: "乙方原则上自停止销售起，继续提供不少于3年的维护性软件版本支持",
"will generally keep every API version available for at least twelve (12) months after a
newer one is released" keep old versions in principle only (vague, as labelled). So does
"一般还会保留3个月" (一般 with 还/也/都 before its verb). The floor alone still binds."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("zh", """
    # 九、软件版本
    三、 合同设备被宣布停止销售的，乙方原则上自停止销售起，继续提供不少于3年的维护性软件版本支持和备件服务。
    """),
    ("en", """
    # 8. API Versions
    8.3 The API is versioned by date. The Vendor will generally keep every API version available for at least twelve (12) months after a newer one is released.
    """),
    ("zh", """
    # 四、接口版本
    3. 接口新版本发布后，旧版本接口一般还会保留3个月，便于用户切换。
    """),
], ids=["in-principle-zh", "generally-en", "generally-still-zh"])
def test_generality_before_the_window_leaves_it_vague(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("version-support-window")
    assert f.status is Status.VAGUE, (f.reasons, [e.text for e in f.evidence])


@pytest.mark.parametrize(("language", "body"), [
    ("zh", """
    # 九、软件版本
    三、 合同设备被宣布停止销售的，乙方自停止销售起，继续提供不少于3年的维护性软件版本支持和备件服务。
    """),
    ("en", """
    # 8. API Versions
    8.3 The API is versioned by date. The Vendor will keep every API version available for at least twelve (12) months after a newer one is released.
    """),
], ids=["floor-zh", "floor-en"])
def test_the_floor_alone_binds(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("version-support-window")
    assert f.status is Status.MET, (f.reasons, [e.text for e in f.evidence])
