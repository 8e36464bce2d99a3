"""security-certifications: a certificate of the host, or a standard built to, is not the vendor's.

LABELLING.md: "a certification of a sub-processor/data centre only: addressed, `vague`";
a standard cited only as a reference ("based on", "in accordance with"): `vague`.
The host is named (AWS, a public cloud) or described ("the provider of X's
infrastructure", "third-party providers") in many words, and a Chinese system built
"依照/依据 等级保护第三级的要求" has not passed the evaluation.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "The Service runs on Amazon Web Services, and the AWS data centers carry ISO/IEC 27001 and SOC 2 Type II attestations.",
    "We host the application on a managed platform that runs in the data centres of Amazon Web Services, which hold ISO/IEC 27001 and SOC 2 reports.",
    "The provider of Acme's infrastructure holds recognised industry security certifications, such as SOC 2 and ISO 27001.",
])
def test_a_hosts_certificate_is_vague(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 6. Security
        6.1 {clause}
        """).finding("security-certifications")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("clause", [
    "部署本服务的公有云数据中心已取得ISO/IEC 27001信息安全管理体系认证。",
    "本公司的信息系统依照国家信息安全等级保护第三级的要求建设和运维，并采用访问控制等安全管理措施。",
    "乙方平台依据网络安全等级保护第三级的要求进行建设和运营。",
])
def test_a_hosts_certificate_or_a_grade_built_to_is_vague_zh(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 六、安全
        6.1 {clause}
        """, language="zh", title="技术服务协议").finding("security-certifications")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("clause", "language"), [
    ("Acme is certified under ISO/IEC 27001 and holds a SOC 2 Type II report for the Service.", "en"),
    ("乙方平台已通过网络安全等级保护第三级测评并完成备案。", "zh"),
])
def test_the_vendors_own_certificate_stays_met(reviewed: ReviewContract, clause: str, language: str) -> None:
    f = reviewed(f"""
        # 6. Security
        6.1 {clause}
        """, language=language).finding("security-certifications")
    assert f.status is Status.MET, f.reasons
