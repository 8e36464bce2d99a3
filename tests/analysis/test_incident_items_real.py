"""proactive-notice, incident-rca, security-incident and severity-definitions: wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    # A security alert sent within a stated time is a security advisory with a notice period.
    ("zh", """
        # 五、安全服务
        5.1 乙方负责甲方网站防护策略的日常运维。
        5.2 乙方监测到可能影响甲方系统的高危漏洞时，应在12小时内通过邮件向甲方发出安全预警，并附上临时处置建议。
        """),
    ("en", """
        # 5. Notifications
        5.1 Provider operates the firewall rules of Customer's web applications.
        5.2 Provider shall publish a security bulletin within 24 hours of confirming any vulnerability that affects the Service, with the affected versions and the mitigation.
        """),
])
def test_a_security_alert_with_a_deadline_meets_proactive_notice(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("proactive-notice")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    # One kind of request is put first, and no levels are named: addressed, not defined.
    "4.2 甲方报告的问题如导致其全部终端无法登录，乙方应优先解决该问题。",
    "4.2 甲方提交的请求涉及数据无法同步且影响其日常经营的，乙方会优先响应。",
])
def test_a_request_handled_first_without_named_levels_is_vague_severity(
        reviewed: ReviewContract, clause: str) -> None:
    body = "# 四、技术支持\n4.1 甲方可通过客服热线或在线工单提出技术支持请求。\n" + clause
    f = reviewed(body, language="zh").finding("severity-definitions")
    assert f.status is Status.VAGUE, f.reasons


def test_an_account_of_the_incident_on_request_is_a_vague_root_cause_report(
        reviewed: ReviewContract) -> None:
    # An "事故说明" given at the customer's request, with no time: addressed, vague.
    body = """
        # 四、服务内容
        4.1 乙方为甲方的线上发布会提供视频直播服务。
        4.2 乙方负责直播活动的推流测试与现场值守；直播中出现卡顿或中断的，乙方可应甲方要求提供事故说明。
        """
    f = reviewed(body, language="zh").finding("incident-rca")
    assert f.status is Status.VAGUE, f.reasons


def test_unauthorised_use_told_to_the_customer_is_a_vague_security_incident_notice(
        reviewed: ReviewContract) -> None:
    # Someone used the account who was not allowed to, and the vendor will tell "及时":
    # a security incident notice without a time.
    body = """
        # 五、网站安全
        5.1 双方应遵守本协议约定。
        5.2 发现账户被未经授权使用的，乙方应及时告知甲方。
        """
    f = reviewed(body, language="zh").finding("security-incident")
    assert f.status is Status.VAGUE, f.reasons


_LEVELS = """
    6.2 Priority 1 (Critical): the Service is down for all users and no workaround exists.
    6.3 Priority 2 (High): a major function of the Service is unavailable for many users.
    6.4 Priority 3 (Low): a minor function is affected or a question about use; Northwind will consider feature requests for future releases at its discretion.
    """


@pytest.mark.parametrize("first", [
    # The vendor's judgment, bound to the definitions that follow.
    "6.1 Northwind assigns each support request a priority in its reasonable judgment using the definitions below.",
    # The customer's own call, on the stated definitions.
    '6.1 "Severity" means the impact of an issue, as determined by Customer on the basis of the definitions below.',
])
def test_a_call_bound_to_the_stated_definitions_keeps_severity_levels_met(
        reviewed: ReviewContract, first: str) -> None:
    body = "# 6. Severity Levels\n" + first + "\n" + "\n".join(line.strip() for line in _LEVELS.strip().splitlines())
    f = reviewed(body, language="en").finding("severity-definitions")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("first", "status"), [
    # The vendor's call by its own name, a re-grade either way, or its final word: vague.
    ("6.1 Northwind will assign the most appropriate priority level, in Northwind's discretion, to the issue Customer reports.", Status.VAGUE),
    ("6.1 Customer may submit a request with the priority below, provided that Northwind reserves the right to increase or decrease the priority level at its discretion.", Status.VAGUE),
    ("6.1 Customer may ask Northwind to reconsider the priority assigned, but Northwind's determination is final.", Status.VAGUE),
    # The customer may have the vendor's call re-graded, or it is the customer's own call: met.
    ("6.1 Northwind assigns the priority level of each request at its discretion, and Customer may ask for the request to be reclassified.", Status.MET),
    ("6.1 Customer will choose the priority level of each request in Customer's reasonable discretion.", Status.MET),
])
def test_the_vendors_own_call_on_the_level_makes_severity_levels_vague(
        reviewed: ReviewContract, first: str, status: Status) -> None:
    body = "# 6. Severity Levels\n" + first + "\n" + "\n".join(line.strip() for line in _LEVELS.strip().splitlines())
    f = reviewed(body, language="en").finding("severity-definitions")
    assert f.status is status, f.reasons


@pytest.mark.parametrize("noun", ["事件", "工单"])
def test_levels_named_as_graded_problems_or_events_meet_severity_levels(
        reviewed: ReviewContract, noun: str) -> None:
    # "一级问题：…" names a level as a grade of problem, not of 故障.
    body = f"""
        # 七、运维保障
        7.1 乙方负责甲方报表系统的日常运维。
        7.2 一级{noun}：报表服务端无法启动或全部报表无法访问，乙方2小时内响应。
        7.3 二级{noun}：部分报表或数据源连接异常，影响甲方部分业务，乙方4小时内响应。
        """
    f = reviewed(body, language="zh").finding("severity-definitions")
    assert f.status is Status.MET, f.reasons


def test_a_final_vendor_decision_on_the_priority_makes_severity_levels_vague(
        reviewed: ReviewContract) -> None:
    # Levels with criteria, but the vendor's grading cannot be disputed.
    body = """
        # 6. Fault Handling
        6.1 On receiving a fault report, Northwind gives it a priority as follows. Northwind's determination of the priority is final.
        6.2 P1 - Critical: the Service is unavailable for all users of the Customer.
        6.3 P2 - Major: a core feature is unavailable for some users and no workaround exists.
        6.4 P3 - Minor: any other fault.
        """
    f = reviewed(body, language="en").finding("severity-definitions")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("clause", [
    # News of an incident on a status page gives no cause and no report.
    "2.4 For every Severity 1 incident Northwind posts updates on its status page every hour until the incident is closed.",
    "2.4 After a Severity 1 incident, Northwind keeps the incident and its timeline on the status page for 90 days.",
])
def test_incident_updates_on_a_status_page_are_no_root_cause_report(
        reviewed: ReviewContract, clause: str) -> None:
    body = "\n".join([
        "# 2. Support and Incidents",
        "2.1 Customer may open support tickets in the Northwind portal at any time.",
        "2.2 Northwind responds to Severity 1 incidents within one hour.",
        "2.3 Northwind works on Severity 1 incidents around the clock until the service is restored.",
        clause,
    ])
    f = reviewed(body, language="en").finding("incident-rca")
    assert f.status is Status.MISSING, f.reasons


def test_the_customers_own_duty_to_report_a_leak_is_no_security_incident_notice(
        reviewed: ReviewContract) -> None:
    # The customer tells the vendor: nothing is owed to the customer.
    body = """
        # 二、账号
        2.1 您可通过手机号注册账号。
        2.4 您发现账号信息泄露的，应当及时通知我们并修改密码。
        """
    f = reviewed(body, language="zh").finding("security-incident")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    # The level's noun, and its other quoted name, before "is".
    ("en", """
        # 6. Incident Priorities
        6.1 Supplier will set the priority of each Incident as follows.
        6.2 A "Priority 1" or "P1" Incident is one in which the Services have a catastrophic impact on Customer's production use and no workaround exists.
        6.3 A "Priority 2" or "P2" Incident is one in which a major function of the Services is degraded for many users.
        6.4 A "Priority 3" or "P3" Incident is any other problem with the Services, including questions and cosmetic errors.
        """),
    # The criteria in brackets right after each level of a list.
    ("zh", """
        # 附件一 技术支持
        2. 工单按问题的影响程度分为三级：紧急（生产环境消息收发或音视频通话大面积不可用）；重要（部分功能异常或部分用户受影响，生产环境仍可运行）；一般（使用咨询、开发环境问题及功能建议）。
        """),
], ids=["noun-before-is", "bracketed"])
def test_levels_defined_in_prose_meet_severity_levels(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("severity-definitions")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    # Notice only as what marks the maintenance an SLA exclusion leaves out: it addresses
    # proactive notice without promising it (vague), even beside the exclusion words.
    ("zh", """
        # 五、服务可用性
        5.1 乙方保证云存储服务的月度可用性不低于99.9%。
        5.2 下列情形导致的不可用不计入服务不可用时间：乙方预先通知后进行的系统维护；甲方自身网络故障；不可抗力。
        """),
    ("zh", """
        # 五、服务可用性
        5.1 乙方保证云存储服务的月度可用性不低于99.9%，按自然月统计；计划内维护（乙方提前48小时通知）、甲方原因及不可抗力导致的不可用不计入。
        """),
    ("en", """
        # 5. Service Credits
        5.1 Provider will make the hosted servers available 99.9% of each calendar month.
        5.2 No Service Credit is due for Unavailability that results from: (i) scheduled maintenance announced to Customer in advance under the Terms of Service; (ii) Customer's own equipment; or (iii) force majeure events.
        """),
])
def test_notice_that_only_marks_excluded_maintenance_is_vague_proactive_notice(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("proactive-notice")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    # Notice of important defects or fixes is notice of known issues, without a period: vague,
    # even beside a word the item otherwise excludes (版本: the update policy's).
    ("zh", """
        # 四、维护服务内容
        4.1 乙方为甲方提供软件的远程技术咨询服务。
        4.2 维护信息服务：乙方通过电子邮件及时向甲方告知新版本发布、重要缺陷及其规避方法。
        """),
    ("en", """
        # 4. Maintenance Services
        4.1 Provider answers Customer's technical questions by e-mail during business hours.
        4.2 Provider will notify Customer's designated contacts of critical defects and their workarounds as they become available.
        """),
])
def test_notice_of_important_defects_is_vague_proactive_notice(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("proactive-notice")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    # An account of the cause given to the customer, with no time: addressed (the model
    # scores such clauses low), vague.
    ("en", """
        # 8. Service Levels
        8.1 Provider hosts the Platform in two data centres.
        8.2 Authorized Contacts who are unsatisfied with the service may request an After Action Review.
        """),
    ("zh", """
        # 四、技术支持
        4.1 甲方可通过客服热线提出技术支持请求。
        4.2 乙方提供7×24小时电话支持。
        4.3 乙方将尽快排查故障原因并告知甲方处理进展。
        """),
])
def test_an_account_of_the_cause_without_a_time_is_a_vague_root_cause_report(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("incident-rca")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("clause", [
    # Security advisories offered without a period: addressed (the model scores them low), vague.
    "7.2 Customers may register for news and alerts: general information on security threats and protection strategies.",
    "7.2 Provider publishes security advisories on its website.",
])
def test_security_advisories_without_a_period_are_vague_proactive_notice(
        reviewed: ReviewContract, clause: str) -> None:
    body = "# 7. Support\n7.1 Customer may open tickets in the portal.\n" + clause
    f = reviewed(body).finding("proactive-notice")
    assert f.status is Status.VAGUE, f.reasons
