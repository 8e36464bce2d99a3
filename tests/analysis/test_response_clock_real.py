"""response-clock: a response time is not the response clock (wordings of the real-world corpus)."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    # How fast the vendor answers, with no word on what a response is or when
    # its clock runs: the response-times item, not this one (hotjar, canvasly).
    ("en", """
        # 7. Support
        7.3 Our support team works Monday to Friday and will get back to You as quickly as it can. Customers on the Business Plan receive priority support, and their requests are answered before those of other Plans. We do not guarantee any response or resolution time.
        """),
    ("en", """
        # 4. Support
        4.1 Northwind provides support by e-mail and through the support portal.
        [table-title: Table 2 - Initial Response Times]
        | Priority | Definition | Initial Response Time |
        | P1 | The service is down for all users. | 1 hour |
        | P2 | A feature fails and no workaround exists. | 4 hours |
        """),
    # (nuonuo, jingshuo) a "响应时间" column in hours: the working days are the fix's.
    ("zh", """
        # 五、故障处理
        5.1 乙方按下表对故障分级并处理：
        [table-title: 表2 故障级别及处理时限]
        | 故障级别 | 定义 | 响应时间 | 解决时间 |
        | P1 | 开票接口不可用或全部开票请求失败 | 15分钟 | 2小时 |
        | P2 | 部分开票请求失败或查验功能不可用 | 1小时 | 8小时 |
        | P3 | 单张发票异常或一般咨询 | 4小时 | 3个工作日 |
        """),
    # (yunjing) who is sent, not who responds or from when.
    ("zh", """
        # 六、技术支持
        6.1 甲方可通过工单或服务热线报告故障。
        6.2 甲方通过工单提交的实例故障，乙方将在30分钟内安排工程师响应。
        """),
])
def test_a_response_time_alone_does_not_address_the_response_clock(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("response-clock")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    # A table of "Initial Response Times" (plural) counting in business hours that the
    # contract never defines: the clock is addressed, but hedged by the undefined hours.
    ("en", """
        # 4. Support
        4.1 Northwind provides support by e-mail and through the support portal.
        [table-title: Table 2 - Initial Response Times]
        | Priority | Standard | Premium |
        | Critical | 4 business hours | 1 hour |
        | Normal | 2 business days | 8 business hours |
        """),
    ("zh", """
        # 五、故障处理
        5.1 乙方按下表对故障分级并响应：
        [table-title: 表2 故障分级与响应]
        | 级别 | 定义 | 响应时间 |
        | P1 | 全部接口调用失败 | 15分钟 |
        | P2 | 部分功能异常 | 1小时 |
        | P3 | 接口咨询及其他一般问题 | 4个工作小时 |
        """),
])
def test_response_times_counted_in_business_hours_address_the_clock(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("response-clock")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    # (aqara) people named only in the support hours ("法定节假日不提供人工支持"): no human
    # reply is made the response.
    ("zh", """
        # 七、技术支持
        7.1 开发者可通过工单系统提交技术问题。
        7.2 技术支持的服务时间为工作日9:00至18:00（北京时间），法定节假日不提供人工支持。
        7.3 乙方将尽快响应开发者提交的工单，一般在1个工作日内给予首次答复。
        """),
    # (meridale) a system's response time in seconds is performance, not the support clock.
    ("en", """
        # 3. Service Response
        3.1 Northwind's Service Response commitment is that, in each calendar month, not less than 90% of online transactions in the Production Environment are processed in two (2) seconds or less. Response time is measured at the Northwind data center from the receipt of the request until the response leaves the data center.
        # 5. Support
        5.1 Northwind provides support by e-mail and through the support portal during business hours.
        """),
])
def test_people_in_support_hours_or_a_system_response_time_do_not_meet_the_clock(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("response-clock")
    assert f.status is not Status.MET, f.reasons


def test_a_human_reply_as_the_response_meets_the_clock(reviewed: ReviewContract) -> None:
    body = """
        # 七、技术支持
        7.1 开发者可通过工单系统提交技术问题，乙方一般在1个工作日内给予首次响应。
        7.2 首次响应指乙方技术支持人员在工单中给出的第一次人工答复。
        """
    f = reviewed(body, language="zh").finding("response-clock")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("body", [
    # (greenhouse) times counted in the vendor's hours of operation.
    """
        # 9. Support
        9.1 Northwind aims to provide a first response within the following targets, measured during hours of operation except where 24x7 is shown: P1 within 4 hours; P2 within 8 hours.
        """,
    # (marrowgate) when the clock stops: time that is not counted.
    """
        # 9. Support
        9.1 We aim to answer 80% of support calls within 2 minutes of the call reaching our queue; time spent in the phone menu is not counted. We respond to e-mails within 24 hours.
        """,
    """
        # 6. Support
        6.1 Northwind responds to P1 tickets within 1 hour. The clock is paused while Northwind awaits information requested from the Customer.
        """,
])
def test_hours_of_operation_or_when_the_clock_stops_meet_the_clock(
        reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="en").finding("response-clock")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("body", [
    # (samsara) requests "received" only as a volume, not a moment the clock starts.
    """
        # 6. Support
        6.1 Northwind will respond to support requests as quickly as it reasonably can; response times depend on the nature of the request and the volume of requests received.
        """,
    # (lumenline) an event's "start", not a clock that starts.
    """
        # 4. Event Support
        4.1 For Events on Enterprise plans, a Northwind event support specialist answers support requests by live chat from one hour before the scheduled start of the Event until the end of the Event.
        """,
])
def test_a_volume_received_or_an_event_start_is_no_clock(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="en").finding("response-clock")
    assert f.status is Status.MISSING, f.reasons
