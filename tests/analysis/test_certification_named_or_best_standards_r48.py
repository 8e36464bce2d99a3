"""security-certifications: three written forms a doubting model (as out of fold) dropped.
(1) A certification standard named in a clause mostly about something else addresses the item
whatever the model says ("运营方的系统会接受定期审核，以评估其SaaS服务……是否符合ISO27001标准" beside an
availability promise: met). (2) A standard only followed (遵循, 遵照: "遵循ISO27000系列安全管理规范"
in a list of security features) is a framework cited, as "follows" is in English (LABELLING.md:
vague). (3) Security by the best standards, none named ("we apply industry-leading standards when
we secure ...", "达到最高的安全标准"): the spec's "industry-standard security", addressed, vague."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_named_standard_in_another_clause_is_met(reviewed: ReviewContract, doubting: RelevanceModel,
                                                    fmt: str) -> None:
    f = reviewed("""
        # 三、服务级别
        3.1 运营方承诺云服务的月度可用性不低于99.95%，并把该承诺纳入其年度质量目标；运营方的系统每年接受两次外部审核，以评估其SaaS服务的交付与开发是否符合ISO 27001标准。
        """, fmt=fmt, language="zh").finding("security-certifications")
    assert f.status is Status.MET, (f.status, f.reasons)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_standard_followed_is_vague(reviewed: ReviewContract, doubting: RelevanceModel, fmt: str) -> None:
    f = reviewed("""
        # 二、平台能力
        2.4 安全性：设备接入采用双向证书认证；业务数据在云端加密存放；每年由第三方机构进行渗透测试；遵循ISO27000系列信息安全管理规范。
        """, fmt=fmt, language="zh").finding("security-certifications")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # 5. Trust
    5.1 Protecting customer workloads is part of our mission: we apply industry-leading standards when we secure our offices, grant staff access, run the network and write internal policies.
    """, "en"),
    ("""
    # 四、合规
    4.1 合规承诺：服务商始终遵守相关法律法规，力求使所提供的服务达到最高的安全标准。
    """, "zh"),
], ids=["en", "zh"])
def test_the_best_standards_unnamed_are_vague(reviewed: ReviewContract, doubting: RelevanceModel,
                                              body: str, language: str) -> None:
    f = reviewed(body, language=language).finding("security-certifications")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
