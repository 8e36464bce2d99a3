"""Documentation the vendor provides or points the customer to addresses
documentation-training (`addressed_by`): "用户可在官网下载……操作手册", "详见官网提供的
技术文档", "documentation that the vendor makes available". Such lines are
often a passing part of a clause about something else, and out of fold the
relevance model scores them low; they are vague (nothing keeps the documents
current), not missing. The tests run with a model that doubts every clause, as
well as with the shipped one. A policy "published on the documentation site"
is no documentation provided."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # 四、证书介质
    4.1 用户可在本中心官方网站下载证书驱动程序、签章客户端及操作手册。证书介质及驱动程序支持Windows 10及以上版本。
    """, "zh"),
    ("""
    # 二、服务功能
    2.1 对象存储服务适用于图片、音视频等文件的存储与分发，全部具体功能详见官网提供的产品说明文档和技术文档。
    """, "zh"),
    ("""
    # 3. Supported Software
    3.1 Support covers the software delivered under the Agreement when it is installed in accordance with the end-user documentation that Vendor makes available with the software.
    """, "en"),
])
def test_documentation_provided_in_passing_is_addressed(reviewed: ReviewContract, model: str, body: str, language: str) -> None:
    f = reviewed(body, language=language).finding("documentation-training")
    assert f.status is Status.VAGUE, f.reasons


def test_a_policy_published_on_the_documentation_site_is_no_documentation(
        reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    f = reviewed("""
        # 1. Scope
        1.1 This Policy sets out the security controls of the Vendor. The current version of this Policy is published on the Vendor documentation site.
        """).finding("documentation-training")
    assert f.status is Status.MISSING, f.reasons
