"""A security incident worded without 安全事件 addresses security-incident.

"如发生可能影响用户数据安全的事件，澜映将及时通知用户": an event that may affect the customer's
data, with a duty to tell; "由于…的原因导致证书私钥被破译、窃取", "签发的数字证书不会被伪造、篡改":
a certificate authority's certificates forged or keys cracked, with its liability and
no notice. Both are addressed and `vague` (no hours; LABELLING.md for the CA), never
missing because the relevance model scores such lines low (`addressed_by`). The
customer's own duty to report a leaked key is not about it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "2.4 如发生可能危及客户信息安全的情形，服务商将及时告知客户。",
    "2.4 由于认证中心的原因导致用户证书私钥被破译的，认证中心依照业务规则承担赔偿责任。",
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_incident_in_other_words_is_vague(reviewed: ReviewContract, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        # 一、服务内容
        1.1 本中心向用户提供数字证书服务。
        # 二、双方责任
        {clause}
        # 三、费用
        3.1 用户应按期缴纳费用。
        """, language="zh", fmt=fmt).finding("security-incident")
    assert f.status is Status.VAGUE, (clause, f.reasons)


def test_the_customers_own_key_leak_is_not_about_it(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 一、服务内容
        1.1 本平台向开发者提供开放接口服务。
        # 二、开发者义务
        2.1 开发者应妥善保管应用密钥，不得将其嵌入前端代码。应用密钥泄露的，开发者应立即在开放平台重置密钥。
        """, language="zh").finding("security-incident")
    assert f.status is not Status.MET, f.reasons
