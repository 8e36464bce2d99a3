"""Commitments the rules read as "addressed, but no measurable commitment" although
the clause makes one, in the wording real vendors use.

Found by the out-of-fold error analysis of the development side: each class
is one the labels call met in many documents of different vendors.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "heading", "clause"), [
    # The boundary is in the sentence before the one the keywords find.
    ("zh", "十四、技术支持", "技术支持的范围限于本服务及SDK的使用、配置和故障排查，不包括您自身应用程序的开发、调试及与第三方系统的对接。您需要上述服务的，可另行购买乙方的定制开发服务。"),
    ("en", "4. Support", "Support covers the Platform, its Documentation and the supported adapters. Supplier does not write, debug or review Customer's own application code; such help is available as paid professional services under a separate statement of work."),
])
def test_a_support_boundary_anywhere_in_a_clause_about_it(reviewed: ReviewContract, language: str, heading: str,
                                                        clause: str) -> None:
    f = reviewed(f"""
        # {heading}
        4.6 {clause}
        """, language=language).finding("support-scope")
    assert f.status is Status.MET, f.reasons


def test_a_hedge_elsewhere_in_the_clause_still_decides(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 五、技术支持
        5.3 本公司的技术支持限于本公司提供的云产品本身。对于您在云资源中自行部署的操作系统、数据库及应用程序的问题，本公司可提供合理协助。
        """, language="zh").finding("support-scope")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "clause"), [
    ("en", "Severity 1 cases are accepted 24 hours a day by telephone."),
    ("zh", "甲方可通过乙方客服热线报告故障。"),
])
def test_one_named_support_channel_is_a_channel(reviewed: ReviewContract, language: str, clause: str) -> None:
    f = reviewed(f"""
        # 3. Support
        3.2 {clause}
        """, language=language).finding("support-channels")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "clause"), [
    ("en", "To receive a Service Credit, Customer must submit a claim by email to the Supplier support address within thirty (30) days after the end of the month."),
    ("zh", "赔偿申请须通过乙方控制台的工单系统提交，并附上发生时间及问题描述。"),
])
def test_where_to_file_a_credit_claim_is_no_support_channel(reviewed: ReviewContract, language: str, clause: str) -> None:
    f = reviewed(f"""
        # 6. Service Credits
        6.4 {clause}
        """, language=language).finding("support-channels")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize("clause", [
    # Liquidated damages for a missed service level.
    "云端服务月度可用性低于99.9%的，乙方按当月服务费的10%向甲方支付违约金；低于99.0%的，按30%支付。",
    # A longer term as the remedy.
    "因乙方原因导致服务连续中断超过24小时的，乙方按实际中断天数的两倍顺延甲方的服务期。",
])
def test_service_level_remedies_in_other_words_are_credits(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 九、服务等级
        9.2 {clause}
        """, language="zh").finding("service-credits")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    "甲方逾期付款的，每逾期一日按应付未付金额的万分之五向乙方支付违约金。",
    "除因乙方故意或重大过失导致的损失外，乙方在本协议项下的赔偿总额不超过本协议年度服务费的两倍。",
])
def test_late_payment_damages_and_liability_caps_are_no_credits(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 十四、违约责任
        14.3 {clause}
        """, language="zh").finding("service-credits")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize(("language", "clause"), [
    ("en", "Supplier will use reasonable efforts to correct Errors reported by Customer."),
    ("zh", "乙方将尽力消除因非人为因素导致的平台故障。"),
])
def test_correcting_errors_is_about_resolution(reviewed: ReviewContract, language: str, clause: str) -> None:
    f = reviewed(f"""
        # 5. Maintenance
        5.1 {clause}
        """, language=language).finding("resolution-times")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "clause"), [
    ("en", "The plugin supports WordPress 5.0 or later running on PHP 7.4 or later."),
    ("en", "Virtual appliances are supported on VMware ESXi 7.0 and 8.0 and on Nutanix AHV 6.5 or later."),
    ("zh", "本服务支持的CRM平台为九洲CRM云9.0及以上版本，要求JDK 1.8及以上。"),
])
def test_named_products_with_their_versions_are_platforms(reviewed: ReviewContract, language: str, clause: str) -> None:
    f = reviewed(f"""
        # 2. Requirements
        2.1 {clause}
        """, language=language).finding("compatibility")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "clause", "percent"), [
    ("en", "Supplier guarantees 100% uptime of its name server network in each calendar month.", 100),
    ("en", "We offer a simple 100% Uptime Guarantee, measured monthly.", 100),
    ("zh", "乙方保证在一个地区内，连续365天期间的服务可用性达到99.9%。", 99.9),
])
def test_availability_commitments_as_vendors_write_them(reviewed: ReviewContract, language: str, clause: str,
                                                       percent: float) -> None:
    f = reviewed(f"""
        # 2. Service Level
        2.1 {clause}
        """, language=language).finding("availability")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("percent") == percent


def test_a_full_credit_is_still_no_availability_commitment(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Service Credits
        2.3 If Monthly Uptime falls below 95.0%, Customer receives a credit of 100% of the monthly fee.
        """).finding("availability")
    assert f.facts.get("percent") != 100, f.facts


@pytest.mark.parametrize(("language", "clause"), [
    ("zh", "计划内维护原则上安排在22:00至次日6:00进行，乙方将提前24小时通过平台公告通知甲方。"),
    ("en", "Supplier will use commercially reasonable efforts to make the Services available 24 hours a day, 7 days a week, except for planned downtime, of which Supplier will give at least forty-eight (48) hours' notice by email."),
])
def test_a_hedge_does_not_reach_another_subjects_promise(reviewed: ReviewContract, language: str, clause: str) -> None:
    f = reviewed(f"""
        # 5. Maintenance
        5.2 {clause}
        """, language=language).finding("proactive-notice")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "clause"), [
    # The hedge opens the sentence: it qualifies all of it.
    ("zh", "原则上，乙方将提前24小时通过平台公告通知甲方计划内维护。"),
    # A conjunction carries the hedge on.
    ("zh", "乙方原则上安排在夜间进行计划内维护，并将提前24小时通知甲方。"),
    ("en", "Supplier generally schedules maintenance at night, and will give 48 hours' notice of it."),
])
def test_a_hedge_still_reaches_what_it_governs(reviewed: ReviewContract, language: str, clause: str) -> None:
    f = reviewed(f"""
        # 5. Maintenance
        5.2 {clause}
        """, language=language).finding("proactive-notice")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "clause"), [
    ("en", "Where a Support Request is received outside the Support Hours, its log time will be the beginning of the next Support Hours."),
    ("zh", "在线客服及工单服务时间为工作日9:00至18:00。非服务时间提交的问题，将在下一个工作日处理。"),
])
def test_when_the_clock_starts_for_a_request_out_of_hours(reviewed: ReviewContract, language: str, clause: str) -> None:
    f = reviewed(f"""
        # 3. Support
        3.5 {clause}
        """, language=language).finding("response-clock")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    "甲方的全部业务数据存放于甲方机房的服务器中，乙方不得将甲方数据拷贝或带离甲方机房。",
    "乙方不得将甲方数据复制、下载或带离甲方数据中心。",
    "平台数据由乙方运维，乙方不在中华人民共和国境外存储或访问甲方数据。",
])
def test_data_kept_in_the_customers_data_centre_or_in_the_country(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 六、数据安全
        6.1 {clause}
        """, language="zh").finding("data-residency")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    "The Technical Support team is available for all paid versions Monday through Sunday, 24 hours per day.",
    "Support is available twenty-four (24) hours a day, seven (7) days a week.",
    "Opening hours of the support desk: 24x7x365 on every plan.",
])
def test_round_the_clock_support_as_vendors_write_it(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 2. Support Hours
        2.1 {clause}
        """).finding("support-hours")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    "Gold and Platinum customers who are not satisfied with the progress of a case may ask their Account Manager to escalate it to support management.",
    "Partner may ask at any time for a ticket to be escalated to its assigned Channel Account Manager.",
    "If you are not satisfied with the handling of a support request, you may ask for it to be reviewed by a support manager.",
])
def test_the_customers_right_to_ask_for_escalation_however_named(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 4. Escalation
        4.7 {clause}
        """).finding("escalation-path")
    assert f.status is Status.MET, f.reasons


def test_a_fraction_of_the_measurement_period_is_a_method(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Measurement
        3.1 Availability is calculated for each month as a percentage, using the fraction: (Measurement Period - Unavailability) divided by Measurement Period. Scheduled service windows and emergency maintenance are not Unavailability.
        """).finding("sla-measurement")
    assert f.status is Status.MET, f.reasons


def test_a_doubted_binding_clause_does_not_outweigh_the_items_own_hedge(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 三、接口调整
        3.3 乙方有权根据业务发展需要调整服务内容、接口参数及免费配额，并在开放平台公告。对接口的重大调整，乙方一般将提前30日公告。
        # 九、付款
        9.2 乙方收款账户信息以乙方加盖公章的书面确认为准。账户变更的，乙方应提前10个工作日书面通知甲方。
        """, language="zh").finding("update-policy")
    assert f.status is Status.VAGUE, f.reasons
    assert "3.3" in (f.evidence[0].clause_number or ""), f.evidence
