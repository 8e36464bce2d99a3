"""documentation-training: documentation pointed to by other names addresses the item.

Found by the out-of-fold error analysis of the development side (several
vendors): "The API is documented on the developer pages", "see the
troubleshooting guide", "通过帮助中心，提供对平台各项功能的全面介绍", "具体配置请参考
《应用开发模板规范（完整版）》" point the customer to the vendor's documentation
without saying how it is kept current: vague, not missing, although the model
scores such passing lines low. A privacy notice's pointer to its own full text
(《…隐私保护指引》) is no documentation.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.matching import build_views, score_clause
from reviewer.checklist import default_checklist
from reviewer.ingest import read_document
from reviewer.review import Review, Status
from reviewer.segment import segment
from tests.analysis.conftest import MakeContract

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "The API is documented on the developer pages. The provider may change API functions at its discretion.",
    "Common Issues - see the troubleshooting guide for how to deal with common issues.",
])
def test_english_documentation_pointed_to_is_vague(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 4. Use of the Service
        4.1 Customer shall pay the fees set out in the Order Form.
        4.2 {clause}
        4.3 This Agreement is governed by the laws of Germany.
        """, title="General Terms").finding("documentation-training")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("clause", [
    "运营方通过其官方网站发布的帮助中心，提供对平台各项功能的全面介绍。",
    "具体配置请参考《应用开发模板规范（完整版）》。",
])
def test_chinese_documentation_pointed_to_is_vague(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 三、服务使用
        3.1 用户应按照本协议约定支付服务费用。
        3.2 {clause}
        3.3 本协议适用中华人民共和国法律。
        """, language="zh", title="服务协议").finding("documentation-training")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("clause", [
    "运营方通过其官方网站发布的帮助中心，提供对平台各项功能的全面介绍。",
    "运营方提示：具体配置请参考《应用开发模板规范（完整版）》。",
])
def test_chinese_pointer_is_kept_by_its_wording(contract: MakeContract, clause: str) -> None:
    """A keyword candidate that addresses the item by its own wording, whatever the model scores."""
    views = build_views(segment(read_document(contract(f"""
        # 三、服务使用
        3.1 {clause}
        """, language="zh"))))
    item = default_checklist().item("documentation-training")
    (view,) = [v for v in views if v.text.startswith("运营方")]
    candidate = score_clause(item, view)
    assert candidate is not None and candidate.keyword_hits, view.text


def test_privacy_notice_pointer_is_not_documentation(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 一、概要
        1.1 您可以阅读完整版的《云会议隐私保护指引》，了解更为详细的个人信息处理规则。
        """, language="zh", title="隐私政策摘要").finding("documentation-training")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize("clause", [
    "An integration review to make sure your integration is optimal.",
    "The provider will provide Customer with ten (10) seats per year for instructor-led Education courses.",
])
def test_training_by_other_names_is_met(reviewed: ReviewContract, clause: str) -> None:
    """An integration review in a plan's list, or seats for instructor-led courses, is training offered."""
    f = reviewed(f"""
        # 3. Enterprise plan
        3.1 Customer shall pay the annual fee set out above.
        3.2 {clause}
        """, title="Order Form").finding("documentation-training")
    assert f.status is Status.MET, f.reasons
