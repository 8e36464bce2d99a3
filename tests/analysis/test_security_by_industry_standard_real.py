"""Security "by industry standard", nothing named, addresses security-certifications.

"采取符合业界标准的安全防护措施", "按照业界成熟的安全标准", "industry-standard technical and
organisational measures": the specification's own vague case ("industry-standard
security") - no certification or audit named, so `vague`, not missing. Such a line
stands in a privacy or data-protection clause that the relevance model scores as about
something else (`addressed_by`). A certification named elsewhere still meets the item.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("sentence", [
    "为防止会员资料遭到未经授权的访问，本站采用业界领先的安全技术。",
    "本站采取行业通行的安全措施保护会员资料。",
    "会员资料存放于本站服务器，本站以业界公认的安全防护措施加以保护。",
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_security_by_industry_standard_is_vague(reviewed: ReviewContract, sentence: str, fmt: str) -> None:
    f = reviewed(f"""
        # 一、服务内容
        1.1 本站向会员提供在线课程服务。
        # 二、会员资料
        2.1 会员应妥善保管账号，不得转让或出借。
        2.3 {sentence}
        # 三、费用
        3.1 会员应在服务到期前续费。
        """, language="zh", fmt=fmt).finding("security-certifications")
    assert f.status is Status.VAGUE, (sentence, f.reasons)


def test_industry_standard_measures_are_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Services
        1.1 We provide online courses to members.
        # 2. Accounts
        2.1 Members must keep their login details safe.
        2.2 We use industry-standard technical and organisational measures to protect member data.
        # 3. Fees
        3.1 Fees are payable in advance.
        """).finding("security-certifications")
    assert f.status is Status.VAGUE, f.reasons


def test_a_certification_named_elsewhere_still_meets_it(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 一、服务内容
        1.1 本站向会员提供在线课程服务。
        # 二、安全
        2.1 本站采取行业通行的安全措施保护会员资料。
        2.2 本站已通过ISO/IEC 27001信息安全管理体系认证。
        """, language="zh").finding("security-certifications")
    assert f.status is Status.MET, f.reasons
