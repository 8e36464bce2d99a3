"""availability: the levels left to a service level agreement, in other words, address the item (vague).

"其服务可用性等级指标和赔偿方案由这份服务等级协议加以规定", "云资源自身是否可用由相应的云厂商负责，
并以该云厂商发布的服务等级协议为准" ('可用性…以…服务等级协议为准' was known), and "Support and
service levels for the Products will be provided by Tillmark as described in the Support Policy"
('service levels published at' was known). No percentage: vague, however low the model scores
it; not "efforts to deliver the Services in line with the service levels set out in this Exhibit"
beside a guaranteed percentage.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "青雀云为客户提供短信服务，其服务可用性等级指标和赔偿方案由这份服务等级协议加以规定。",
    "云资源自身是否可用由相应的云厂商负责，并以该云厂商发布的服务等级协议为准。",
])
def test_by_reference_zh(reviewed: ReviewContract, doubting: RelevanceModel, clause: str) -> None:
    f = reviewed(f"""
        # 第二条 服务内容
        2.1 {clause}
        """, language="zh").finding("availability")
    assert f.status is Status.VAGUE, f.reasons


def test_by_reference_en(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    f = reviewed("""
        # 3. Support
        3.1 Support and service levels for the Products will be provided by Tillmark as described in the Support Policy.
        """).finding("availability")
    assert f.status is Status.VAGUE, f.reasons


def test_effort_in_line_with_the_levels_leaves_the_guarantee(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # A. Service Levels
        A.1 Acme warrants that it will make commercially reasonable efforts to deliver the Cloud Services substantially in line with the service levels set out in this Exhibit.
        A.2 Acme guarantees that, in every calendar month, its endpoints will each be available at least 99.5% of the time.
        """).finding("availability")
    assert f.status is Status.MET, f.reasons
