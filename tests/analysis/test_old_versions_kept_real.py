"""Which old versions are kept, and for how long, in other words than "supported":
"最新版本及其前一版本", "过渡期内同时保留旧版接口", "keep each API version available for
at least twelve months" (version-support-window keywords and `addressed_by`). Such
lines stand in clauses about something else (a support desk's scope, a release
notice) and out of fold the relevance model doubts them, as it does an old interface
kept for a stated time ("backwards compatibility of the API for one (1) year", "6
months' notice before removing an API version", "弃用的接口…至少保留3个月"): the tests run with a
model that doubts every clause, as well as with the shipped one."""

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
    # 第五条 答疑服务
    5.1 乙方通过电话及邮件提供答疑服务，答疑服务的对象为本软件的最新版本及其前一版本。
    """,
    """
    # 第九条 版本发布
    9.1 版本发布前，乙方在帮助中心发布版本说明；涉及开放接口变更的，乙方将通知客户的管理员，并在过渡期内同时保留旧版接口。
    """,
])
def test_the_old_versions_kept_without_a_period_are_vague(reviewed: ReviewContract, model: str, body: str) -> None:
    f = reviewed(body, language="zh").finding("version-support-window")
    assert f.status is Status.VAGUE, f.reasons


def test_each_version_kept_available_for_a_period_is_met(reviewed: ReviewContract, model: str) -> None:
    f = reviewed("""
        # 8. API
        8.1 The API is versioned by date. Vendor will keep each API version available for at least twelve (12) months after a newer version is released.
        """).finding("version-support-window")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("months") == 12


@pytest.mark.parametrize(("language", "body", "months"), [
    ("en", """
    # 6. API
    6.1 Vendor guarantees to support backwards compatibility of the API for one (1) year and notifies customers when functions are deprecated.
    """, 12),
    ("en", """
    # B12. API changes
    B12.1 Vendor will give at least 6 months' notice before removing an API version or making a breaking change to the API.
    """, 6),
    ("zh", """
    # 三、接口
    3.1 平台可根据产品迭代新增、调整或下线接口。对标记为“弃用”的接口，平台自标记之日起至少保留3个月，期满后可下线。
    """, 3),
])
def test_an_old_interface_kept_for_a_stated_time_is_met(
        reviewed: ReviewContract, model: str, language: str, body: str, months: int) -> None:
    f = reviewed(body, language=language).finding("version-support-window")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("months") == months


def test_a_files_history_versions_are_no_software_versions(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    f = reviewed("""
        # 附件一 服务对比
        1. 文件历史版本; 团队版: 保留6个月内的历史版本; 高级团队版: 保留全部历史版本
        """, language="zh").finding("version-support-window")
    assert f.status is not Status.MET, f.reasons
