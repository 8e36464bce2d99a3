"""encryption: HTTPS merely supported, hanging on the customer's certificate, or refused at rest.

Vague, not met: HTTPS offered as a way in ("支持以HTTPS协议访问接口": plain HTTP stays
open), encryption that depends on a certificate the customer buys or uploads ("您购买了
SSL证书的，网站以HTTPS方式加密访问", "甲方上传的HTTPS证书及私钥，乙方应加密保存"), and a
refusal beside the transport ("Data you keep on volumes is not encrypted by us").
A TLS version named in the same sentence binds ("支持HTTPS加速，支持TLS 1.2和TLS 1.3").
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "乙方按照业界标准采取安全措施保障数据安全，并支持以HTTPS协议访问接口。",
    "乙方采用防火墙、入侵检测和访问控制保障平台安全。您购买了SSL证书的，网站以HTTPS方式加密访问。",
    "甲方上传至乙方WAF的HTTPS证书及私钥，乙方应采取加密措施保存，未经甲方同意不得导出。",
])
def test_https_offered_or_on_the_customers_certificate_is_vague_zh(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 八、安全
        8.1 {clause}
        """, language="zh", title="服务协议").finding("encryption")
    assert f.status is Status.VAGUE, f.reasons


def test_https_with_a_tls_version_stays_met_zh(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 一、服务内容
        1.3 加速服务支持HTTPS加速，支持TLS 1.2和TLS 1.3协议以及国密SM2证书。
        """, language="zh", title="服务协议").finding("encryption")
    assert f.status is Status.MET, f.reasons


def test_encryption_refused_at_rest_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 6. Security
        6.3 Encryption. The Cloud Manager and the API can be reached over HTTPS only. Data you keep on Compute Instances or Block Storage volumes is not encrypted by us, and if you need Customer Data encrypted, doing so is entirely your responsibility.
        """).finding("encryption")
    assert f.status is Status.VAGUE, f.reasons
