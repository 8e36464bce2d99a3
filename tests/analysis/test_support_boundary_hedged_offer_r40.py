"""support-scope: a binding boundary is met whatever is offered beyond it, as the
labelling guide settled it on 5 December: a hedge on the help for the customer's
side, in the same sentence as the boundary ("…则不在启云的支持范围之内，但启云可视
情况提供建议"), does not make it vague. A boundary hedged itself ("As a rule the
Service does not include integration", "原则上一律由客户自行解决") stays vague."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_a_hedged_offer_beside_the_boundary_is_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
    # 六、支持范围
    2. 若问题出在您的业务代码、第三方组件或您自行搭建的系统上，则不在启云的支持范围之内，但启云可视情况提供建议。
    """, language="zh").finding("support-scope")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
    # B. Support
    B.1 As a rule the Service does not include integration, support or consulting services from the Vendor. Within its sole discretion the Vendor may offer support by email.
    """),
    ("zh", """
    # 一、技术支持
    1. 开源部分源码的问题和缺陷，原则上一律由客户自行负责。
    """),
], ids=["as-a-rule-en", "in-principle-zh"])
def test_a_boundary_hedged_itself_is_vague(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("support-scope")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
