"""A certificate authority presenting itself as one addresses security-certifications.

"依法设立的第三方权威电子认证服务机构", "……认证中心作为权威、公正的第三方机构": the vendor claims
its standing as a certification body but names no licence, certification or audit, so
the item is addressed and `vague` (the labels), not missing because the relevance model
scores such an opening paragraph low (`addressed_by`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_legally_established_certification_body_is_vague(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 一、总则
        1.1 南岭信息有限公司（以下简称“南岭CA”）是依法设立的电子认证服务机构，向用户签发数字证书并提供相关服务。
        1.2 用户申请数字证书时，应提交真实的身份资料。
        """, language="zh", fmt=fmt).finding("security-certifications")
    assert f.status is Status.VAGUE, f.reasons
