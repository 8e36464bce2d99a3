# ruff: noqa: E501
"""data-use: "for any purpose" / 任何目的 outweighs a limit only as a grant of use. Refused ("岚衍不会：…
为附表所列业务目的以外的任何目的，保留、使用或披露客户个人数据") or about the customer's own use ("if you want
your App to connect to our servers for any purpose") it leaves the limit standing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # 三、数据处理
    3.1 提供方不得：（i）出售个人数据；（ii）为履行和支持服务以外的任何目的，保留、使用或披露个人数据。
    """, "zh"),
    ("""
    # 6. Data
    6.1 We will not use Customer Data except to provide the Service. If you want your App to connect to our servers for any purpose, you must keep its security features on.
    """, "en"),
])
def test_a_refused_or_customers_any_purpose_leaves_the_limit(reviewed: ReviewContract, body: str, language: str) -> None:
    f = reviewed(body, language=language).finding("data-use")
    assert f.status is Status.MET, (f.status, f.reasons)


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # 三、数据处理
    3.1 提供方仅为提供服务而处理客户数据，但提供方可将客户数据用于任何目的。
    """, "zh"),
    ("""
    # 6. Data
    6.1 We will not sell Customer Data. We may use Customer Data for any purpose.
    """, "en"),
])
def test_a_grant_for_any_purpose_still_outweighs(reviewed: ReviewContract, body: str, language: str) -> None:
    f = reviewed(body, language=language).finding("data-use")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
