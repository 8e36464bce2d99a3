"""version-support-window: the counted rule ("security fixes go into the latest stable release
only", "维护范围仅限于最新的两个大版本") addresses the item whatever the relevance model makes of a
clause mostly about something else. The labelling guide calls the counted rule vague (it says which
versions are supported, not for how long), so the reviewer is told to ask for a period instead of
being told the contract is silent."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
     # 4. Security practices
     4.1 Access to production systems requires single sign-on with hardware keys, and all access is logged and reviewed each quarter.
     4.2 We scan our code for vulnerabilities in every build and fix critical findings first; security fixes go into the latest stable release only, and our staff complete security awareness training every year.
     """),
    ("zh", """
     # 二、服务内容
     2.1 你可以通过讯邻开发者中心注册账号，创建应用并获取 AppKey，按照接入文档集成 SDK。
     2.4 讯邻 SDK 的计费以控制台显示的用量为准，账单每月初生成，你应在收到账单后十日内付款；维护范围仅限于最新的两个大版本，更早的版本不再修复缺陷；逾期未付款的，我们有权暂停服务。
     """),
])
def test_counted_rule_is_vague_not_missing(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("version-support-window")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
