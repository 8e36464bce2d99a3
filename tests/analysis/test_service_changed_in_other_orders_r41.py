"""update-policy: the vendor's right to change what it ships, in further word orders, addresses
the item whatever the relevance model says (vague: no notice period): the object first
("有权……随时对全部或部分开发者服务作出修改、限制、暂停或停止"), a plain future ("本公司将定期或不定期
地对本公司平台的功能进行改造及升级"), and upgrades given free ("软件升级由乙方免费为甲方提供")."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 十、服务的变更
    10.3 不论是否事先通知，幻域均有权出于任何理由，随时对全部或部分开发者服务作出修改、限制、暂停或停止。
    """,
    """
    # 三、服务说明
    3.5 为更好地提供服务，本公司将定期或不定期地对本公司平台的功能及页面进行改造及升级。
    """,
    """
    # 二、续保服务
    2.4 软件升级由乙方免费为甲方提供。
    """,
], ids=["object-first", "will-upgrade", "free-upgrade"])
def test_the_vendors_changes_in_other_orders_address_the_item(reviewed: ReviewContract, doubting: RelevanceModel, body: str) -> None:
    f = reviewed(body, language="zh").finding("update-policy")
    assert f.status is Status.VAGUE, (f.reasons, [e.text for e in f.evidence])
