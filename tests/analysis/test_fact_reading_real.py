"""Which figure a clause commits to, where it states several: wordings of the
real-world corpus, through the whole pipeline."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_the_first_components_percentage_is_the_commitment(reviewed: ReviewContract) -> None:
    # No credit band among them: the later figures are other components'.
    f = reviewed("""
        # 第七条 服务质量
        一、 云主机单实例可用性按自然月统计不低于99.95%，云存储可用性不低于99.99%，政务外网接入链路可用性不低于99.99%。
        """, language="zh").finding("availability")
    assert f.facts.get("percent") == 99.95, f.facts


def test_a_paid_upgrade_in_the_same_sentence_is_not_the_commitment(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Service Level Commitment
        1.1 The Provider shall make the production infrastructure available for 99.95% of each calendar month or, where the Customer has purchased it under an Order, for 99.99% under the premium uptime add-on.
        """).finding("availability")
    assert f.facts.get("percent") == 99.95, f.facts


def test_credit_bands_in_one_sentence_still_give_the_highest_bound(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Service Credits
        4.1 If the Monthly Uptime Percentage is below 99.9%, the Customer receives a credit of 10%; if it is below 99.0%, a credit of 25%.
        """).finding("availability")
    assert f.facts.get("percent") == 99.9, f.facts


def test_a_bands_floor_is_no_commitment(reviewed: ReviewContract) -> None:
    # "Below the Service Commitment but at least 99.0%": the band's floor; the
    # commitment is the hedged one the clause above states.
    f = reviewed("""
        # Schedule 1 Service Level Agreement
        S1.2 Service Commitment. Emberkey will use commercially reasonable efforts to maximise the availability of the Cloud Services and to provide a Monthly Uptime Percentage of: (a) at least 99.999% where the Active-Active SLA applies; (b) at least 99.99% where the Multi-AZ SLA applies; or (c) at least 99.9% where the Standard SLA applies (the "Service Commitment").
        S1.4 Service Credits. If the Monthly Uptime Percentage is below the Service Commitment, Customer is eligible for a Service Credit equal to the percentage below of the monthly fees for the affected subscription:
        [table-title: Table S1-1 - Service Credits]
        | Monthly Uptime Percentage | Active-Active SLA | Multi-AZ SLA | Standard SLA |
        | Below the Service Commitment but at least 99.0% | 10% | 10% | 10% |
        | Below 99.0% but at least 95.0% | 25% | 25% | 25% |
        | Below 95.0% | 50% | 50% | 50% |
        """).finding("availability")
    assert f.status is Status.VAGUE, f.reasons
    assert f.facts.get("percent") == 99.999, f.facts


def test_a_percentage_per_plan_row_is_the_most_comprehensive_plans(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Service Level Agreement
        The Provider shall make the Service available with the Monthly Uptime Percentage shown below for the Customer's subscription.
        | Subscription type | Monthly Uptime Percentage | Customer service |
        | Dedicated | 99.99% | Next business day |
        | Smart | 99.95% | - |
        | Pro | 99.9% | - |
        """).finding("availability")
    assert f.facts.get("percent") == 99.99, f.facts


def test_a_percentage_per_plan_column_is_the_customers_plans(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Schedule A Support Plans
        [table-title: Table A-1 - Support Plans]
        | Feature | Standard | Business | Enterprise |
        | Monthly uptime commitment | 99.9% | 99.95% | 99.999% |
        | Critical issue response | 24 hours | 4 hours | 2 hours |
        # Order
        | Field | Value |
        | Support Plan | Business |
        """).finding("availability")
    assert f.facts.get("percent") == 99.95, f.facts


def test_a_plans_own_figure_after_the_base_one(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 19. Service Level
        19.1 The Service Provider undertakes a System Uptime of 99.9% per calendar month. Premium: 99.95%.
        """).finding("availability")
    assert f.facts.get("percent") == 99.95, f.facts


def test_not_more_than_a_time_is_a_limit_not_a_threshold(reviewed: ReviewContract) -> None:
    # "more than 4 hours" describes an outage; "not more than", "no more than" bound the time.
    f = reviewed("""
        # 3. Restoration
        3.1 The Provider shall restore the Service after a Severity 1 incident in no more than 4 hours and after a Severity 2 incident in not more than 8 hours.
        """).finding("resolution-times")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("levels") == [{"level": "Severity 1", "minutes": 240}, {"level": "Severity 2", "minutes": 480}]


def test_a_plans_own_time_column_beside_the_unnamed_one(reviewed: ReviewContract) -> None:
    # "Response time | Premium response time": the unnamed column is the standard plan's.
    f = reviewed("""
        # 18. Support
        18.1 The Service Provider undertakes to acknowledge each Ticket within the response times below.
        [table-title: Table 2 - Response and correction times]
        | Category | Response time | Premium response time | Correction or workaround |
        | Blocking Anomaly | 4 Business Hours | 1 hour | 1 business day |
        | Major Anomaly | 8 Business Hours | 4 Business Hours | 3 business days |
        """).finding("response-times")
    plans = {p["plan"]: [lv["minutes"] for lv in p["levels"]] for p in f.facts.get("plans", [])}
    assert plans == {"Standard": [240, 480], "Premium": [60, 240]}, f.facts
    assert f.facts.get("plan") == "Premium"


def test_a_time_in_two_units_is_one_time(reviewed: ReviewContract) -> None:
    # "1 hour 30 minutes" is ninety minutes, not a one-hour limit and a
    # thirty-minute one; "3 workdays" counts business days.
    review = reviewed("""
        # 5. Support Response and Resolution
        5.1 The Supplier shall respond to Priority 1 incidents within 1 hour 30 minutes and to Priority 2 incidents within 4 hours, 24x7.
        5.2 The Supplier shall resolve Priority 1 incidents within 3 workdays and Priority 2 incidents within 5 workdays.
        """)
    response = review.finding("response-times")
    assert response.facts.get("levels") == [{"level": "Priority 1", "minutes": 90}, {"level": "Priority 2", "minutes": 240}], response.facts
    resolution = review.finding("resolution-times")
    assert resolution.facts.get("levels") == [{"level": "Priority 1", "minutes": 1440}, {"level": "Priority 2", "minutes": 2400}], resolution.facts


def test_a_chinese_time_in_two_units_is_one_time(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第五条 技术支持
        5.1 一级故障：乙方应在1小时30分钟内响应；二级故障：乙方应在4小时内响应。
        """, language="zh").finding("response-times")
    assert f.facts.get("levels") == [{"level": "一级", "minutes": 90}, {"level": "二级", "minutes": 240}], f.facts
