"""update-policy: a clause that points to the product documents and announces
changes ("全部功能详见官网提供的说明文档……所有可能影响用户的功能变更都将向用户公告",
"乙方为甲方提供最新的产品说明文档；产品有更新的，乙方应及时通知甲方", "documentation
of reported defects, and release notes for updates") addresses the
item (vague: no period). Documents exclude a clause only where they are what is
updated ("随版本同步更新接口文档", "keeps the documentation current"), which is documentation-training's. The tests
run with a relevance model unsure of every clause (neither vetoing it nor sure
enough to set the exclusions aside), as out of fold it often is of these."""

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
    # 二、服务说明
    2.1 服务功能：云帆直播平台具备互动、分享、评论及数据分析等功能，提供详细的说明文档及帮助文档。所有可能影响用户的功能性变更都将向用户公告。
    """,
    """
    # 三、乙方义务
    3.6 乙方为甲方提供最新的产品说明文档；产品有更新的，乙方应及时通知甲方。
    """,
    """
    # 5. Support
    5.2 Support includes answers to questions about the use of the features, the isolation and documentation of reported defects, and access to release notes for updates of the Service.
    """,
])
def test_changes_announced_beside_the_documents_are_addressed(
        reviewed: ReviewContract, unsure: RelevanceModel, body: str) -> None:
    f = reviewed(body, language="en" if body.isascii() else "zh").finding("update-policy")
    assert f.status is Status.VAGUE, f.reasons
