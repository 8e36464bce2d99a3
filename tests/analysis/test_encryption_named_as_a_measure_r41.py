"""encryption: encryption named among the vendor's security means addresses the item (vague: no
standard) however low the model scores such a line in a clause
about security in general: "运用防火墙、入侵检测、数据加密等技术手段保障平台的安全" (加密等技术手段,
as 加密等措施 already did)."""

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
    # (A secure SSL connection for the vendor's own traffic is met since round 63, as HTTPS is under
    # the rule settled on 5 December 2026: test_ssl_is_encryption_in_transit_r63.py.)
])
def test_encryption_named_as_a_measure_is_vague(reviewed: ReviewContract, doubting: object, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("encryption")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
