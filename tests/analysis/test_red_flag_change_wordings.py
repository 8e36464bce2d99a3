"""Red flags in more of the words vendors use. unilateral-amendment: the vendor
updating its own policies or a document it names by an acronym, a Chinese
document named with 本 (本隐私政策, 本须知), its usage or platform rules, or a
version that applies once published outweighs a clause needing both parties'
signature; a change made by a signed supplement is the protection."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

_SIGNED_EN = "14.1 This Agreement may be amended only by a written instrument signed by both parties."
_SIGNED_ZH = "14.1 本合同的任何变更均须经双方协商一致并签署书面补充协议。"


@pytest.mark.parametrize(("language", "clause", "status"), [
    # The vendor's own policies, or a document named by its acronym, changed at will.
    ("en", "14.2 Brightmoor may update its support policies from time to time.", Status.VAGUE),
    ("en", "14.2 Brightmoor may update this MSA and its Schedules from time to time by posting the new version on its website.", Status.VAGUE),
    # The updated version applies from its publication.
    ("zh", "14.2 附件二由乙方根据产品规划更新，更新后的版本在乙方官网发布之日起适用于本合同。", Status.VAGUE),
    ("zh", "14.2 乙方有权根据需要修改平台规则，修改后的规则经公告即生效。", Status.VAGUE),
])
def test_a_change_right_outweighs_the_signed_amendment(reviewed: ReviewContract, language: str, clause: str,
                                                        status: Status) -> None:
    heading = "# 14. General" if language == "en" else "# 十四、其他"
    signed = _SIGNED_EN if language == "en" else _SIGNED_ZH
    f = reviewed(f"{heading}\n{signed}\n{clause}", language=language).finding("unilateral-amendment")
    assert f.status is status, f.reasons


@pytest.mark.parametrize(("language", "clause", "status"), [
    # A change needs both signatures in other words.
    ("en", "14.1 Any change to a Statement of Work, or to this Agreement as it applies to an existing Statement of Work, must be in writing and signed by both parties.", Status.MET),
    ("zh", "14.1 如有变更事项，经双方协商确定后签订补充协议，新协议具有同等法律效力。", Status.MET),
    # A Chinese document named with 本, or the service's usage rules, changed by the vendor.
    ("zh", "14.1 我们可能适时对本用户须知进行修订。", Status.VAGUE),
    ("zh", "14.1 我们有权制定并修改服务的使用规则。", Status.VAGUE),
    ("zh", "14.1 本责任书如有修订，乙方将在官网公布；用户逾期未提出异议的，视为同意并遵守新修订的责任书。", Status.VAGUE),
])
def test_amendment_wordings_alone(reviewed: ReviewContract, language: str, clause: str, status: Status) -> None:
    heading = "# 14. General" if language == "en" else "# 十四、其他"
    f = reviewed(f"{heading}\n{clause}", language=language).finding("unilateral-amendment")
    assert f.status is status, f.reasons


@pytest.mark.parametrize(("language", "clause"), [
    # The vendor's say alone, its systems or data as the basis of the figure.
    ("en", "5.2 If we do not meet the Uptime Commitment in a given month (as determined solely by us), you may claim a credit of 5% of the monthly fee."),
    ("en", "5.2 Monthly Uptime is calculated from our telemetry data for the production region."),
    # The vendor's platform records for a count, its data as the basis of a computation.
    ("zh", "5.2 短信的失败条数以云雀短信平台的发送记录及运营商返回的回执为准。"),
    ("zh", "5.2 不可用时长由服务商依据其后台监控数据统计。"),
])
def test_the_vendors_own_figures_are_the_measurement(reviewed: ReviewContract, language: str, clause: str) -> None:
    heading = "# 5. Service Levels" if language == "en" else "# 五、服务等级"
    f = reviewed(f"{heading}\n{clause}", language=language).finding("independent-measurement")
    assert f.status is Status.VAGUE, f.reasons


def test_a_third_partys_own_data_is_no_vendor_record(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 五、服务考核
        5.1 第三方评估机构依据其独立监测数据进行评分，可用率由双方共同确认。
        """, language="zh").finding("independent-measurement")
    assert f.status is Status.MET, f.reasons


def test_without_limiting_another_section_negates_no_red_flag(reviewed: ReviewContract) -> None:
    """'Without limiting Section 9.1' opens the clause: the suspension 'immediately, with or
    without notice' after it is still granted and outweighs the notice in 9.1."""
    f = reviewed("""
        # 9. Suspension
        9.1 If any undisputed amount remains unpaid for more than thirty (30) days after its due date, Brightmoor may, after giving Customer at least ten (10) days' written notice, suspend Customer's access to the Services.
        9.2 Without limiting Section 9.1, Brightmoor may suspend Customer's access to all or part of the Services immediately, with or without notice, if Brightmoor reasonably believes that Customer's use poses a security risk.
        """).finding("suspension-limits")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("clause", [
    "7.1 协汇云有权根据业务调整对本协议条款进行修改。如您不同意修改后的条款，有权停止使用本服务。",
    "7.1 调整后的条款将在官网公布；如客户不同意调整，可停止使用本服务。",
])
def test_the_customer_stopping_use_is_no_suspension(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"# 七、协议变更\n{clause}", language="zh").finding("suspension-limits")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize(("clause", "status"), [
    # The vendor revoking the customer's certificate or licence key cuts its access off.
    ("9.1 有下列情形之一的，云信CA有权吊销用户的数字证书，由此造成的损失由用户承担。", Status.VAGUE),
    ("9.1 您违反许可条款的，我们可以立即吊销您的许可证密钥。", Status.VAGUE),
    # The customer closing its own account is no suspension.
    ("9.1 您可随时注销账号。", Status.MISSING),
])
def test_revoking_the_customers_certificate_or_key(reviewed: ReviewContract, clause: str, status: Status) -> None:
    f = reviewed(f"# 九、服务终止\n{clause}", language="zh").finding("suspension-limits")
    assert f.status is status, f.reasons


@pytest.mark.parametrize(("clause", "status"), [
    ("3.4 Brightmoor has the final say on whether any Content or use breaches this Section 3.", Status.VAGUE),
    # Discretion in enforcing the terms is no interpretation of them (LABELLING.md, settled
    # 7 December 2026; tests/analysis/test_interpretation_of_a_term_r62.py).
    ("3.4 We decide in our sole discretion whether a Site breaches this Policy.", Status.MISSING),
])
def test_the_vendors_final_say_on_the_terms(reviewed: ReviewContract, clause: str, status: Status) -> None:
    f = reviewed(f"# 3. Acceptable Use\n{clause}").finding("no-final-interpretation")
    assert f.status is status, f.reasons
