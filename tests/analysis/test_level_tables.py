"""Per-level times in the table shapes vendors print, read from real DOCX/PDF files.

Each shape comes from the real-world corpus (tests/corpus_real): levels named
by a number with its name, letter classes (A类), kinds of time as rows with
levels as columns, times written inside a descriptive cell, a table introduced
as "targets", and periods that are not deadlines ("during a calendar month").
The texts here are written for the tests, not copied from a vendor.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Finding, Review, Status

ReviewContract = Callable[..., Review]


def levels(f: Finding) -> list[tuple[str, float]]:
    return [(lv["level"], lv["minutes"]) for lv in f.facts.get("levels", [])]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_level_cells_with_a_number_and_a_name(reviewed: ReviewContract, fmt: str) -> None:
    r = reviewed("""
        # 6. Support
        6.1 Supplier classifies incidents as follows and handles them within these times.
        | Incident level | Hours of cover | Response Time | Repair Time |
        | 1: service down | 24/7 | 1 hour | 6 hours |
        | 2: severe disturbance | 24/7 | 3 hours | 2 days |
        | 3: minor fault | Business hours | 1 business day | 10 days |
        """, fmt=fmt)
    assert levels(r.finding("response-times")) == [
        ("1: service down", 60), ("2: severe disturbance", 180), ("3: minor fault", 480)]
    assert levels(r.finding("resolution-times"))[:2] == [("1: service down", 360), ("2: severe disturbance", 2880)]


def test_letter_classes_in_chinese_tables(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # 三、技术支持
        3.1 问题分类及处理时限如下。
        | 类别 | 定义 | 响应时间 | 解决时间 |
        | A类 | 系统无法登录或核心业务无法进行 | 1小时 | 24小时 |
        | B类 | 非核心功能异常，有临时方案 | 4小时 | 3个工作日 |
        | C类 | 使用咨询 | 8小时 | 5个工作日 |
        """, fmt="docx", language="zh")
    f = r.finding("response-times")
    assert f.status is Status.MET
    assert levels(f) == [("A类", 60), ("B类", 240), ("C类", 480)]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_kinds_of_time_as_rows_and_levels_as_columns(reviewed: ReviewContract, fmt: str) -> None:
    r = reviewed("""
        # 7. Problem Handling
        7.1 Supplier shall meet the following timeframes for each Error reported by the Subscriber.
        | Timeframe | Severity Level 1 | Severity Level 2 | Severity Level 3 |
        | Acknowledgement | 4 hours | 1 day | 2 days |
        | Problem Determination | 1 day | 3 days | 5 days |
        | Resolution time | 2 days | 6 days | 12 days |
        """, fmt=fmt)
    response, resolution = r.finding("response-times"), r.finding("resolution-times")
    assert response.status is Status.MET and resolution.status is Status.MET
    assert levels(response) == [("Severity Level 1", 240), ("Severity Level 2", 1440), ("Severity Level 3", 2880)]
    # "Problem Determination" is neither item's time.
    assert levels(resolution) == [("Severity Level 1", 2880), ("Severity Level 2", 8640),
                                  ("Severity Level 3", 17280)]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_times_written_inside_a_descriptive_cell(reviewed: ReviewContract, fmt: str) -> None:
    r = reviewed("""
        # 2. Incident Handling
        2.1 Supplier handles incidents according to the table below.
        | Priority | Definition | Service level |
        | P1 (critical) | The service is down for all users. | Initial response: within one hour of submission. Status updates: every hour. Resolution: a fix or workaround within eight hours. |
        | P2 (high) | A main function fails for many users. | Initial response: within four hours of submission. Status updates: every six hours. |
        | P3 (low) | A question or a minor defect. | Initial response: within two business days. |
        """, fmt=fmt)
    response = r.finding("response-times")
    assert response.status is Status.MET
    # "every hour" is how often updates come, not a response time.
    assert levels(response) == [("P1", 60), ("P2", 240), ("P3", 960)]
    assert levels(r.finding("resolution-times")) == [("P1", 480)]


def test_a_table_introduced_as_targets_is_not_binding(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Incident Handling
        2.1 The incident categories and the service targets are given in the table below.
        | Priority | Definition | Service level |
        | P1 (critical) | The service is down for all users. | Initial response: within one hour of submission. |
        | P2 (high) | A main function fails for many users. | Initial response: within four hours of submission. |
        """).finding("response-times")
    assert f.status is Status.VAGUE
    assert levels(f) == [("P1", 60), ("P2", 240)]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_counting_period_or_a_claim_window_is_not_a_level_time(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 4. Response Times
        | Level | Standard Support | Premium Support |
        | Level 1 - Urgent | Within 2 hours | Within 1 hour |
        | Level 2 - High | Within 4 hours | Within 2 hours |
        # 5. Response Time Credit
        5.1 If Supplier fails to meet the response times for Level 1 and Level 2 tickets three (3) times during a calendar month, Customer may receive a credit of five percent (5%) of the monthly support fee, provided Customer requests it within fifteen (15) days after the end of the month.
        """, fmt=fmt).finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert levels(f) == [("Level 1", 60), ("Level 2", 120)]


def test_resolving_a_dispute_is_no_resolution_time(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Support
        3.1 Supplier will respond to Priority 1 incidents within one hour.
        # 24. General
        ## 24.5 Dispute Resolution
        If any dispute arises in connection with this Agreement, the directors or other senior representatives of the parties with authority to settle the dispute shall, within ten (10) business days of a written request from one party to the other, meet in a good faith effort to resolve the dispute. If the dispute is not resolved at that meeting, the parties shall attempt to settle it by mediation, and only if mediation fails within sixty (60) days may either party commence court proceedings.
        """).finding("resolution-times")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_plan_column_names_each_rows_plan(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 三、故障处理
        3.1 各服务等级的响应时限如下表。
        | 服务等级 | 故障等级 | 远程响应 | 工程师到场 |
        | 白金 | 一级 | 15分钟 | 2小时 |
        | 白金 | 二级 | 30分钟 | 4小时 |
        | 金牌 | 一级 | 30分钟 | 4小时 |
        | 金牌 | 二级 | 1小时 | 下一工作日 |
        | 白金、金牌 | 三级 | 4小时 | 不适用 |
        """, fmt=fmt, language="zh").finding("response-times")
    # Two plans, not contradictory times for the same level.
    assert f.status is Status.MET, f.reasons
    plans = {p["plan"]: [(lv["level"], lv["minutes"]) for lv in p["levels"]] for p in f.facts["plans"]}
    assert plans == {"白金": [("一级", 15), ("二级", 30), ("三级", 240)],
                     "金牌": [("一级", 30), ("二级", 60), ("三级", 240)]}
    assert f.facts["plan"] == "白金" and levels(f) == plans["白金"]


def test_a_plan_named_in_capitals_is_the_same_plan(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Response Times
        3.1 Supplier responds to incidents within the times below, by support plan.
        | Plan | Priority | Response time |
        | Gold | P1 | 1 hour |
        | GOLD | P2 | 4 hours |
        | Silver | P1 | 4 hours |
        | Silver | P2 | 8 hours |
        """).finding("response-times")
    plans = {p["plan"]: [(lv["level"], lv["minutes"]) for lv in p["levels"]] for p in f.facts["plans"]}
    assert plans == {"Gold": [("P1", 60), ("P2", 240)], "Silver": [("P1", 240), ("P2", 480)]}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_plans_named_in_the_items_own_columns(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 3. Response Times
        | Priority Level | Basic: first response | Basic: updates | Premier: first response | Premier: updates |
        | P1 | 4 hours | 1 Business Day (12 Business Hours) | 1 hour | 2 hours |
        | P2 | 1 Business Day (12 Business Hours) | 2 Business Days | 2 hours | 4 hours |
        """, fmt=fmt).finding("response-times")
    plans = {p["plan"]: [(lv["level"], lv["minutes"]) for lv in p["levels"]] for p in f.facts["plans"]}
    # The bracket gives the business day's length: 12 hours, not the default 8.
    assert plans == {"Basic": [("P1", 240), ("P2", 720)], "Premier": [("P1", 60), ("P2", 120)]}
    assert f.facts["plan"] == "Premier" and levels(f) == plans["Premier"]


def test_a_numbered_level_column_wins_over_a_level_word_in_the_description(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Severity Levels and Response Times
        | Severity | Definition | Response time |
        | 1 | Critical business impact: the service is down. | Within 1 hour |
        | 2 | Significant business impact. | Within 2 business hours |
        | 3 | Minor business impact. | Within 1 business day |
        """).finding("response-times")
    assert levels(f) == [("Severity 1", 60), ("Severity 2", 120), ("Severity 3", 480)]


def test_a_severity_table_naming_no_kind_of_time_is_read_as_response_times(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # 4. Service Level Targets
        4.1 Every support case has a service level target based on its severity and your support plan:
        | Severity | Standard | Premium |
        | S1 | 1 hour | 30 minutes |
        | S2 | 4 hours | 2 hours |
        # 13. Disputes
        ## 13.1 Informal Resolution
        Before starting any proceeding, a party will give the other written notice of the dispute. Within fifteen (15) days of that notice, the parties' representatives will meet, and each party will continue to perform its obligations while a dispute is being resolved.
        """)
    assert levels(r.finding("response-times")) == [("S1", 30), ("S2", 120)]
    assert r.finding("resolution-times").status is Status.MISSING, r.finding("resolution-times").reasons


TABLE_3 = """
    # 3. Support
    [table-title: Table 3 - Response Times]
    | Priority | Response Time |
    | P1 | 30 minutes |
    | P2 | 2 hours |
    """


@pytest.mark.parametrize(("sentence", "status"), [
    ("3.2 Supplier will use commercially reasonable efforts to meet the Response Times in Table 3.", Status.VAGUE),
    ("3.2 Each monthly report states the actual response times against the targets in Table 3.", Status.MET),
    ("3.2 Supplier will use commercially reasonable efforts to keep the portal available.", Status.MET),
])
def test_an_effort_that_cites_the_table_by_label_hedges_it(reviewed: ReviewContract, sentence: str,
                                                           status: Status) -> None:
    f = reviewed(TABLE_3 + "\n    " + sentence + "\n").finding("response-times")
    assert f.status is status, f.reasons
    assert levels(f) == [("P1", 30), ("P2", 120)]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_levels_named_by_the_vendor_under_plan_columns(reviewed: ReviewContract, fmt: str) -> None:
    r = reviewed("""
        # 2. Support Plans
        2.1 First response times for each plan are set out below.
        [table-title: Table 1 - Case Severity and First Response Times]
        | Severity | Description | Starter | Business |
        | General question | A question about setting up the service. | 24 hours | 12 hours |
        | Production system down | The production service cannot be used. | Not available | 1 hour |
        """, fmt=fmt)
    plans = {p["plan"]: [(lv["level"], lv["minutes"]) for lv in p["levels"]]
             for p in r.finding("response-times").facts["plans"]}
    assert plans["Business"] == [("General question", 720), ("Production system down", 60)]
    assert plans["Starter"] == [("General question", 1440)]


def test_a_level_inside_a_feature_row(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # 2. Support Plans
        2.1 The paid support plans are as follows.
        | Feature | Standard | Premium |
        | Guaranteed P1 response | 3 business hours | 1 hour |
        | Guaranteed P2 response | 6 business hours | 2 hours |
        """)
    plans = {p["plan"]: [(lv["level"], lv["minutes"]) for lv in p["levels"]]
             for p in r.finding("response-times").facts["plans"]}
    assert plans["Premium"] == [("P1", 60), ("P2", 120)]


def test_a_numbered_schedule_is_no_severity_level(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # Schedule 2 Support
        S2.1 Who receives support. Customers with a paid plan receive a first response within one (1) business day.
        S2.2 Priorities. Priority 1 (Business Critical) means a complete loss of service in production with no workaround. Priority 2 (Degraded Service) means reduced quality of service in production where a workaround may exist.
        # 3. Emergency Services
        3.1 The Service does not support calls to emergency numbers.
        """)
    f = r.finding("severity-definitions")
    assert f.status is Status.MET, f.reasons
    assert f.facts["levels"] == ["Priority 1", "Priority 2"]
    assert levels(r.finding("response-times")) == [("all", 480)]


def test_a_counting_period_is_no_deadline(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # Support Commitment
        Where a customer opens a support ticket, Supplier assures:
        - a first response to the ticket within one business day, 90% of the time, per SLA period of one month; and
        - resolution of the ticket within three business days, 90% of the time, per SLA period of one month.
        """)
    assert levels(r.finding("response-times")) == [("all", 480)]
    assert levels(r.finding("resolution-times")) == [("all", 1440)]


def test_words_broken_over_many_lines_of_a_narrow_pdf_cell(reviewed: ReviewContract) -> None:
    # Two page columns make the level column so narrow that "Priority",
    # "Urgent" and "restoration" break mid-word over several lines, with
    # "Urgent" nowhere else on the page and the same fragment ("Pri") in
    # every header: the reader joins them back.
    r = reviewed("""
        %% columns: 2
        This article explains how Supplier answers support requests from customers and how it sets the order of its work.
        # Premier support
        The following response times apply to accounts with Premier support.
        [table-title: Premier level - response times]
        | Priority | First response time commitment | Target restoration | Ticket updates and customer communication |
        | P1 - Urgent | 1 hour | 4 hours | Hourly, or as agreed |
        | P2 - High | 4 hours | 8 hours | Daily, or as agreed |
        | P3 - Medium | Next business day | N/A | 2 times per week |
        """, fmt="pdf")
    f = r.finding("response-times")
    assert levels(f) == [("P1", 60), ("P2", 240), ("P3", 480)]
    # (the table's title, read as the heading right over it, is the row's caption)
    assert f.evidence[0].text.startswith("Premier level - response times: Priority: P1 - Urgent;"), f.evidence[0].text
    assert "Target restoration: 4 hours" in f.evidence[0].text
    # (the paragraph above the table is cited before the second row: rows give way)
    assert any(e.text.startswith("Premier level - response times: Priority: P3 - Medium;") for e in f.evidence), \
        [e.text for e in f.evidence]


def test_a_narrow_level_column_where_every_row_breaks_the_same_way(reviewed: ReviewContract) -> None:
    # "Pri" / "orit" / "y 1" in every row: the repeated pieces are still
    # pieces of "Priority"; the description's "Minor issues" is no level.
    r = reviewed("""
        %% columns: 2
        Customer may report Incidents to the support desk through the customer dashboard or by e-mail. Incidents are handled in the order of their priority.
        # Incident priorities
        | Priority | Description | Target response time |
        | Priority 1 | Total loss of the Service, or a failure affecting all of Customer's traffic | 1 hour |
        | Priority 2 | Partial loss of the Service or significant degradation affecting a large share of traffic | 4 hours |
        | Priority 3 | Minor issues, single-message failures and general questions | Next Business Day |
        Supplier decides the final priority of an Incident after assessing it.
        """, fmt="pdf")
    assert levels(r.finding("response-times")) == [("Priority 1", 60), ("Priority 2", 240), ("Priority 3", 480)]
    severity = r.finding("severity-definitions")
    assert severity.facts["levels"] == ["Priority 1", "Priority 2", "Priority 3"]
    # The vendor's call on the priority is final: the levels are vague.
    assert severity.status is Status.VAGUE, severity.reasons


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_one_table_per_plan_named_by_its_heading(reviewed: ReviewContract, fmt: str) -> None:
    r = reviewed("""
        # Access level support
        Accounts with this support level receive these first responses.
        | Priority | First response time |
        | P1 - Urgent | 4 hours |
        | P2 - High | 8 hours |
        # Summit level support
        Accounts with this support level receive these first responses.
        | Priority | First response time |
        | P1 - Urgent | 1 hour |
        | P2 - High | 4 hours |
        """, fmt=fmt)
    facts = r.finding("response-times").facts
    assert {p["plan"]: [(lv["level"], lv["minutes"]) for lv in p["levels"]] for p in facts["plans"]} == {
        "Access": [("P1", 240), ("P2", 480)], "Summit": [("P1", 60), ("P2", 240)]}
    assert facts["plan"] == "Summit"


def test_one_table_per_plan_named_by_its_introduction(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # 4. Support
        4.1 The following response times apply to customers on the Launch plan.
        | Priority | First response time |
        | P1 | 8 hours |
        4.2 The following response times apply to customers on the Scale plan.
        | Priority | First response time |
        | P1 | 2 hours |
        """)
    facts = r.finding("response-times").facts
    assert [p["plan"] for p in facts["plans"]] == ["Launch", "Scale"]


@pytest.mark.parametrize(("language", "body", "plan"), [
    ("zh", """
        # 附件一 技术支持套餐
        1. 您购买的技术支持套餐以订单为准；订单未载明的，适用基础支持。
        [table-title: 表1 各套餐首次响应时间]
        | 问题级别 | 基础支持 | 专业支持 | 旗舰支持 |
        | 紧急 | 4小时 | 1小时 | 15分钟 |
        | 重要 | 1个工作日 | 4小时 | 1小时 |
        """, "基础支持"),
    ("en", """
        # Schedule 1 Support Plans
        1. Where the Order Form does not name a plan, Standard support applies.
        [table-title: Table 1 - First response times]
        | Priority | Standard | Premium |
        | P1 | 4 hours | 1 hour |
        | P2 | 8 hours | 4 hours |
        """, "Standard"),
])
def test_the_plan_that_applies_when_the_order_names_none(reviewed: ReviewContract, language: str, body: str,
                                                         plan: str) -> None:
    facts = reviewed(body, language=language).finding("response-times").facts
    assert facts["plan"] == plan
    assert facts["levels"] == next(p["levels"] for p in facts["plans"] if p["plan"] == plan)


@pytest.mark.parametrize(("language", "body"), [
    ("zh", """
        # 三、服务时限
        [table-title: 表2 问题等级与时限]
        | 等级 | 首次响应 | 临时解决方案 | 恢复 |
        | P1 | 15分钟 | 2小时 | 4小时 |
        | P2 | 1小时 | 8小时 | 2个工作日 |
        """),
    ("en", """
        # 3. Service Times
        | Severity | First response | Workaround | Resolution |
        | P1 | 15 minutes | 2 hours | 4 hours |
        | P2 | 1 hour | 8 hours | 2 business days |
        """),
])
def test_the_final_fix_not_the_interim_one_is_the_resolution_time(reviewed: ReviewContract, language: str,
                                                                   body: str) -> None:
    f = reviewed(body, language=language).finding("resolution-times")
    assert levels(f) == [("P1", 240), ("P2", 960)]


def test_levels_named_by_the_vendor_are_defined_by_their_descriptions(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Support
        [table-title: Table 1 - Case Severity]
        | Severity | Description | First response |
        | General guidance | A general question about development, or a feature request. | 24 hours |
        | System impaired | Functions of the application that are not critical misbehave. | 12 hours |
        | Production system down | The production application cannot be used. | 1 hour |
        """).finding("severity-definitions")
    assert f.status is Status.MET, f.reasons
    assert f.facts["levels"] == ["General guidance", "System impaired", "Production system down"]


def test_every_row_of_the_items_table_counts(reviewed: ReviewContract) -> None:
    # The model scores rows one by one; the third is mostly its level's
    # description and would be dropped on its own.
    f = reviewed("""
        # 附件二 服务支持规范
        一、问题分级及处理时限如下表：
        [table-title: 表1 问题分级及处理时限]
        | 等级 | 定义 | 首次响应 | 解决或提供临时方案 |
        | 一级（紧急） | 企业版整体无法登录或核心业务（客户、商机、合同）无法操作，影响全部账户 | 1小时 | 8小时 |
        | 二级（重要） | 部分功能无法使用，或影响超过10个账户，存在临时替代方案 | 4个工作小时 | 3个工作日 |
        | 三级（一般） | 个别账户或非核心功能异常，使用咨询 | 1个工作日 | 视情况确定 |
        二、首次响应指乙方工程师通过电话、在线客服或工单与甲方联系人联系并确认问题。
        """, language="zh").finding("response-times")
    assert [lv["minutes"] for lv in f.facts["levels"]] == [60, 240, 480], f.facts


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_service_named_plan_columns_and_a_target_row_label(reviewed: ReviewContract, fmt: str) -> None:
    # "标准服务 | 高级服务" are plans although 标准 also names criteria columns;
    # a row label calling its times targets hedges every plan's time.
    bound = reviewed("""
        # 第六条 响应与恢复
        乙方应在下表时限内对甲方的服务请求作出响应：
        [table-title: 表1 响应时限]
        | 故障级别 | 标准服务 | 高级服务 |
        | 一级故障 | 30分钟 | 15分钟 |
        | 二级故障 | 2小时 | 30分钟 |
        """, fmt=fmt, language="zh").finding("response-times")
    assert bound.status is Status.MET, bound.reasons
    assert {p["plan"]: [lv["minutes"] for lv in p["levels"]] for p in bound.facts["plans"]} == {
        "标准服务": [30, 120], "高级服务": [15, 30]}
    target = reviewed("""
        # 第三条 技术支持
        3.1 各支持套餐的服务内容如下：
        | 服务项目 | 标准支持 | 高级支持 |
        | P1首次响应目标 | 4小时 | 1小时 |
        | P2首次响应目标 | 1个工作日 | 4小时 |
        """, fmt=fmt, language="zh").finding("response-times")
    assert target.status is Status.VAGUE, target.reasons


@pytest.mark.parametrize(("language", "text", "levels"), [
    ("en", """
        # B.2 Support levels
        [table-title: Table B-1 - Issue Types and Response Times]
        | Issue Type | Issue Qualification | Response Time |
        | Critical Issue | Customer's system is down and no workaround is available. | 2 Business Hours |
        | Production Issue | Operations continue in a restricted way. | 4 Business Hours |
        | General Issue | A question or a minor defect. | 1 Business Day |
    """, [("Critical", 120), ("Production Issue", 240), ("General Issue", 480)]),
    ("zh", """
        # 第五条 技术支持
        5.1 问题分类及响应时限如下：
        [table-title: 表1 问题分类与响应时限]
        | 类别 | 判定标准 | 响应时限 |
        | 生产故障 | 正式环境接口无法调用 | 30分钟 |
        | 一般问题 | 单个接口报错、联调咨询 | 4个工作小时 |
    """, [("生产故障", 30), ("一般", 240)]),
])
def test_a_column_of_issue_types_names_the_levels(reviewed: ReviewContract, language: str, text: str,
                                                  levels: list[tuple[str, int]]) -> None:
    review = reviewed(text, language=language)
    got = [(lv["level"], lv["minutes"]) for lv in review.finding("response-times").facts["levels"]]
    assert got == levels


@pytest.mark.parametrize("sentence", [
    "Arclight aims to respond to requests from Ship plan customers within two (2) business days and to "
    "requests from Scale plan customers within one (1) business day.",
    "Arclight aims to respond within two (2) business days for Ship customers and within one (1) business "
    "day for Scale customers.",
])
def test_plans_named_in_a_sentence_of_times(reviewed: ReviewContract, sentence: str) -> None:
    """Per-plan times in prose, the plan before or after its time: every plan is
    read, and the levels are the most comprehensive plan's."""
    facts = reviewed(f"""
        # 5. Support
        5.3 Response. {sentence}
    """).finding("response-times").facts
    assert facts["plans"] == [{"plan": "Ship", "levels": [{"level": "all", "minutes": 960}]},
                              {"plan": "Scale", "levels": [{"level": "all", "minutes": 480}]}]
    assert facts["levels"] == [{"level": "all", "minutes": 480}]


def test_a_level_word_is_not_a_plan_in_a_sentence_of_times(reviewed: ReviewContract) -> None:
    facts = reviewed("""
        # 5. Support
        5.3 Provider will respond to Urgent tickets within 1 hour and to Normal tickets within 8 hours.
    """).finding("response-times").facts
    assert "plans" not in facts
    assert facts["levels"] == [{"level": "Urgent", "minutes": 60}, {"level": "Normal", "minutes": 480}]


def test_a_plan_column_without_a_time_keeps_the_rows_other_plans(reviewed: ReviewContract) -> None:
    """"Medium - workaround or fix | Next release | 10 Business Days | 5 Business
    Days": the Standard column states no time, Enhanced and Premium still do."""
    facts = reviewed("""
        # A.2 Support matrix
        [table-title: Table A-2 - Support Matrix]
        | Element | Standard | Enhanced | Premium |
        | Critical - workaround or fix | 2 Business Days | 8 hours | 4 hours |
        | Medium - workaround or fix | Next release | 10 Business Days | 5 Business Days |
    """).finding("resolution-times").facts
    assert facts["plans"] == [
        {"plan": "Standard", "levels": [{"level": "Critical", "minutes": 960}]},
        {"plan": "Enhanced", "levels": [{"level": "Critical", "minutes": 480}, {"level": "Medium", "minutes": 4800}]},
        {"plan": "Premium", "levels": [{"level": "Critical", "minutes": 240}, {"level": "Medium", "minutes": 2400}]},
    ]


def test_a_level_after_the_kind_of_time_in_the_first_cell(reviewed: ReviewContract) -> None:
    facts = reviewed("""
        # 3. Support
        [table-title: Table 1 - Support features]
        | Feature | Standard | Premium |
        | Response time: A. Critical Priority | 24 hours | 30 minutes by email or Slack |
        | Response time: B. Moderate Priority | 48 hours | 4 hours by email or Slack |
    """).finding("response-times").facts
    assert facts["levels"] == [{"level": "Critical Priority", "minutes": 30},
                               {"level": "Moderate Priority", "minutes": 240}]


def test_a_table_is_read_with_the_paragraph_that_introduces_it(reviewed: ReviewContract) -> None:
    """Rows of bare levels and times score low with the model on their own; the
    paragraph over them names the item, so the rows count, and it is cited after
    the leading row."""
    finding = reviewed("""
        # 第三条 服务响应
        3.1 事件级别由乙方工程师根据上述标准最终确定。
        3.2 各版本的首次响应时间如下：
        [table-title: 表2 各版本首次响应时间]
        | 级别 | 标准版 | 高级版 | 企业版 |
        | P1 | 60分钟 | 30分钟 | 15分钟 |
        | P2 | 4小时 | 2小时 | 1小时 |
        | P3 | 1个工作日 | 8小时 | 4小时 |
        3.3 工单处理完毕后，甲方未在72小时内回复的，工单自动关闭。
    """, language="zh").finding("response-times")
    assert finding.status is Status.MET
    assert finding.facts["levels"] == [{"level": "P1", "minutes": 15}, {"level": "P2", "minutes": 60},
                                       {"level": "P3", "minutes": 240}]
    assert finding.evidence[1].text.endswith("各版本的首次响应时间如下：")


def test_a_severity_zero_level_is_a_level(reviewed: ReviewContract) -> None:
    """"S0 - Critical" above S1-S3: severity scales that start at zero."""
    facts = reviewed("""
        # 5. Support
        [table-title: Support response times]
        | | Standard | Priority |
        | S0 - Critical, response | 1 Business Day | 4 hours |
        | S1 - Urgent, response | 3 Business Days | 1 Business Day |
    """).finding("response-times").facts
    assert [lv["level"] for lv in facts["levels"]] == ["S0", "S1"]


@pytest.mark.parametrize(("language", "sentence", "levels"), [
    ("zh", "8.4 紧急问题乙方在1小时内响应，其他问题在4小时内响应。", [("紧急", 60), ("其他问题", 240)]),
    ("en", "2.3 Provider will respond to Urgent requests within 1 hour and to all other requests within 1 business day.",
     [("Urgent", 60), ("other requests", 480)]),
])
def test_the_rest_after_a_named_level_is_a_level(reviewed: ReviewContract, language: str, sentence: str,
                                                 levels: list[tuple[str, int]]) -> None:
    heading = "# 第八条 技术支持" if language == "zh" else "# 2. Support"
    facts = reviewed(f"""
        {heading}
        {sentence}
    """, language=language).finding("response-times").facts
    assert [(lv["level"], lv["minutes"]) for lv in facts["levels"]] == levels


def test_a_passive_not_yet_responded_trigger_is_no_response_time(reviewed: ReviewContract) -> None:
    """"一级故障30分钟内未获响应…的，商户可以要求升级": an escalation trigger, not a
    second response time contradicting the table's 15 minutes."""
    finding = reviewed("""
        # 六、技术支持
        3、故障按影响程度分为三级：
        | 级别 | 定义 | 响应时间 | 恢复时间 |
        | 一级（紧急） | 全部学员无法登录 | 15分钟 | 4小时 |
        | 二级（重要） | 部分功能异常 | 1小时 | 1个工作日 |
        5、一级故障30分钟内未获响应或2小时内未恢复的，商户可以要求将问题升级至技术负责人处理。
    """, language="zh").finding("response-times")
    assert finding.status is Status.MET, finding.reasons
    assert finding.facts["levels"][0] == {"level": "一级", "minutes": 15}


def test_plans_in_brackets_after_the_time_column_and_levels_named_in_brackets(reviewed: ReviewContract) -> None:
    """"Severity Level | Target Response Time (Enterprise) | ... (Premier)" with
    rows "1 (Urgent)": two plans, levels named as printed, the times targets."""
    finding = reviewed("""
        # 7. Response
        7.1 The Severity Level of a Defect determines the timing of the response as shown in Table 3.
        [table-title: Table 3 - Target Response Times]
        | Severity Level | Target Response Time (Enterprise) | Target Response Time (Premier) |
        | 1 (Urgent) | 30 minutes | 30 minutes |
        | 2 (High) | 2 hours | 1 hour |
    """).finding("response-times")
    assert finding.status is Status.VAGUE
    assert finding.facts["plans"] == [
        {"plan": "Enterprise", "levels": [{"level": "1 (Urgent)", "minutes": 30}, {"level": "2 (High)", "minutes": 120}]},
        {"plan": "Premier", "levels": [{"level": "1 (Urgent)", "minutes": 30}, {"level": "2 (High)", "minutes": 60}]},
    ]


def test_a_tables_rows_without_a_keyword_are_read_with_their_table(reviewed: ReviewContract) -> None:
    """The last row names neither a response nor an hour ("Low | 3 business
    days"): no keyword finds it, but it is the same table's last level."""
    facts = reviewed("""
        # 4. Response Times
        4.1 Supplier will respond within the response time of Customer's support level, measured in business hours.
        [table-title: Table 4 - Initial response times by support level]
        | Urgency | Standard | Enhanced |
        | Critical | 4 business hours | 30 minutes (24x7) |
        | High | 1 business day | 1 hour |
        | Low | 3 business days | 1 business day |
        4.2 Response times for Critical issues apply only where the issue was reported by phone.
    """).finding("response-times").facts
    assert [lv["level"] for lv in facts["plans"][1]["levels"]] == ["Critical", "High", "Low"], facts


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_paragraph_reads_the_table_it_introduces(reviewed: ReviewContract, fmt: str) -> None:
    """"...within the times below, by support package" over rows that name only
    a priority and hours: the rows are the paragraph's times."""
    finding = reviewed("""
        # 4. Initial Contact
        4.1 The Supplier's objective is to give the Partner an initial response within the times below, by support package.
        | Priority | Premium | Standard |
        | Priority 1 | 1 hour | 2 hours |
        | Priority 2 | 4 hours | 8 hours |
        4.2 An initial response is a telephone call or case note from a support technician who has reviewed the case.
    """, fmt=fmt).finding("response-times")
    assert finding.status is Status.VAGUE, finding.reasons  # an objective
    assert {p["plan"] for p in finding.facts["plans"]} == {"Premium", "Standard"}, finding.facts


def test_a_service_level_column_of_plans_over_level_columns(reviewed: ReviewContract) -> None:
    """"服务级别 | 服务时间 | 紧急问题 | 严重问题": the first column (service level) names
    plans, the levels are the columns; "一般情况下" on "表1所列时间" makes them targets."""
    finding = reviewed("""
        # 二、服务级别
        4. 乙方提供两种服务级别，服务时间及响应时间如下：
        [table-title: 表1 服务级别]
        | 服务级别 | 服务时间 | 紧急问题 | 严重问题 |
        | 标准支持 | 5×8 | 4个工作小时 | 2个工作日 |
        | 高级支持 | 7×24 | 1小时 | 4个工作小时 |
        5. 一般情况下，乙方在表1所列时间内对甲方提交的问题作出响应。
    """, language="zh").finding("response-times")
    assert finding.status is Status.VAGUE, finding.reasons
    plans = {p["plan"]: [lv["level"] for lv in p["levels"]] for p in finding.facts["plans"]}
    assert plans == {"标准支持": ["紧急", "严重"], "高级支持": ["紧急", "严重"]}, finding.facts


def test_a_row_labelled_with_the_item_in_a_table_of_everything_a_plan_gives(reviewed: ReviewContract) -> None:
    finding = reviewed("""
        # 三、技术支持
        3.2 各支持计划的服务内容如下：
        | 项目 | 标准支持 | 高级支持 |
        | 服务时间 | 工作日9:00-18:00 | 7×24（仅限P1问题） |
        | 服务渠道 | 在线工单、电子邮件 | 在线工单、电子邮件、400服务热线 |
        | P1首次响应 | 4个工作小时 | 1小时 |
        | P2首次响应 | 1个工作日 | 4小时 |
        | 服务回顾 | 不适用 | 每季度提供一次服务报告 |
    """, language="zh").finding("response-times")
    assert finding.status is Status.MET, finding.reasons
    assert {p["plan"] for p in finding.facts["plans"]} == {"标准支持", "高级支持"}, finding.facts


@pytest.mark.parametrize("sentence", [
    "4.2 服务时间以外提出的请求，自下一工作日8:30起计算响应时间；但一级问题在每月最后三个自然日及次月前三个自然日，乙方提供7×24小时电话值班。",
    "4.2 非工作时间提交的P2至P4问题，自下一个工作日9:00起计算首次响应时间。",
])
def test_a_place_in_a_period_or_a_clock_start_is_no_response_time(reviewed: ReviewContract, sentence: str) -> None:
    """"每月最后三个自然日" names days of the month and "自下一个工作日…起计算" where the
    clock starts: neither contradicts the table's times."""
    finding = reviewed(f"""
        # 第四条 响应时间
        4.1 乙方接到甲方的服务请求后，应在下列时间内予以响应：
        | 问题级别 | 响应时间 |
        | 一级 | 30分钟 |
        | 二级 | 2个工作小时 |
        | 三级 | 1个工作日 |
        {sentence}
    """, language="zh").finding("response-times")
    assert finding.status is Status.MET, finding.reasons
    assert [lv["minutes"] for lv in finding.facts["levels"]] == [30, 120, 480], finding.facts


def test_a_plan_cell_giving_a_time_per_level(reviewed: ReviewContract) -> None:
    """Features as rows and plans as columns, each plan's cell listing its levels' times."""
    facts = reviewed("""
        # 2. Support Plans
        [table-title: Table 1 - Support plans and what they include]
        | Feature | Standard | Premium |
        | Guaranteed first response time | P1: 4 business hours; P2: 1 business day | P1: 1 hour (24x7); P2: 4 hours |
        | Ticket support by e-mail | Yes (8x5) | Yes (24x7) |
    """).finding("response-times").facts
    plans = {p["plan"]: [(lv["level"], lv["minutes"]) for lv in p["levels"]] for p in facts["plans"]}
    assert plans == {"Standard": [("P1", 240), ("P2", 480)], "Premium": [("P1", 60), ("P2", 240)]}, facts


def test_a_not_yet_delivered_trigger_is_no_resolution_time(reviewed: ReviewContract) -> None:
    """"4小时内未提供临时解决方案的…升级": whatever the verb after 未, the time is the
    condition of an escalation, not a second resolution time."""
    finding = reviewed("""
        # 第五条 问题处理
        5.4 问题分级及服务时限如下：
        | 级别 | 定义 | 响应时间 | 解决时间 |
        | 一级 | 系统反复重启 | 30分钟 | 2个工作日 |
        | 二级 | 主要功能失效 | 2小时 | 5个工作日 |
        5.7 一级问题在4小时内未提供临时解决方案的，甲方有权要求升级至乙方项目经理处理。
    """, language="zh").finding("resolution-times")
    assert finding.status is Status.MET, finding.reasons
    assert [lv["minutes"] for lv in finding.facts["levels"]] == [960, 2400], finding.facts


def test_a_short_table_word_broken_the_same_way_in_two_rows(reviewed: ReviewContract) -> None:
    """Two page columns and a four-column table: "4 ho" / "urs" in two rows of
    narrow plan columns. The repeated pieces are still "4 hours"."""
    r = reviewed("""
        %% columns: 2
        To receive a Service Credit, you must submit a claim by opening a case with Supplier support. To be eligible, the credit request must be received by the end of the second billing cycle after which the incident occurred and must include the dates and times of each Unavailability incident.
        # 6. Support Guidelines
        6.2 Supplier will classify each request on receipt according to the severity definitions in Table 2.
        [table-title: Table 2 - Severity definitions and target initial response times]
        | Severity | Definition | Standard plan | Enterprise plan |
        | Severity 1 - Critical | Alerts are not being processed or notifications are not being sent for all or most users | 4 hours | 1 hour, 24x7 |
        | Severity 2 - High | A major function (schedules, escalations, integrations) is impaired with no workaround | 8 business hours | 4 hours |
        | Severity 3 - Normal | Partial loss of a non-critical function, or a workaround exists | 2 business days | 1 business day |
        6.3 The times in Table 2 are targets for Supplier's first response by a support engineer.
        """, fmt="pdf")
    plans = {p["plan"]: [lv["minutes"] for lv in p["levels"]] for p in r.finding("response-times").facts["plans"]}
    assert plans == {"Standard plan": [240, 480, 960], "Enterprise plan": [60, 240, 480]}, plans


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_times_per_support_channel_are_the_channels_levels(reviewed: ReviewContract, fmt: str) -> None:
    """A row of initial response times under channel columns gives each channel
    its own time (e-mail is not answered in chat's 30 minutes); the channels are
    not support plans."""
    finding = reviewed("""
        # 4. Support Commitment
        4.1 The table below sets out the initial response time of each support channel.
        | | Chat | Support Portal | Email |
        | Hours | 24 / 5 | 24 / 5 | 24 / 5 |
        | Initial Response Time | Under 30 minutes | Under 4 hours | Under 8 hours |
    """, fmt=fmt).finding("response-times")
    assert levels(finding) == [("Chat", 30), ("Support Portal", 240), ("Email", 480)], finding.facts
    assert "plans" not in finding.facts, finding.facts


@pytest.mark.parametrize("sentence, expected", [
    ("6.3 本公司一般在30分钟内对人工服务时间内提交的在线咨询作出答复；工单一般在24小时内答复。",
     [("在线咨询", 30), ("工单", 1440)]),
    ("6.3 Live chat requests receive a first reply within 15 minutes and e-mail requests within 1 business day.",
     [("Live chat", 15), ("e-mail", 480)]),
])
def test_times_per_channel_in_a_sentence(reviewed: ReviewContract, sentence: str,
                                         expected: list[tuple[str, float]]) -> None:
    """Two channels with a time each name the levels; "30分钟内对…咨询作出答复" is a
    response time (the verb follows the object 对 introduces)."""
    language = "zh" if "本公司" in sentence else "en"
    heading = "# 第六条 技术支持" if language == "zh" else "# 6. Support"
    finding = reviewed(f"""
        {heading}
        {sentence}
    """, language=language).finding("response-times")
    assert levels(finding) == expected, finding.facts


def test_one_channel_with_its_time_is_no_level(reviewed: ReviewContract) -> None:
    finding = reviewed("""
        # 6. Support
        6.1 Supplier responds to e-mail requests within 1 business day.
    """).finding("response-times")
    assert levels(finding) == [("all", 480)], finding.facts


@pytest.mark.parametrize("plans", [("标准订阅", "高级订阅"), ("5×8技术支持服务", "7×24技术支持服务")])
def test_standard_plans_and_plans_named_by_their_coverage_are_plan_columns(
        reviewed: ReviewContract, plans: tuple[str, str]) -> None:
    """"标准订阅" is the standard plan, not a criteria column (标准 as in 判定标准),
    and "7×24技术支持服务" a plan named by its hours. The paragraph ending in a
    colon right before the table introduces it though the numbering put it under
    the list of levels, and is cited with the rows."""
    low, high = plans
    finding = reviewed(f"""
        # 第十一条 技术支持与响应
        （一）一级问题：本软件无法运行，生产系统中断；
        （二）二级问题：主要功能异常，生产系统受到严重影响。
        乙方应在下表所列时限内对甲方提交的问题作出响应：
        [table-title: 表1 响应时限]
        | 问题级别 | {low} | {high} |
        | 一级问题 | 4个工作小时 | 30分钟 |
        | 二级问题 | 8个工作小时 | 2小时 |
    """, language="zh").finding("response-times")
    assert finding.status is Status.MET, finding.reasons
    by_plan = {p["plan"]: [lv["minutes"] for lv in p["levels"]] for p in finding.facts["plans"]}
    assert by_plan == {low: [240, 480], high: [30, 120]}, finding.facts
    assert any(e.text.startswith("乙方应在下表所列时限内") for e in finding.evidence), finding.evidence


@pytest.mark.parametrize(("intro", "status"), [
    ("乙方对问题的恢复时间原则上按下表执行，但实际处理时间可能有所差异：", Status.VAGUE),
    ("乙方将尽快安排工程师处理，恢复时间见下表：", Status.MET),
])
def test_a_hedge_that_points_at_the_table_hedges_its_rows(reviewed: ReviewContract, intro: str,
                                                          status: Status) -> None:
    """"原则上按下表执行" qualifies the table, even when the paragraph stands beside
    it under the article's heading rather than above it; a hedge of another
    action in the same paragraph ("尽快安排工程师") does not."""
    finding = reviewed(f"""
        # 第十二条 问题处理与恢复
        乙方响应后，应组织工程师进行分析并恢复受影响的功能。{intro}
        [table-title: 表2 恢复时间]
        | 问题级别 | 恢复时间 |
        | 一级问题 | 4小时 |
        | 二级问题 | 24小时 |
    """, language="zh").finding("resolution-times")
    assert finding.status is status, finding.reasons
    assert [lv["minutes"] for lv in finding.facts["levels"]] == [240, 1440], finding.facts


def test_plans_as_printed_and_a_conditional_purchase_names_no_plan(reviewed: ReviewContract) -> None:
    """"Premium Support Plus" is a plan of its own, not "Premium Support"; a label
    before a colon is not part of the name; "Unless Customer has purchased
    Premium Support or Premium Support Plus" names no plan as the customer's, so
    the most comprehensive plan gives the levels."""
    facts = reviewed("""
        # A. Plans
        A.1 Unless Customer has purchased Premium Support or Premium Support Plus, as shown in the Order Form, Customer receives Standard Support.
        # D. Problem Priorities
        D.1 Supplier will respond to Problems within the following times.
        | Priority | Service Plan: Premium Support | Service Plan: Premium Support Plus |
        | P1 | 1 hour | 30 minutes |
        | P2 | 4 hours | 2 hours |
    """).finding("response-times").facts
    assert [p["plan"] for p in facts["plans"]] == ["Premium Support", "Premium Support Plus"], facts
    assert [(lv["level"], lv["minutes"]) for lv in facts["levels"]] == [("P1", 30), ("P2", 120)], facts


def test_levels_defined_under_quoted_names_have_criteria(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 22. Support
        22.2 You select the severity when you open a case. "Severity 1" means that the payment API is unavailable or that more than 5% of requests fail, with no workaround. "Severity 2" means that a material feature such as payouts or reporting does not work as documented.
        """).finding("severity-definitions")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_support_level_column_names_plans_not_severities(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 5. Support
        5.1 Supplier will use commercially reasonable efforts to send a first response within the following times:
        | Support level | First response |
        | Standard Support | 24 hours |
        | Priority Support Add-On | 4 hours |
        """, fmt=fmt).finding("response-times")
    plans = {p["plan"]: [(lv["level"], lv["minutes"]) for lv in p["levels"]] for p in f.facts["plans"]}
    assert plans == {"Standard Support": [("all", 1440)], "Priority Support Add-On": [("all", 240)]}
    assert levels(f) == [("all", 240)]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_level_named_by_the_vendor_under_a_category_or_with_its_code(reviewed: ReviewContract, fmt: str) -> None:
    r = reviewed("""
        # 18. Support
        18.1 Supplier will acknowledge and correct each Ticket within the times below.
        | Category | Response time | Correction or workaround |
        | Blocking Anomaly | 4 Business Hours | 1 business day |
        | Major Anomaly | 8 Business Hours | 3 business days |
        | Minor Anomaly | 2 business days | Next release |
        """, fmt=fmt)
    assert levels(r.finding("resolution-times")) == [("Blocking Anomaly", 480), ("Major", 1440)]
    f = reviewed("""
        # 15. Support
        15.1 Supplier will respond to support requests within the times below.
        | Severity | First response time | Coverage |
        | Critical (SEV 1) | 2 hours | Core support hours |
        | High (SEV 2) | 4 hours | Core support hours |
        | Lowest (SEV 5) | 1 day | Core support hours |
        """, fmt=fmt).finding("response-times")
    assert levels(f) == [("Critical", 120), ("High", 240), ("Lowest (SEV 5)", 1440)]


def test_another_items_target_in_the_tables_title_does_not_hedge_this_items_times(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # 五、服务等级
        5.3 乙方对各级故障的响应时限及恢复目标如下：
        | 故障级别 | 响应时限 | 恢复目标 |
        | P0 | 30分钟 | 4小时 |
        | P1 | 2小时 | 1个工作日 |
        | P2 | 1个工作日 | 5个工作日 |
        """, language="zh")
    f = r.finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert levels(f) == [("P0", 30), ("P1", 120), ("P2", 480)]
    assert r.finding("resolution-times").status is Status.VAGUE
    # Without a time noun of its own, the response is one of the targets.
    f = reviewed("""
        # 5. Support
        5.3 Response and resolution targets are set out below:
        | Priority | Response | Resolution |
        | P1 | 30 minutes | 4 hours |
        | P2 | 2 hours | 1 business day |
        """).finding("response-times")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("body", [
    "5.1 客户逾期付款超过15日的，乙方可以在书面通知客户后暂停相关云服务；客户付清欠款后，乙方应在1个工作日内恢复服务。",
    "5.1 账户余额为零后，乙方将为客户保留24小时的服务；24小时后客户仍未充值的，乙方将停止服务。客户充值后，乙方在1小时内恢复服务。",
], ids=["arrears-paid", "topped-up"])
def test_service_restored_once_the_customer_pays_is_no_resolution_time(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(f"""
        # 五、费用
        {body}
        # 九、技术支持
        9.2 乙方提供7×24小时技术支持，在接到报障后15分钟内响应，并尽快排除故障。
        """, language="zh").finding("resolution-times")
    assert f.status is Status.VAGUE, f.reasons
    assert not f.facts.get("levels")


def test_a_level_column_of_short_codes_with_numbers(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # 3. Severity Levels
        3.1 Supplier will respond to each notice within the times below.
        | Severity Level | Description | Response Time |
        | SL 1 | The Customer's portal is down as a result of a system application outage | 1 hour |
        | SL 2 | A page error on the Customer's site, or feed failures resulting from the Supplier | 4 hours |
        | SL 3 | Application bug with no impact on the Customer's operations | 2 business days |
        """)
    assert levels(r.finding("response-times")) == [("SL 1", 60), ("SL 2", 240), ("SL 3", 960)]
    assert r.finding("severity-definitions").status is Status.MET
