"""Facts of response-times and resolution-times in shapes from the real-world corpus.

Each test is a wording or table shape that tests/corpus_real labels read one
way and the reviewer read another: a level named in its row's first cell
above a description that opens with a level word, the customer's plan in an
order summary, the plan a service includes unless the order states another,
plans a plan column names together, a solution "provided" within a time, and
a level's cell giving a time per plan.
The texts are written for the tests, not copied from a vendor.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from reviewer.review import Finding, Review

ReviewContract = Callable[..., Review]


def levels(f: Finding) -> list[tuple[str, float]]:
    return [(lv["level"], lv["minutes"]) for lv in f.facts.get("levels", [])]


def plans(facts: dict[str, Any]) -> dict[str, list[tuple[str, float]]]:
    return {p["plan"]: [(lv["level"], lv["minutes"]) for lv in p["levels"]] for p in facts["plans"]}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_level_is_the_first_cell_not_a_level_word_opening_its_description(
        reviewed: ReviewContract, fmt: str) -> None:
    """"Business-critical system down | Critical functions ... cannot be used":
    the first cell names the level, the description only opens with a level word."""
    f = reviewed("""
        # 2. Case Severity
        2.1 We respond to cases within the following first response times.
        | Severity | Description | Business | Enterprise |
        | System impaired | Functions of your application that are not critical misbehave. | 12 hours | 12 hours |
        | Production system down | Important functions of your application cannot be used. | 1 hour | 1 hour |
        | Business-critical system down | Critical functions of your application cannot be used and the business is at risk. | Not available | 15 minutes |
        """, fmt=fmt).finding("response-times")
    assert levels(f) == [("System impaired", 720), ("Production system down", 60),
                         ("Business-critical system down", 15)], f.facts


def test_the_support_package_in_an_order_summary_is_the_customers_plan(reviewed: ReviewContract) -> None:
    facts = reviewed("""
        # Schedule B Support
        B3.1 Supplier will give a first response within the following times.
        | Severity | Silver | Gold |
        | Severity 1 | 4 business hours | 1 hour |
        | Severity 2 | 8 business hours | 4 business hours |
        # Order Form
        Customer: Example Logistics GmbH. Plan: Enterprise, 850 Permitted Users. Support package: Silver. Subscription Term: 12 months.
        """).finding("response-times").facts
    assert facts["plan"] == "Silver", facts
    assert facts["levels"] == [{"level": "Severity 1", "minutes": 240}, {"level": "Severity 2", "minutes": 480}]


def test_the_plan_a_service_includes_unless_the_order_states_another(reviewed: ReviewContract) -> None:
    facts = reviewed("""
        # 5. Support
        5.1 We provide the Support Services in Schedule B at the level of the Support Program stated in your Order. Hosted Services include Standard Support unless the Order states another Support Program.
        # Schedule B
        B.4 We will respond to support requests in accordance with the table below.
        | Priority | Base | Standard | Premium |
        | P1 | Next business day | 2 hours | 30 minutes |
        | P2 | Two business days | Next business day | 2 hours |
        """).finding("response-times").facts
    assert facts["plan"] == "Standard", facts
    assert facts["levels"] == [{"level": "P1", "minutes": 120}, {"level": "P2", "minutes": 480}]


def test_plans_a_plan_column_only_names_together_are_one_plan(reviewed: ReviewContract) -> None:
    """"Premium and Advanced" in the plan column, and nowhere apart, is one row's
    plan as printed (the labels list it so); "白金、金牌" beside rows of each
    plan gives the row to both (tests/analysis/test_level_tables.py)."""
    facts = reviewed("""
        # Expected first response
        The times below are the time to a first reply from our support team, by plan.
        | Plan | Channels | First response |
        | Enterprise | Phone, chat, tickets | Within 1 hour |
        | Premium and Advanced | Chat, tickets | Within 2 hours |
        | Pro and Business | Tickets | Within 12 hours |
        """).finding("response-times").facts
    assert plans(facts) == {"Enterprise": [("all", 60)], "Premium and Advanced": [("all", 120)],
                            "Pro and Business": [("all", 720)]}, facts


def test_a_solution_provided_within_a_time_is_the_resolution_time(reviewed: ReviewContract) -> None:
    """"24小时内提供解决方案": the solution is the time's, not the response
    named earlier in the sentence."""
    f = reviewed("""
        # 三、问题分级
        3.1 一级问题：软件服务端无法启动或全部报表无法访问。乙方应在2小时内响应，24小时内提供解决方案或临时规避方案。
        3.2 二级问题：部分报表异常，影响甲方部分业务。乙方应在4小时内响应，3个工作日内解决。
        """, language="zh").finding("resolution-times")
    assert levels(f) == [("一级", 1440), ("二级", 1440)], f.facts


def test_a_level_cell_giving_a_time_per_plan(reviewed: ReviewContract) -> None:
    """"Priority 1 | Standard: 6 hours; Premium: 2 hours": the cell's times are
    the plans', not one level's time and a contradiction."""
    facts = reviewed("""
        # Exhibit B Support
        B.2 Licensor shall acknowledge a support request within the Initial Response Time below.
        | Priority | Initial Response Time | Next Steps |
        | Priority 1 (Critical) | Standard: 6 hours; Premium: 2 hours | Licensor will work continuously until a Workaround is found. |
        | Priority 2 (Severe impact) | Standard: 8 hours; Premium: 4 hours | Licensor will work during Support Coverage. |
        """).finding("response-times").facts
    assert plans(facts) == {"Standard": [("Priority 1", 360), ("Priority 2", 480)],
                            "Premium": [("Priority 1", 120), ("Priority 2", 240)]}, facts
    assert facts["plan"] == "Premium"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_chinese_plans_named_in_a_sentence_of_times(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 五、技术支持
        5.3 响应时间自工单提交时起按工作时间计算。标准版与专业版工单，客服一般在1个工作日内回复；企业版工单，客服在4个工作小时内响应。
        """, fmt=fmt, language="zh").finding("response-times")
    assert plans(f.facts) == {"标准版": [("all", 480)], "专业版": [("all", 480)], "企业版": [("all", 240)]}
    assert f.facts["plan"] == "企业版" and levels(f) == [("all", 240)]
    # The lower plans' "一般" hedges their own time, not the top plan's.
    assert f.status.value == "met", f.reasons


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_time_naming_no_plan_among_plans_is_each_plans(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # Schedule 2 - Support
        S2.3 Response. Supplier will give a first response to Urgent requests within 1 hour for Enterprise+ customers and within 4 hours for Enterprise customers, and to other requests within 1 business day.
        """, fmt=fmt).finding("response-times")
    assert plans(f.facts) == {"Enterprise+": [("Urgent", 60), ("other requests", 480)],
                              "Enterprise": [("Urgent", 240), ("other requests", 480)]}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_plan_named_in_a_tables_service_levels_title(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # A.4 Premier Success
        A.4.1 Customers on Premier Success receive an initial response to support requests within one (1) business day.
        # A.5 Signature Success
        A.5.1 Signature Success customers receive the faster response times set out below.
        [table-title: Table A-1 - Signature Success Service Levels]
        | Priority Level | Response Time | Update Frequency |
        | Urgent | 1 hour | Hourly |
        | High | 2 hours | Twice daily |
        | Normal | 4 hours | Daily |
        """, fmt=fmt).finding("response-times")
    assert plans(f.facts) == {"Premier": [("all", 480)],
                              "Signature Success": [("Urgent", 60), ("High", 120), ("Normal", 240)]}


def test_taking_up_an_out_of_hours_request_the_next_business_day_is_no_response_time(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Support
        5.1 Phone support is available Monday to Friday, 9:00 am to 6:00 pm. Outside these hours you can contact us through the Support Centre and we will reply on the next business day.
        5.2 We aim to reply to email enquiries within one business day. This is a target, not a guarantee.
        """).finding("response-times")
    assert f.status.value == "vague", f.reasons
    f = reviewed("""
        # 第七条 技术支持
        二、平台在工作时间提供技术支持。非工作时间，客服热线仅受理一级故障的报障，其他问题将于下一工作日处理。
        三、故障响应时间：一级故障30分钟内响应；二级故障4小时内响应；三级问题1个工作日内响应。
        """, language="zh").finding("response-times")
    assert levels(f) == [("一级", 30), ("二级", 240), ("三级", 480)]


def test_a_hedge_on_the_other_items_time_does_not_hedge_this_ones(reviewed: ReviewContract) -> None:
    # In prose: the hedges stand in the parts of the sentence about restoring.
    f = reviewed("""
        # 第七条 技术支持
        三、对于通过服务热线报告的一级故障，我们在15分钟内响应，原则上在4小时内恢复服务；二级故障在工作时间内2小时内响应，尽快提供解决或规避方案；三级故障在1个工作日内答复。
        """, language="zh").finding("response-times")
    assert f.status.value == "met", f.reasons
    assert levels(f) == [("一级", 15), ("二级", 120), ("三级", 480)]
    # In a table: the paragraph over it tries to respond, and names no restoration.
    r = reviewed("""
        # 四、技术支持方式与时间
        4.3 乙方力争在下列时限内响应：
        | 级别 | 首次响应 | 恢复或解决 |
        | P1 | 争取1小时内 | 4小时内恢复服务或提供临时解决方案 |
        | P2 | 争取4个工作小时内 | 24小时内提供解决方案 |
        | P3 | 争取1个工作日内 | 在后续版本中改进 |
        """, language="zh")
    assert r.finding("resolution-times").status.value == "met", r.finding("resolution-times").reasons
    assert r.finding("response-times").status.value == "vague"


def test_every_level_of_a_prose_list_gets_its_time(reviewed: ReviewContract) -> None:
    # Each item of a list of levels is read, as each row of a table is.
    f = reviewed("""
        # 二、服务内容
        3. 故障处理时限：
        1） 一级故障，2小时响应，24小时内解决；
        2） 二级故障，2小时响应，48小时内解决；
        3） 三级故障，2小时响应，一周内解决；
        4） 四级故障，2小时响应，12-15个工作日内解决。
        """, language="zh").finding("resolution-times")
    assert levels(f) == [("一级", 1440), ("二级", 2880), ("三级", 10080), ("四级", 7200)]
    # Two levels joined share their time.
    f = reviewed("""
        # 四、技术支持
        4.3 乙方在受理服务申请后将尽快安排工程师与甲方联系。对于紧急问题，乙方工程师原则上在2小时内回复甲方；对于严重及一般问题，乙方工程师一般在1个工作日内回复甲方。
        """, language="zh").finding("response-times")
    assert levels(f) == [("紧急", 120), ("严重", 480), ("一般", 480)]
    # Times by the time of day name the levels so.
    f = reviewed("""
        # 六、技术支持
        6.2 乙方在收到客户工单后尽快安排技术人员处理，一般情况下工作时间内30分钟内响应，非工作时间2小时内响应。
        """, language="zh").finding("response-times")
    assert levels(f) == [("工作时间内", 30), ("非工作时间", 120)]


@pytest.mark.parametrize("clause", [
    # A time the customer lets pass closes the ticket: a condition, not a resolution time.
    '2.5 "Resolution" means a fix, patch or Workaround. A Support Request is closed when Customer confirms the Resolution or when Customer has not replied within ten (10) business days of Northwind proposing one.',
    # A report's deadline, after the restoration it follows: not the restoration time.
    "2.5 For Severity 1 issues Northwind will update Customer every two (2) hours until service is restored or a workaround is provided, and will provide a written incident report within ten (10) business days after restoration.",
])
def test_a_time_that_is_not_the_vendors_fix_is_no_resolution_time(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 2. Support
        2.4 Northwind will work on Severity 1 Errors until a Resolution is provided, and will use commercially reasonable efforts to resolve other Errors.
        {clause}
        """).finding("resolution-times")
    assert f.status.value != "met", f.reasons
    assert 4800 not in [m for _, m in levels(f)], f.facts


def test_a_report_received_does_not_take_the_time_from_the_response(reviewed: ReviewContract) -> None:
    # The customer's report the vendor acknowledges is no report the vendor owes:
    # the time stays the response time.
    f = reviewed("""
        # 1. Support
        1.1 Response times: Northwind will acknowledge each Error Report within 2 hours for Severity 1 and within 8 hours for Severity 2.
        1.2 Severity 1 means the service is down. Severity 2 means a major function is impaired.
        """).finding("response-times")
    assert f.status.value == "met", f.reasons
    assert levels(f) == [("Severity 1", 120), ("Severity 2", 480)]
