"""documentation-training: documents the vendor holds or lets the customer download, and
training it gives, address the item whatever the relevance model makes of such passing
lines: "备有详尽的说明文档", "操作手册可在官方网站下载", "人员培训，由乙方负责", "按客户需要提供远程
培训", "will provide remote training". Nothing on keeping them current: vague. A session the
vendor only "may arrange" ("可为您的运营人员安排一次线上培训") is vague too. The vendor's own staff
trained ("定期开展安全培训", "security awareness training for its employees") is not the item."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("zh", """
    # 一、服务内容
    1. 澜映直播平台具有互动、分享、评论、消息等功能，可用于企业和团队的直播与点播。澜映直播备有详尽的说明文档、操作引导和帮助文档。
    """),
    ("zh", """
    # 五、证书介质
    5.2 证书驱动程序、证书助手和操作手册可在书信CA官方网站下载。
    """),
    ("zh", """
    # 三、乙方责任
    2. 检验信息系统的安装、调试以及人员培训，由乙方负责；
    """),
    ("zh", """
    # 二十三、业务风控
    23.4 业务风控服务开通之后，衡验可为您的运营人员安排一次线上的策略配置培训，使其熟悉管理后台的风控功能。
    """),
    ("en", """
    # 4. Implementation
    4.3 After go-live, the Vendor will provide remote training for the Customer's administrators on the configuration of the system.
    """),
], ids=["held-zh", "downloadable-zh", "training-by-vendor-zh", "may-arrange-zh", "training-en"])
def test_documents_held_and_training_given_address_the_item(reviewed: ReviewContract, doubting: RelevanceModel,
                                                            language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("documentation-training")
    assert f.status is Status.VAGUE, (f.reasons, [e.text for e in f.evidence])


@pytest.mark.parametrize(("language", "body"), [
    ("zh", """
    # 五、安全措施
    三、 我们会定期开展安全培训和应急演练，增强员工保护个人信息的意识。
    """),
    ("en", """
    # 5. Security
    5.3 The Vendor provides security awareness training to all of its employees every year.
    """),
], ids=["staff-zh", "staff-en"])
def test_the_vendors_own_staff_trained_is_not_the_item(reviewed: ReviewContract, doubting: RelevanceModel,
                                                       language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("documentation-training")
    assert f.status is Status.MISSING, (f.reasons, [e.text for e in f.evidence])
