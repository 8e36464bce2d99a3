"""update-policy: the vendor's own wording for changing or upgrading what it ships.

Found by the out-of-fold error analysis of the development side (terms of use,
licences and maintenance contracts of several vendors): a right to change the
functions ("may update their functionality and user interface from time to
time", "reserves the right ... to modify or discontinue, temporarily or
permanently, the Service", "可能会对服务内容进行变更"), changes announced without a
period ("所有可能影响用户的功能变更都将向用户公告"), upgrades or patches provided
("乙方免费为甲方升级软件", "向甲方提供平台的补丁包", "publish feature updates") address
the item: vague, not missing, although the model scores such lines low. A
change of the vendor's staff or bank account notified in advance is no update
of the service (the item's exclude terms still hold there).
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


@pytest.mark.parametrize(("clause", "language"), [
    ("The provider hosts the Subscription Services and may update their functionality and user interface from time to time.", "en"),
    ("The provider reserves the right at any time and from time to time to modify or discontinue, temporarily or permanently, the Service.", "en"),
    ("The provider frequently publishes feature updates in the help centre.", "en"),
    ("服务商可能会对服务内容进行变更，也可能会中断、中止或终止服务。", "zh"),
    ("服务商免费为用户升级软件。", "zh"),
    ("服务商全部具体功能详见官网提供的说明文档，所有可能影响用户的功能变更都将向用户公告。", "zh"),
    # Upgrades asked of the customer or made continually.
    ("服务商的技术支持适用于最近两个次要版本。您使用更早版本的，我们可能要求您先升级至受支持的版本。", "zh"),
    ("服务商将适时升级迭代SDK版本，以提升产品的安全性和稳定性。", "zh"),
    ("服务商向用户提供本网站上展示的各项产品与服务，并将持续更新服务内容。", "zh"),
    ("服务商会根据系统版本的更新不断升级加密方案。", "zh"),
])
def test_change_or_upgrade_wording_is_a_candidate(contract: MakeContract, clause: str, language: str) -> None:
    """Kept by its own wording (`find.addressed_by`), whatever the model scores."""
    views = build_views(segment(read_document(contract(f"""
        # 3.
        3.1 {clause}
        """, language=language))))
    item = default_checklist().item("update-policy")
    (view,) = [v for v in views if v.text.startswith(("The provider", "服务商"))]
    candidate = score_clause(item, view)
    assert candidate is not None and _addressed_over(item, view.text, candidate.keyword_hits), view.text


@pytest.mark.parametrize("clause", [
    "乙方可能会对服务内容进行变更，也可能会中断、中止或终止服务。",
    "乙方免费为甲方升级软件。",
])
def test_chinese_change_or_upgrade_is_vague(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 四、其他
        4.1 甲方应按期支付服务费用。
        4.2 {clause}
        4.3 本合同适用中华人民共和国法律。
        """, language="zh", title="服务合同").finding("update-policy")
    assert f.status is Status.VAGUE, f.reasons


def test_staff_change_notice_is_no_update(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 四、服务团队
        4.1 乙方应配备客户成功经理及技术支持人员，客户成功经理变更的，应提前5个工作日通知甲方并做好交接。
        4.2 乙方收款账户变更的，应提前10个工作日书面通知甲方。
        """, language="zh", title="服务合同").finding("update-policy")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize("clause", [
    "平台将固件及App更新分为功能版本和修复版本。功能版本发布前，平台将至少提前7日在企业管理后台发布版本说明；修复版本可随时发布。",
    "客户端旧版本停止服务前，乙方提前60日在平台公告。",
])
def test_versions_released_or_retired_find_the_notice(contract: MakeContract, clause: str) -> None:
    """A version released or retired names the item: "功能版本发布前", "旧版本停止服务前"."""
    views = build_views(segment(read_document(contract(f"""
        # 二、服务
        2.1 {clause}
        """, language="zh"))))
    item = default_checklist().item("update-policy")
    (view,) = [v for v in views if v.text.startswith(("平台", "客户端"))]
    candidate = score_clause(item, view)
    assert candidate is not None and candidate.keyword_hits, view.text
