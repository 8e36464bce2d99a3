# ruff: noqa: E501
"""Round 64. proactive-notice (LABELLING.md, settled 7 December 2026, twelfth audit): a notice period
stated only as the condition of an SLA exclusion, or inside a definition, is no promise to give
it (vague), in more forms: "maintenance that is announced", "(announced at least 72 hours ahead)",
不计在内, a long subject before 提前, 计划内停机, a defined 计划维护.
security-certifications (fourteenth audit): certificates the host holds, or one still under way,
are vague; the vendor's own certificate stays met."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # 2. Exclusions
    Downtime does not include:
    (a) Planned Maintenance that is announced at least 48 hours ahead and carried out inside the published windows.
    """, "en"),
    ("""
    # 2. Exclusions
    None of the following counts as downtime:
    - Scheduled maintenance (announced at least 72 hours ahead, or 24 hours ahead for emergency work)
    """, "en"),
    ("""
    # 二、可用性
    计算可用性时，下列情形不计在内：
    （1）计划内维护（至少提前24小时公告）；
    """, "zh"),
    ("""
    # 二、可用性
    托管服务处于不可用状态的任何时段，均视为一次停机事件，但下列情形除外：
    （1）乙方已通过电子邮件或账户通知提前24小时或更早发出通知的计划内停机。
    """, "zh"),
    ("""
    # 一、定义
    计划维护：“计划维护”指乙方已至少提前二十四（24）小时通知客户的、对服务进行的例行计划维护。
    """, "zh"),
])
def test_notice_as_an_exclusions_condition_is_no_promise(reviewed: ReviewContract, body: str, language: str) -> None:
    f = reviewed(body, language=language).finding("proactive-notice")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # 2. Maintenance
    2.1 The Provider will announce scheduled maintenance at least 72 hours in advance by e-mail.
    """, "en"),
    ("""
    # 二、维护
    乙方应至少提前24小时通过邮件通知甲方计划内维护。
    """, "zh"),
])
def test_a_promised_notice_is_still_met(reviewed: ReviewContract, body: str, language: str) -> None:
    f = reviewed(body, language=language).finding("proactive-notice")
    assert f.status is Status.MET, (f.status, f.reasons)


@pytest.mark.parametrize("body", [
    """
    # 6. Certifications
    6.2 Third-party providers run the Data Centers housing our infrastructure; for those facilities, the providers have SOC 1 Type II, SOC 2 Type II and ISO/IEC 27001 attestations.
    """,
    """
    # 6. Certifications
    6.2 Certification: ISO 27001 held by Hetzner (infrastructure).
    """,
    """
    # 6. Certifications
    6.2 Our own SOC 2 Type II audit is under way.
    """,
])
def test_a_hosts_or_pending_certificate_is_vague(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("security-certifications")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_the_vendors_own_certificate_is_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 8. Security
        8.1 The Service Provider holds an ISO/IEC 27001 certification for the Service.
        """).finding("security-certifications")
    assert f.status is Status.MET, (f.status, f.reasons)
