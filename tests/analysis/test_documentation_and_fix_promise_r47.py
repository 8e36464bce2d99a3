"""documentation-training and resolution-times: four classes of wording.

documentation-training: the vendor's own staff trained in security or privacy ("乙方每年至少为其
安排一次隐私与安全培训", "annual security awareness training") is no training given to the customer;
documentation the vendor "may update or revise" (a permission in a definition) is not kept
current; documentation shipped with the product ("any written documentation that accompanies
it") is documentation provided (addressed, vague).

resolution-times: a promise to trace and handle a fault with no time ("涉及通道故障的，乙方将及时
排查处理") addresses the item, hedged (vague), like "及时修复".
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

pytestmark = pytest.mark.usefixtures("unsure")


def test_staff_privacy_training_is_no_training_zh(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 附件一 安全措施
        5. 访问控制：乙方仅向履行职责所必需的人员授予访问权限。
        6. 人员：接触委托处理数据的人员，乙方每年至少为其安排一次隐私与安全培训。
        """, language="zh").finding("documentation-training")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_documentation_the_vendor_may_revise_is_not_kept_current(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Definitions
        1.3 "Documentation" is the specifications and user guides for the Services that Northwind has published, as Northwind may update or revise them in connection with later Upgrades.
        """).finding("documentation-training")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_documentation_accompanying_the_product_is_provided(reviewed: ReviewContract, doubting: object) -> None:
    f = reviewed("""
        # 1. The Product
        1.1 Northwind offers an electronic signature application (the "Product"). Your use of the Product, including any updates and any written documentation that accompanies it, is governed by these Terms.
        """).finding("documentation-training")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_hedged_promise_to_trace_a_fault_addresses_resolution_zh(reviewed: ReviewContract, doubting: object) -> None:
    f = reviewed("""
        # 第七条 技术支持
        三、对于您经工单提交的问题，乙方将在工作时间内尽快答复；涉及通道故障的，乙方将及时排查处理。
        """, language="zh").finding("resolution-times")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
