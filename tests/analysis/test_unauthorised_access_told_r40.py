"""security-incident: the customer told of unauthorised access to its data, in other words.

"得知您的数据遭到未经授权的访问时，将及时通知您", "接收方发现保密信息遭未经授权的使用或披露时，
应立即通知披露方", "If a disclosure of Customer Data is discovered, Customer will be
notified as expeditiously as possible": addressed (vague: no time), however low the
relevance model scores such lines (so also with a model that doubts every clause).
The customer's own duty to tell the vendor ("如发现账号遭未经授权的使用…，您应立即通知
乙方") is no notice owed to the customer: missing.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("clause", "language"), [
    ("乙方得知您的数据遭到未经授权的访问时，将及时通知您。", "zh"),
    ("If a disclosure of Customer Data is discovered, Customer will be notified as expeditiously as possible.", "en"),
])
def test_unauthorised_access_told_is_addressed(reviewed: ReviewContract, clause: str, language: str, model: str) -> None:
    f = reviewed(f"""
        # 7. Data
        7.1 {clause}
        """, language=language).finding("security-incident")
    assert f.status is Status.VAGUE, f.reasons


def test_the_customers_duty_to_tell_is_missing(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 二、账号
        2.4 您有责任对账号登录信息保密。如发现账号遭未经授权的使用，您应立即通知乙方。
        """, language="zh", title="服务协议").finding("security-incident")
    assert f.status is Status.MISSING, f.reasons
