"""encryption: encryption named among the vendor's security means, or a secure SSL connection,
addresses the item (vague: no standard) however low the model scores such a line in a clause
about security in general: "运用防火墙、入侵检测、数据加密等技术手段保障平台的安全" (加密等技术手段,
as 加密等措施 already did), "The Website is operated through a safe SSL-connection"."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("zh", """
     # 附件三 安全
     2.（4）本公司应建立并执行信息安全管理制度，运用防火墙、入侵检测、数据加密等技术手段保障云平台的安全。
     """),
    ("en", """
     # 9. Data Security
     9.1 Measures to secure data and IT systems are in place. The Website is operated through a safe SSL-connection, and while that connection is active third parties cannot read the data you send.
     """),
])
def test_encryption_named_as_a_measure_is_vague(reviewed: ReviewContract, doubting: object, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("encryption")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
