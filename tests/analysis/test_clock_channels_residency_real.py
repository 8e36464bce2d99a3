"""response-clock, support-channels and data-residency: wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    # When the clock starts: a set time after the ticket exists.
    ("en", """
        # 4. Technical Support
        4.1 The support desk replies to every ticket no later than two hours after the ticket is opened in the portal.
        """),
    # Who responds: a person of the support team, not the system.
    ("en", """
        # 4. Technical Support
        4.1 Severity 1 tickets receive an answer within one hour and all other tickets within eight hours.
        4.2 The times in clause 4.1 are targets for the first reply by a member of the support team, not for a fix.
        """),
    ("en", """
        # 4. Technical Support
        4.1 Severity 1 tickets receive an answer within one hour and all other tickets within eight hours.
        4.2 Northwind Support responds to each case with an acknowledgement that gives the case number, the severity assigned to it and the support engineer who owns it.
        """),
    # A request made out of hours starts the clock at the next opening.
    ("en", """
        # 4. Technical Support
        4.1 Severity 1 tickets receive an answer within one hour and all other tickets within eight hours.
        4.2 Customer opens tickets in the portal or by e-mail. Tickets sent in on a weekend are deemed received at the start of the next Business Day.
        """),
    ("zh", """
        # 四、技术支持
        4.1 乙方技术支持的服务时间为周一至周五8:30至17:30（法定节假日除外）。一级故障乙方1小时内响应，其他问题4小时内响应。
        4.2 甲方可通过热线或邮件提出请求；在服务时间以外提出的，视为在下一个服务时间开始时提出。
        """),
    ("zh", """
        # 四、技术支持
        4.1 甲方可以通过服务热线或电子邮件提出技术支持请求。一级故障乙方在1小时内响应，其他问题在4小时内响应。
        4.2 通过电子邮件提出的请求，以乙方创建工单的时间作为受理时间。
        """),
    # A response defined under a name of its own, with the automatic reply left out.
    ("zh", """
        # 一、定义
        1.1 “首次回复”指乙方技术人员通过电话或邮件向甲方确认已收到请求并说明处理计划；工单系统自动发出的回复不视为首次回复。
        # 四、技术支持
        4.1 乙方在收到请求后4小时内作出首次回复。
        """),
])
def test_a_clock_start_or_who_responds_meets_the_response_clock(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("response-clock")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 3. Support
        3.1 Standard support is available during Northwind's regional business hours, Monday to Friday, other than local public holidays.
        """),
    # "around the clock" is support hours too, not the response clock.
    ("en", """
        # 3. Support
        3.1 Our support staff work Monday to Friday from 8:00 a.m. to 5:00 p.m. Eastern Time. Outage reports are accepted around the clock.
        """),
    ("zh", """
        # 六、客户服务
        6.1 乙方客服的服务时间为周一至周五9:00至18:00（北京时间，法定节假日除外）。
        """),
])
def test_support_hours_alone_do_not_address_the_response_clock(
        reviewed: ReviewContract, language: str, body: str) -> None:
    # When support is staffed is the support-hours item; nothing here says what a
    # response is or when its clock runs.
    f = reviewed(body, language=language).finding("response-clock")
    assert f.status is Status.MISSING, f.reasons


def test_a_support_line_and_the_portal_are_channels(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Assistance
        5.1 Requests logged through the portal are given the standard priority. Where an outage needs faster handling, Customer should ring the round-the-clock support line instead.
        """).finding("support-channels")
    assert f.status is Status.MET, f.reasons


def test_support_or_maintenance_refused_is_no_maintenance_notice(reviewed: ReviewContract) -> None:
    # "support, updates or maintenance" is the support itself, not a maintenance
    # notice (the exclusion): the e-mail support at the vendor's discretion is vague.
    f = reviewed("""
        # 7. Plug-ins
        7.1 Northwind may help with the Plug-ins by e-mail at its discretion. It has no obligation to provide support, updates or maintenance for the Plug-ins.
        """).finding("support-channels")
    assert f.status is Status.VAGUE, f.reasons


def test_a_location_the_customer_selects_from_named_places_is_residency(reviewed: ReviewContract) -> None:
    # No "stored in" or "region": the customer's choice of location names where it runs.
    f = reviewed("""
        # 8. Servers
        8.1 When ordering a virtual machine the Customer selects the location where it runs: Frankfurt (Germany), Amsterdam (Netherlands) or Toronto (Canada). Northwind does not relocate a virtual machine without the Customer's instruction.
        """).finding("data-residency")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("body", [
    # The card networks that carry a payment, not where the data is kept.
    """
    # 9. Payment Data
    9.1 Cardholder data is processed in Northwind's data centre in Ireland and may be passed to card networks and acquiring banks worldwide as needed to process payments.
    """,
    # A transfer mechanism (an adequacy finding), not a place the data may go at will.
    """
    # 4. Data Location
    4.1 Northwind hosts Customer Personal Data in Germany. Customer permits Northwind to transfer it to any country that the European Commission has recognised as giving adequate protection, or otherwise under the Standard Contractual Clauses.
    """,
])
def test_worldwide_payment_networks_or_an_adequacy_finding_do_not_hedge_a_named_region(
        reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("data-residency")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("body", [
    """
    # 6. Deployment
    6.1 The Software runs in the Customer's own infrastructure. Northwind does not host, store or process the data the Customer handles with it.
    """,
    """
    # 6. Your Data
    6.1 The Agent is installed on your own servers, and the files it indexes stay there; Northwind does not receive, host or store them.
    """,
])
def test_software_in_the_customers_own_environment_is_residency_without_a_region(
        reviewed: ReviewContract, unsure: RelevanceModel, body: str) -> None:
    # Addressed (the data stays with the customer) but no region named: vague (LABELLING.md).
    # With a model that neither drops nor adds a clause: the rule's part.
    f = reviewed(body).finding("data-residency")
    assert f.status is Status.VAGUE, f.reasons
