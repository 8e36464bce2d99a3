"""support-scope: support promised or refused without a boundary addresses the item.

Found by the out-of-fold error analysis of the development side (licence
agreements, EULAs and cloud terms of several vendors): support promised only by
reference to the licence bought ("依据所购授权类型中确定的技术支持内容……获得指定范围
内的技术支持服务"), refused to free users or to third-party software ("不承诺向免费用户
提供任何形式的技术支持", "不对第三方软件或技术提供客服支持", "has no obligation to
provide support"), or promised in general ("获得……技术支持、咨询等服务") is about the
scope of support, but draws no boundary with the customer's side: vague, not
missing, although the relevance model scores such licence lines low.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.matching import _addressed_over, build_views, score_clause
from reviewer.checklist import default_checklist
from reviewer.ingest import read_document
from reviewer.review import Review, Status
from reviewer.segment import segment
from tests.analysis.conftest import MakeContract

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "取得商业授权后，您可以将本软件用于商业用途，并可依据所购授权类型中确定的技术支持内容，自购买之时起，在技术支持期限内通过指定方式获得指定范围内的技术支持服务。",
    "用户系出于自愿使用本软件，您必须了解使用本软件的风险；在购买产品技术服务之前，我们不承诺向免费用户提供任何形式的技术支持或使用担保。",
    "因本软件使用的第三方软件或技术引发的任何纠纷，应由该第三方负责解决。本公司不对第三方软件或技术提供客服支持，您需要获取支持的，请与第三方联系。",
    "您有权享受本公司提供的互联网技术和信息服务，并有权在接受服务时获得本公司的技术支持、咨询等服务，服务内容详见本网站。",
    # Support limited without a boundary: "仅向开发者提供……中立的技术支持服务", "以上服务内容根据甲方所购买的软件版本……确定",
    # "不保证或支持非本公司应用".
    "本平台是中立的应用平台服务提供者，仅向开发者提供应用上传、存储、展示、下载等中立的网络平台服务或相关中立的技术支持服务。",
    "说明：以上服务内容根据甲方所购买的软件版本以及服务范围和项目确定。本公司享有本技术服务的最终解释权。",
    "本公司或第三方可能提供非本公司应用。本公司不保证或支持非本公司应用，无论其是否被列为认证应用。",
])
def test_chinese_support_without_boundary_is_vague(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 一、授权与使用
        1.1 本软件的著作权归本公司所有，用户可依照本协议使用本软件。
        1.2 {clause}
        1.3 本协议的订立、执行和解释及争议的解决均适用中华人民共和国法律。
        """, language="zh", title="软件许可协议").finding("support-scope")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("clause", [
    "Company may provide support by e-mail at its discretion. Company has no obligation to provide support, updates or maintenance for the Tools.",
    "Because of the very large number of self-hosted projects, our team does not have the resources to provide support for them.",
])
def test_no_obligation_to_provide_support_is_vague(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 5. Tools
        5.1 Company grants Customer a non-exclusive licence to use the Tools during the Term.
        5.2 {clause}
        5.3 This Agreement is governed by the laws of England.
        """, title="Terms of Use").finding("support-scope")
    assert f.status is Status.VAGUE, f.reasons


def test_personal_data_purpose_is_not_a_support_promise(reviewed: ReviewContract) -> None:
    """A privacy policy's purpose list ("提供技术支持和客户服务") promises nothing."""
    f = reviewed("""
        # 二、我们如何使用您的个人信息
        2.1 我们会将收集的信息用于以下目的：提供技术支持和客户服务；改进产品功能。
        """, language="zh", title="隐私政策").finding("support-scope")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize("clause", [
    "平台只负责云存储服务；摄像机的选型、安装及现场调试由用户或其设备供应商负责。",
    "平台提供远程接入指导，但不负责现场设备的维修。",
    "平台提示：因甲方擅自修改造成的问题，乙方不承担免费服务责任。",
    "平台维护范围不包括：软件功能范围外的流程修改、模块及程序增加。",
])
def test_boundary_wording_is_kept_whatever_the_model_scores(contract: MakeContract, clause: str) -> None:
    """The met wording's boundary addresses the item by its own words (`find.addressed_by`):
    the model vetoed it in maintenance contracts and device terms of several vendors."""
    views = build_views(segment(read_document(contract(f"""
        # 五、服务
        5.1 {clause}
        """, language="zh"))))
    item = default_checklist().item("support-scope")
    (view,) = [v for v in views if v.text.startswith("平台")]
    candidate = score_clause(item, view)
    assert candidate is not None and _addressed_over(item, view.text, candidate.keyword_hits), view.text


@pytest.mark.parametrize("clause", [
    "业务应用的配置错误、数据录入错误，以及通过开放接口开发的程序的问题，不属于故障处理范围；乙方可以在约定的咨询人天内提供协助。",
    "本合同服务不包括：甲方网络的规划设计、第三方设备的故障处理、甲方业务系统的调试。",
])
def test_boundary_of_fault_handling_or_of_the_contract_is_met(reviewed: ReviewContract, clause: str) -> None:
    """"不属于故障处理范围" and "本合同服务不包括" draw the boundary as "不属于技术支持范围" does."""
    f = reviewed(f"""
        # 六、技术支持
        6.1 乙方负责平台本身的故障处理。
        6.2 {clause}
        """, language="zh").finding("support-scope")
    assert f.status is Status.MET, f.reasons
