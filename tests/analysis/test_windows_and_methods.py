"""version-support-window: a notice before a version is removed is its window; sla-measurement: a method binds under a hedged percentage."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("sentence", "months"), [
    ("Supplier will give Customer at least twelve (12) months' notice before it stops supporting an API version.", 12),
    ("Supplier will give at least ninety (90) days' notice before it removes a public API version.", 3),
    # The old version stays available as long as the notice runs.
    ("Breaking changes are announced at least ninety (90) days before they take effect, and the previous API version remains available during that period.", 3),
])
def test_notice_before_a_version_ends(reviewed: ReviewContract, sentence: str, months: int) -> None:
    f = reviewed(f"""
        # 2. API Versions
        2.1 Changes that are not backwards compatible are released only in new API versions. {sentence}
        """).finding("version-support-window")
    assert f.status is Status.MET, f.reasons
    assert f.facts["months"] == months


@pytest.mark.parametrize(("sentence", "months"), [
    ("A generally available Model that Supplier announces as deprecated remains available through the API for at least ninety (90) days after the announcement.", 3),
    ("Deprecated endpoints will remain supported for a minimum of twelve (12) months.", 12),
])
def test_how_long_the_deprecated_stays_available(reviewed: ReviewContract, sentence: str, months: int) -> None:
    # No "version" in it: the deprecated thing kept usable for a stated time is the window.
    f = reviewed(f"""
        # 4. Models
        4.1 Supplier may add new Models to the Service. {sentence}
        """).finding("version-support-window")
    assert f.status is Status.MET, f.reasons
    assert f.facts["months"] == months


def test_days_of_notice_for_something_else_are_no_window(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Versions
        2.1 Supplier supports the current version of the SDK. Supplier will give ninety (90) days' notice before it changes its prices.
        """).finding("version-support-window")
    assert f.status is not Status.MET, f.reasons


def test_a_measurement_method_binds_even_when_the_percentage_is_an_effort(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # 1. Availability
        1.1 Supplier will endeavour to maintain 99.5% uptime (the "Availability Target"), where Availability is calculated as the total minutes the Platform was available divided by the total minutes in the calendar month.
        """)
    assert r.finding("sla-measurement").status is Status.MET, r.finding("sla-measurement").reasons
    assert r.finding("availability").status is Status.VAGUE


def test_whose_records_is_the_red_flags_question_not_the_methods(reviewed: ReviewContract) -> None:
    # A formula and exclusions meet the measurement item whoever keeps the
    # data; "以乙方平台日志的记录为准" is the independent-measurement red flag.
    r = reviewed("""
        # 第二条 服务可用性
        2.1 乙方保证短信接口的月度可用率不低于99.9%。
        2.2 服务可用率=（当月总分钟数－当月不可用分钟数）÷当月总分钟数×100%。接口在连续5分钟内对全部请求返回失败的，该5分钟计为不可用。
        2.3 不可用分钟数以乙方平台日志的记录为准。
        2.4 下列情形不计入不可用分钟数：（1）提前48小时通知的计划维护；（2）甲方原因或不可抗力。
        """, language="zh")
    assert r.finding("sla-measurement").status is Status.MET, r.finding("sla-measurement").reasons
    assert r.finding("independent-measurement").status is Status.VAGUE


def test_a_floor_does_not_bind_an_effort(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # 1. Availability
        1.1 Supplier will use reasonable endeavours to ensure that the Service is available at least 99.95% of the time in each calendar month.
        # 2. Maintenance
        2.1 Supplier will announce scheduled maintenance that is expected to interrupt the Service on its status page at least seven (7) days in advance.
        """)
    assert r.finding("availability").status is Status.VAGUE, r.finding("availability").reasons
    # A floor still binds wording that only sounds soft ("expected to interrupt").
    assert r.finding("proactive-notice").status is Status.MET, r.finding("proactive-notice").reasons


def test_an_action_plan_is_no_restoration(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Incident Handling
        4.1 For Very High priority incidents, Supplier provides a solution, a workaround or an action plan within 4 hours.
        """).finding("resolution-times")
    assert f.status is Status.VAGUE, f.reasons
    assert "action plan" in " ".join(r.en for r in f.reasons)


@pytest.mark.parametrize(("language", "clause"), [
    ("en", "Initial response: within one hour of case submission, by a support engineer."),
    ("en", "Response time is the time between Customer's submission of a support case and the first reply from a support engineer."),
    ("zh", "首次响应时间指自工单提交至乙方工程师首次人工回复的时间。"),
])
def test_when_the_clock_starts_and_who_responds(reviewed: ReviewContract, language: str, clause: str) -> None:
    f = reviewed(f"""
        # 3. Response
        3.1 {clause}
        """, language=language).finding("response-clock")
    assert f.status is Status.MET, f.reasons



def test_a_protocol_not_supported_is_no_encryption(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 八、安全
        8.2 平台直播流支持加密播放。甲方使用JS SDK的，应注意当前版本JS SDK暂不支持以https方式引入。
        """, language="zh").finding("encryption")
    assert f.status is Status.VAGUE, f.reasons



@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_commitment_is_the_first_percentage_not_a_conditional_upgrade(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 4. Service Level
        4.1 Supplier will make the Platform available with a Monthly Uptime Percentage of at least 99.9% in each calendar month. Customers that purchase the Premium Availability add-on receive a commitment of 99.95%.
        """, fmt=fmt).finding("availability")
    assert f.status is Status.MET, f.reasons
    assert f.facts["percent"] == 99.9


def test_credit_bands_in_one_sentence_still_give_the_highest(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Service Level
        4.1 Supplier will make the Platform available at least 99.9% of each calendar month; if availability falls below 99.9% but not below 99.0%, Customer receives a credit of 10%.
        """).finding("availability")
    assert f.facts["percent"] == 99.9


def test_the_first_percentage_even_when_that_sentence_is_hedged(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Service Commitment
        4.1 Supplier will use commercially reasonable efforts to make the Platform available with a Monthly Uptime Percentage of at least 99.9% in each monthly billing cycle. For accounts that have completed an architecture review, Supplier commits to a Monthly Uptime Percentage of at least 99.99%.
        """).finding("availability")
    assert f.facts["percent"] == 99.9


def test_a_vague_availability_keeps_the_percentage_another_clause_states(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 6. Service Levels
        6.1 The Services run on media servers in several regions and are designed for high availability. Supplier publishes the status of the Services on its status page.
        6.2 For projects on the Scale plan, Supplier offers a 99.99% uptime service level agreement on the terms of its SLA Addendum, which is available on request. For Enterprise customers, the service levels in the Order Form apply. No service level applies to the Build plan.
        """).finding("availability")
    assert f.status is Status.VAGUE
    assert f.facts.get("percent") == 99.99, f.facts


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_support_period_outranks_a_notice_period(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 2. Release Lifecycle
        2.1 Supplier announces the end of mainstream maintenance for a release at least two (2) years in advance on its support portal.
        2.2 Supplier offers mainstream maintenance for each release of its software for seven (7) years after the release becomes generally available.
        """, fmt=fmt).finding("version-support-window")
    assert f.status is Status.MET, f.reasons
    assert f.facts["months"] == 84


def test_generally_available_is_no_hedge(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Release Lifecycle
        2.1 Generally Available (GA) releases of the SDK are supported for twenty-four (24) months from their release date.
        """).finding("version-support-window")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    ("en", "4.3 \"Response Time\" means the time between Norvale's receipt of a Defect notification and Norvale's "
           "confirmation, by one of its personnel, that it is working on the Defect. Automated responses are disregarded."),
    ("en", "1.6 \"Respond\" means Norvale's acknowledgement naming the engineer assigned to the request. "
           "An automatic ticket confirmation is not a Response."),
    # 工作时间 is what the contract defines as 工作小时: no longer vague.
    ("zh", "1.7 “工作小时”：指工作日北京时间9:00至18:00。\n"
           "3.4 本条所称“响应”，指支持工程师对工单作出的首次人工回复，系统自动回执不视为响应。"
           "以工作小时计算的响应时间，自工单在工作时间内提交之时起算。"),
    # Times said to be calculated in support hours the contract defines. (A response time merely
    # stated in defined business hours, "within four (4) business hours. Business hours are 9:00
    # a.m. to 6:00 p.m.", says nothing on what counts as a response or when the clock starts:
    # vague since 6 December 2026, test_clock_business_units_r47.py.)
    ("en", "4.1 We calculate first response time within the core support hours. "
           "Business hours are 5am to 1am UTC, Monday to Friday."),
    # The clock starts when the ticket arrives; a hedge on the time ("一般", "commercially
    # reasonable efforts") is the response time's, not the clock rule's.
    ("zh", "4.2 “工作时间”：指工作日的9:00至18:00（北京时间）。\n"
           "4.3 乙方一般在收到工单后4个工作小时内予以回复，并尽合理努力解决问题。"),
    ("en", "4.2 Supplier will use commercially reasonable efforts to respond within four (4) hours, "
           "measured from receipt of the inquiry during standard support hours (9:00 a.m. to 5:00 p.m. Pacific Time, Monday to Friday)."),
])
def test_what_counts_as_a_response_as_vendors_write_it(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed("# 4. Support\n" + body, language=language).finding("response-clock")
    assert f.status is Status.MET, f.reasons


def test_an_engineer_sent_is_no_definition_of_a_response(reviewed: ReviewContract) -> None:
    # With the hedge on the time set aside, "安排工程师尽快跟进" must not read as "a response
    # is an engineer's": the engineer has to be the one who responds.
    f = reviewed("# 二、响应与处理\n1. 我司技术支持团队在正常工作时间提供服务；遇紧急情况，我司将安排工程师尽快跟进。",
                 language="zh").finding("response-clock")
    assert f.status is not Status.MET, f.reasons


def test_available_all_of_the_time_is_a_commitment(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Service Level
        2.1 The Platform will serve content 100% of the time in each calendar month, subject to the exclusions below.
        2.2 If the Platform fails, Customer receives a credit of 100% of the monthly fee.
        """).finding("availability")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("percent") == 100


@pytest.mark.parametrize(("clause", "status"), [
    # All of the time needs no period to be measured over.
    ("ZoneSwift guarantees 100% uptime of its authoritative DNS name server network.", Status.MET),
    # A credit of 100 % does not stand in for the period of a lower figure.
    ("The Platform will be available 99.5% of the time; if it is not, Customer receives a credit of 100% of the monthly fee.", Status.VAGUE),
])
def test_a_hundred_percent_needs_no_period(reviewed: ReviewContract, clause: str, status: Status) -> None:
    f = reviewed(f"""
        # 6. Service Level
        6.1 {clause}
        """).finding("availability")
    assert f.status is status, f.reasons


def test_a_table_rows_label_and_its_figures_are_one_statement(reviewed: ReviewContract) -> None:
    # The row is read as "Feature: Monthly uptime commitment; Standard: 99.9%; ...": the
    # period in its label and the percentages in its cells together.
    f = reviewed("""
        # A. Support Plans
        [table-title: Table A-1 - Support Plans]
        | Feature | Standard | Business | Enterprise |
        | Monthly uptime commitment | 99.9% | 99.95% | 99.999% |
        | First response | 1 business day | 4 hours | 1 hour |
        """).finding("availability")
    assert f.status is Status.MET, f.reasons


CREDIT_TABLE = """
        [table-title: Service Credits]
        | Monthly availability | Credit |
        | Below 99.9% but at least 99.0% | 10% |
        | Below 99.0% | 25% |
"""


@pytest.mark.parametrize(("commitment", "status"), [
    # The credit bands imply the commitment where the vendor states none ...
    ("", Status.MET),
    # ... not where it states one and hedges it.
    ("2.1 Norvale will use commercially reasonable efforts to make the Service available 99.9% of the time "
     "in each calendar month.", Status.VAGUE),
])
def test_credit_bands_yield_to_a_hedged_commitment(reviewed: ReviewContract, commitment: str, status: Status) -> None:
    f = reviewed(f"""
        # 2. Availability
        {commitment}
        {CREDIT_TABLE}
        """).finding("availability")
    assert f.status is status, f.reasons


@pytest.mark.parametrize("clause", [
    "You may contact support by opening a ticket in the Cloud Manager at any time; urgent issues may also be reported by telephone.",
    "Paid subscribers may open a private ticket in the Support Center or write to support by e-mail.",
])
def test_a_ticket_is_a_support_channel(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 7. Support
        7.1 {clause}
        """).finding("support-channels")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("clause", "status"), [
    ("对于工作时间内收到的支持请求，我们一般在1个工作日内回复。", Status.VAGUE),
    ("工单一般于2小时内首次答复。", Status.VAGUE),
    # 一般 as the name of a level is no hedge.
    ("紧急问题30分钟内响应，一般问题4小时内响应。", Status.MET),
])
def test_generally_within_is_a_hedge_in_chinese(reviewed: ReviewContract, clause: str, status: Status) -> None:
    f = reviewed(f"""
        # 第五条 技术支持
        5.1 {clause}
        """, language="zh").finding("response-times")
    assert f.status is status, f.reasons


@pytest.mark.parametrize(("language", "clauses", "status"), [
    ("en", ["Customer selects the region in which its Databases are deployed. Customer Data stored in a Database "
            "stays in the selected region."], Status.MET),
    ("en", ["Customer Data sent to a Stack is stored in the European Union (Germany). Support personnel may access "
            "Customer Data remotely from the United States and other countries, only to provide support."], Status.MET),
    ("en", ["Customer Data is stored in the European Union (Germany), and may be processed in the United States "
            "and other countries where our sub-processors operate."], Status.VAGUE),
    ("zh", ["您在中华人民共和国境内订购本服务的，签约主体为北京云帆科技有限公司；在其他国家或地区订购的，签约主体为订购单载明的关联方。",
            "本服务的数据存储于中华人民共和国境内，未经您书面同意不会传输至境外。"], Status.MET),
])
def test_where_the_data_stays(reviewed: ReviewContract, language: str, clauses: list[str], status: Status) -> None:
    body = "\n".join(f"        9.{n} {c}" for n, c in enumerate(clauses, 1))
    f = reviewed("\n        # 9. Data\n" + body + "\n", language=language).finding("data-residency")
    assert f.status is status, f.reasons


@pytest.mark.parametrize("clause", [
    "System Availability is calculated as (A - B) / (C - B) x 100, where A is the minutes in which the Service is accessible.",
    "Downtime is any period of at least five (5) consecutive minutes in which more than ten percent of requests fail.",
    "For the availability measurement, the Service is considered available if Customer is able to log in and run a search.",
    "Availability is measured by Norvale's monitoring of the API endpoints from three regions.",
    "Downtime means the minutes of Priority 1 outages recorded by our network monitoring systems.",
])
def test_the_measurement_method_as_vendors_write_it_too(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 5. Service Level
        5.1 The Service will be available 99.9% of the time in each calendar month.
        5.2 {clause}
        5.3 The Service Level does not apply to scheduled maintenance or to unavailability caused by Customer.
        """).finding("sla-measurement")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("clause", "status"), [
    # Notice as the condition of an exclusion: the vendor need not give it.
    ("The following are not Downtime Minutes: (a) scheduled maintenance of which Norvale has notified Customer "
     "at least seventy-two (72) hours in advance by e-mail; (b) emergency maintenance.", Status.VAGUE),
    ("Unavailability caused by (a) scheduled maintenance announced on the status page at least 48 hours in advance "
     "and performed between 11:00 p.m. and 3:00 a.m.; (b) Third-Party Integrations.", Status.VAGUE),
    ("The Uptime Commitment does not apply: (a) during scheduled maintenance that Norvale has announced on its status "
     "page at least twenty-four (24) hours in advance; (b) to beta features.", Status.VAGUE),
    # A promise to give it.
    ("Norvale will notify Customer of scheduled maintenance at least seventy-two (72) hours in advance by e-mail.",
     Status.MET),
    ("Scheduled maintenance will be announced on the status page at least 48 hours in advance.", Status.MET),
])
def test_notice_as_a_condition_is_no_promise(reviewed: ReviewContract, clause: str, status: Status) -> None:
    f = reviewed(f"""
        # 4. Maintenance
        4.1 {clause}
        """).finding("proactive-notice")
    assert f.status is status, f.reasons


def test_the_commitment_a_credit_table_implies_is_its_highest_band(reviewed: ReviewContract) -> None:
    f = reviewed(f"""
        # 2. Service Credits
        {CREDIT_TABLE}
        """).finding("availability")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("percent") == 99.9


@pytest.mark.parametrize(("language", "body", "percent"), [
    # Eleven nines are durability, not availability.
    ("zh", "2.1 对象存储的数据持久性为99.999999999%，服务可用性不低于99.95%，按自然月统计。", 99.95),
    # 不低于 ("not below") is a commitment, not a credit band.
    ("zh", "2.1 乙方承诺单实例的月度服务可用性不低于99.9%。\n        2.2 多可用区部署的实例月度服务可用性不低于99.99%。", 99.9),
])
def test_which_percentage_is_the_availability(reviewed: ReviewContract, language: str, body: str,
                                              percent: float) -> None:
    f = reviewed(f"""
        # 2. 服务等级
        {body}
        """, language=language).finding("availability")
    assert f.facts.get("percent") == percent, (f.status, f.facts, f.reasons)


@pytest.mark.parametrize(("language", "clause"), [
    ("zh", "技术支持的范围为实例的可用性及控制台功能问题。SQL语句优化、表结构设计及数据迁移实施不属于技术支持范围。"),
    ("zh", "帆栈提供的客户服务限于建站工具的使用及平台故障处理。您自行添加的代码及第三方插件，不属于客户服务范围。"),
    ("en", "Support covers the Services and the official SDKs. Norvale cannot debug or write your application code."),
    ("zh", "乙方仅就标准功能及开放平台接口提供技术支持。甲方自行开发的应用的调试，不属于乙方技术支持的范围。"),
    ("en", "Support covers the availability of the Service. Norvale does not support the End-User's endpoints or networks."),
])
def test_where_vendor_support_ends_as_vendors_write_it(reviewed: ReviewContract, language: str, clause: str) -> None:
    f = reviewed(f"""
        # 6. Support
        6.1 {clause}
        """, language=language).finding("support-scope")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    "乙方不对本系统的运行可用率作出承诺。",
    "乙方不就平台的可用性作出任何保证。",
])
def test_a_disclaimed_availability_is_addressed_but_not_committed(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第五条 服务水平
        5.1 {clause}
        """, language="zh").finding("availability")
    assert f.status is Status.VAGUE, f.reasons
    # The reason quotes the disclaimer, not "states no percentage".
    assert clause[2:-1] in f.reasons[0].en, f.reasons


@pytest.mark.parametrize(("language", "clause"), [
    ("zh", "5.1 云帆力争使付费服务的月度可用性达到99.9%，但不保证本服务不间断或无差错。"),
    ("en", "5.1 Norvale will use commercially reasonable efforts to make the Service available 99.9% of the time in each month, but does not guarantee uninterrupted service."),
])
def test_a_negated_guarantee_does_not_bind_an_effort(reviewed: ReviewContract, language: str, clause: str) -> None:
    heading = "# 5. Availability" if language == "en" else "# 第五条 可用性"
    f = reviewed(f"""
        {heading}
        {clause}
        """, language=language).finding("availability")
    assert f.status is Status.VAGUE, f.reasons


def test_a_deprecated_interface_kept_for_a_stated_time(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 三、接口
        3.5 对标记为“弃用”的接口，云帆自标记之日起至少保留3个月，期满后可下线。
        """, language="zh").finding("version-support-window")
    assert f.status is Status.MET, f.reasons
    assert f.facts["months"] == 3


def test_available_around_the_clock_with_an_effort_addresses_availability(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第五条 服务可用
        5.1 云帆将尽商业上合理的努力使本服务每周7天、每天24小时可用，但以下情形导致的不可用除外：（1）计划内停机；（2）因超出云帆合理控制范围的情形导致的不可用。
        """, language="zh").finding("availability")
    assert f.status is Status.VAGUE, f.reasons


def test_business_hours_never_defined_stay_vague_for_the_clock(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Support
        4.1 Norvale responds to support requests within four (4) business hours.
        """).finding("response-clock")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("body", [
    # The effort and the percentage in two sentences of one clause.
    "2.2 Norvale will use commercially reasonable efforts to keep the API available. The API will be available at least 99.99% of the time in each calendar month.",
    # The effort aims at a commitment defined in another clause.
    '2.1 The "Uptime Commitment" is a Monthly Uptime Percentage of at least 99.9%.\n'
    "        2.2 Norvale will use commercially reasonable efforts to ensure that the Services meet the Uptime Commitment.",
])
def test_an_effort_qualifies_the_percentage_wherever_it_is_stated(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(f"""
        # 2. Service Level
        {body}
        """).finding("availability")
    assert f.status is Status.VAGUE, f.reasons
    assert f.facts.get("percent") in (99.99, 99.9)


def test_an_effort_about_something_else_in_the_clause_leaves_the_percentage_binding(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Service Level
        1.1 Norvale will provide 99.5% System Availability over each calendar month, as measured from Norvale's facilities. Norvale will use reasonable efforts to schedule System Maintenance outside normal business hours.
        """).finding("availability")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("percent") == 99.5


@pytest.mark.parametrize(("item_id", "body", "status"), [
    # A hedged lead-in ending in a colon hedges the numbered items under it, as a table's
    # introducing paragraph hedges its rows.
    ("response-times", "# 2. 支持服务的可用性\n2.1 在合同期限内，运营方将尽商业上合理的努力，在下列时限内对客户提出的事件或错误作出回应：\n"
                       "2.1.1 对于客户报告的任何错误，运营方将在收到客户通知后的48小时内作出回应。", Status.VAGUE),
    ("proactive-notice", "# 5. 维护\n5.1 乙方将尽力做到以下事项：\n（1）计划内维护提前24小时通过邮件通知甲方；\n（2）维护安排在夜间进行。",
     Status.VAGUE),
    # A binding lead-in hedges nothing.
    ("proactive-notice", "# 5. 维护\n5.1 乙方承诺以下事项：\n（1）计划内维护提前24小时通过邮件通知甲方；\n（2）维护安排在夜间进行。",
     Status.MET),
])
def test_a_hedged_lead_in_hedges_its_list(reviewed: ReviewContract, item_id: str, body: str, status: Status) -> None:
    f = reviewed(body, language="zh").finding(item_id)
    assert f.status is status, f.reasons


@pytest.mark.parametrize("clause", [
    # "every effort" is an effort, as "reasonable efforts" is ...
    "4.1 As a rule, we carry out scheduled maintenance of our own infrastructure in the window from 00:30 to 04:30 Berlin time. We will make every effort to notify you of scheduled maintenance at least 5 days before the work begins.",
    # ... and notice that describes which maintenance an SLA excludes promises none, however long the clause between.
    "4.1 Downtime does not include (a) scheduled maintenance, which Acme performs during low-traffic hours of the region hosting the account and announces on the status page for the Services at least forty-eight (48) hours in advance, or (b) unavailability caused by the Customer.",
])
def test_notice_tried_for_or_only_describing_an_exclusion_is_not_met(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"# 4. Maintenance\n{clause}").finding("proactive-notice")
    assert f.status is Status.VAGUE, f.reasons
