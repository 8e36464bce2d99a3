# ruff: noqa: E501
"""no-final-interpretation, as settled on 7 December 2026 (LABELLING.md): the vendor alone
deciding what a term of the contract counts as is a unilateral interpretation, vague ("We alone
decide, in our sole discretion, what counts as a material change", "何为重大变更，由我们自行决定",
"'Incident' means ... as Quillmark alone determines"); its discretion in enforcing the terms is
not ("We decide in Our sole discretion whether a Site breaches this Policy", "是否构成违反本条款，
由枫旗自行决定"), nor is a policy that determines what counts as fair use."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 12. Changes to these Terms
    12.1 We may revise these Terms. We will post notice 30 days before the new terms take effect. We alone decide, in our sole discretion, what counts as a material change.
    """,
    """
    # 4. API
    4.2 Abuse or excessive use of the API may lead to suspension. What counts as abuse or excessive use of the API is for Formwell alone to decide.
    """,
    """
    # 1. Definitions
    1.10 "Bug" means a Software failure that leads to a complete stop or an error traceback. Whether a failure to meet specifications counts as a Bug is left to Company's discretion.
    """,
    """
    # 1. Definitions
    1.4 "Incident" means a loss of availability of a deployment of the Software, as Quillmark alone determines.
    """,
    """
    # 3. Service Levels
    3.1 Zonelet, in its sole discretion, shall determine whether an event counts as an Outage, based upon its records.
    """,
])
def test_the_vendor_deciding_what_a_term_counts_as_is_vague(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("no-final-interpretation")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


@pytest.mark.parametrize("body", [
    """
    # 第十二条 条款变更
    12.1 我们保留随时修改本条款的权利。如修订属于重大修订，我们将至少提前30天发出通知。何为重大变更，由我们自行决定。
    """,
    """
    # 第三条 漏洞
    3.1 与规格或需求不符的情形是否视为漏洞，由 Velan SA 决定。
    """,
    """
    # 五、使用限制
    5.2 鸣雀保留自行决定何为滥用或过度使用的权利。
    """,
])
def test_the_vendor_deciding_what_a_term_counts_as_is_vague_zh(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh").finding("no-final-interpretation")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # A. Acceptable Use
    A.4 Where Your Site breaches this Policy, You must stop using the Software on it. We decide in Our sole discretion whether a Site breaches this Policy, and We may remove the Site from Your Account.
    """, "en"),
    ("""
    # 7. Fair Use
    7.1 Our Fair Use Policy, which is part of this Agreement, determines what counts as fair and reasonable use of the Service.
    """, "en"),
    ("""
    # 九、违约
    9.2 客户对本服务的任何使用是否构成违反本条款，由枫旗自行决定。如发生该等违约，枫旗可采取其认为适当的措施。
    """, "zh"),
])
def test_enforcing_the_terms_at_discretion_is_no_interpretation(reviewed: ReviewContract, body: str, language: str) -> None:
    f = reviewed(body, language=language).finding("no-final-interpretation")
    assert f.status is Status.MISSING, (f.status, f.reasons)
