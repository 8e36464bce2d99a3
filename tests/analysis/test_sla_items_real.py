"""sla-measurement, service-credits and availability: wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 3. Our Obligations
        3.1 Supplier will provide the Services in accordance with this Agreement and will use commercially reasonable efforts to keep the Services available 24 hours a day, 7 days a week, except for planned maintenance.
        """),
    ("zh", """
        # 三、服务提供
        3.1 乙方将尽商业上合理的努力使本服务每周7天、每天24小时可用，但下列情形除外：（a）计划内停机，乙方将提前通知；（b）不可抗力。
        """),
    ("zh", """
        # 三、服务承诺
        3.1 乙方保证应用系统全年正常运行率至少99%（不可抗力因素除外）。
        """),
])
def test_an_availability_promise_with_its_exclusions_addresses_the_measurement(
        reviewed: ReviewContract, language: str, body: str) -> None:
    # The exclusion list without a method: addressed, vague (LABELLING.md).
    f = reviewed(body, language=language).finding("sla-measurement")
    assert f.status is Status.VAGUE, f.reasons



@pytest.mark.parametrize(("language", "body"), [
    # The formula is the method, whatever the sentence after it is about.
    ("zh", """
        # 五、服务考核
        5.1 乙方保证WAF防护服务的季度正常运行率不低于99.5%。
        5.2 正常运行率＝（季度总小时数－故障中断小时数）÷季度总小时数×100%。故障中断时间自甲方报障之时起算至双方确认恢复之时止。
        5.3 下列情形不计入故障中断时间：经甲方书面同意的计划变更窗口；甲方网络、电力或机房环境故障；不可抗力。
        """),
    # What counts as down.
    ("zh", """
        # 附件一 服务等级
        一、 乙方承诺云主机月度可用性不低于99.9%。
        二、 云主机连续五分钟无法通过SSH登录的，该五分钟视为云主机不可用。
        """),
    ("en", """
        # 6. Voice Gateway
        6.2 The voice gateway has an average minimum availability of 99% over a period of twelve months. The gateway is considered available when the customer telephone system can register with it.
        """),
])
def test_a_formula_or_what_counts_as_down_is_the_method(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("sla-measurement")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 5. Service Credits
        5.1 Downtime does not include unavailability caused by force majeure, nor planned downtime of which Customer received at least 24 hours prior notice.
        5.2 If Supplier does not meet the 99.9% availability stated in this SLA (calculated monthly), Customer will receive a credit of 2.5% of the monthly fee for every 60 minutes of downtime.
        """),
    ("zh", """
        # 五、服务保障
        5.1 下列情形导致的服务中断不计入不可用时间：（一）计划内维护；（二）基础电信运营商原因；（三）不可抗力。
        5.2 因乙方原因导致平台连续不可用超过24小时的，乙方将按不可用时长的2倍向甲方顺延服务期限。
        """),
])
def test_a_credit_per_stretch_of_downtime_is_no_method(reviewed: ReviewContract, language: str, body: str) -> None:
    # "for every 60 minutes of downtime", "连续不可用超过24小时的": what a credit is
    # counted in, not how downtime is measured; the exclusions alone are vague.
    f = reviewed(body, language=language).finding("sla-measurement")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    # The data source, not the vendor's discretion (whose records they are is the
    # independent-measurement red flag's question).
    ("en", """
        # B. Service Level Agreement
        B2 Availability. For this SLA, "Uptime" means the percentage of time in each calendar month during which the core systems of the Platform are operational and available, as determined by Supplier's monitoring of those systems.
        B5 Exclusions. This SLA does not apply to unavailability caused by scheduled maintenance announced at least 48 hours in advance, force majeure, or the Customer's own networks.
        """),
    # The vendor's right to dispute the customer's records is no discretion over the method.
    ("zh", """
        # 五、服务等级
        5.1 乙方保障生产集群的月度可用率不低于99.9%。月度可用率＝（当月总分钟数－故障停机分钟数）÷当月总分钟数×100%，故障停机分钟数以甲方监控平台的告警记录为准，乙方可以提出异议并提供证据，由双方共同核定。经甲方批准的计划内维护时间及不可抗力导致的停机不计入故障停机分钟数。
        """),
])
def test_the_shared_discretion_words_do_not_hedge_the_method(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("sla-measurement")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("body", [
    """
    # 2. Downtime
    2.1 Downtime is the period in which a Covered Service is unavailable because internal server errors cause valid user requests to fail. Downtime is counted in whole minutes until the service is restored.
    """,
    """
    # 1. Definitions
    1.1 "Service Availability" means the percentage of the total time in a calendar month during which the Services are available to Customer through a web browser.
    """,
])
def test_a_definition_of_downtime_or_of_the_percentage_is_the_method(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("sla-measurement")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 2. Availability
        2.2 Supplier will make the Service available with a monthly uptime of 99.9%, excluding scheduled maintenance, as further described in the SLA. Service credits for any failure to meet this level, and how they are calculated and claimed, are set out in the SLA.
        """),
    ("en", """
        # Service availability
        If service availability falls below 99.9% in a month, Premier Support customers may submit a claim for service credits within 60 days after the end of the affected month. The amount of any service credit is set out in the service level agreement for your plan.
        """),
    ("zh", """
        # 二、服务等级
        2.1 乙方承诺接口服务月度可用性不低于99.9%，未达到该承诺的，乙方按照官网公布的服务等级协议向甲方提供赔偿。
        """),
])
def test_the_level_missed_is_no_credit(reviewed: ReviewContract, language: str, body: str) -> None:
    # The availability figure names the level, not the credit: credits only by
    # reference are vague (LABELLING.md).
    f = reviewed(body, language=language).finding("service-credits")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "body", "band"), [
    ("en", """
        # 4. Service Credits
        4.6 If the availability of the Service in a calendar month is below 99.5%, Customer may request a credit, to be applied to its next renewal invoice, as follows:
        | Monthly availability | Credit (days of fees added at no charge) |
        | Below 99.5% but at least 99.0% | 3 days |
        | Below 99.0% | 7 days |
        """, "3 days"),
    ("zh", """
        # 五、服务保障
        5.5 因乙方原因导致当月服务可用性低于99.9%的，乙方将按下表免费顺延服务期限：
        | 月度服务可用性 | 顺延天数 |
        | 低于99.9%但不低于99.5% | 3日 |
        | 低于99.5% | 7日 |
        """, "3日"),
])
def test_a_credit_table_in_days_meets_with_its_days(reviewed: ReviewContract, language: str, body: str, band: str) -> None:
    f = reviewed(body, language=language).finding("service-credits")
    assert f.status is Status.MET, f.reasons
    assert band in f.facts["bands"]


def test_an_effort_at_another_task_does_not_hedge_the_availability(reviewed: ReviewContract) -> None:
    # The effort is to minimise maintenance downtime, not to keep the 99.5%.
    f = reviewed("""
        # 2. Service Levels
        2.1 System Availability. The Solution and Hosting Services shall have a Monthly Uptime Percentage of 99.5% (the "System Availability Commitment").
        2.2 Maintenance and Scheduled Down Time. Supplier shall use its best efforts to minimise Availability Downtime resulting from Maintenance. To the extent feasible, general Maintenance will be performed outside Business Hours.
        """).finding("availability")
    assert f.status is Status.MET, f.reasons
    assert f.facts["percent"] == 99.5

