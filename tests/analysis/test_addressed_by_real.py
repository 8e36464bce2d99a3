"""Wording that by itself addresses availability, sla-measurement or service-credits
(`ChecklistItem.addressed_by`): a pointer to another document (an SLA on the vendor's
site, the Order Form), round-the-clock availability with no percentage, an availability
promise with its exclusions. Addressed, vague, whatever the relevance model makes of
the clause: out of fold the model often doubts such rarer clauses, so the tests run with
one that doubts every clause, as well as with the shipped one. Wordings of the
real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


# A cloud user agreement that points to the per-product SLA for everything measurable.
ZH_POINTERS = """
    # 第八条 服务保障
    8.1 云帆将尽力保障云服务的稳定运行。各云产品的服务可用性指标、不可用时间的认定及其计算方法，以云帆官网公布的相应产品《服务等级协议》为准。
    8.2 云帆违约的，应按照相应产品《服务等级协议》的约定向您承担违约责任；云帆依据该等约定向您作出的赔偿，为云帆就服务未达标向您承担的全部责任。
    # 第九条 其他
    9.1 本协议自您点击同意之日起生效。
    """


@pytest.mark.parametrize("item", ["sla-measurement", "service-credits"])
def test_a_pointer_to_the_sla_addresses_the_item(reviewed: ReviewContract, model: str, item: str) -> None:
    f = reviewed(ZH_POINTERS, language="zh").finding(item)
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("body", [
    """
    # 5. Service Levels
    5.1 Response times are a service level of the support subscription. The availability of the Platform itself, and the remedies for its unavailability, are set out in the Service Level Policy, and not in this guide.
    """,
    """
    # 5. Cloud Services
    5.1 Service levels for the availability of the Harbourline cloud services, if any, are those set out in the Order Form.
    """,
])
def test_availability_set_out_elsewhere_is_addressed(reviewed: ReviewContract, model: str, body: str) -> None:
    f = reviewed(body).finding("availability")
    assert f.status is Status.VAGUE, f.reasons


def test_a_pointer_without_the_items_words_is_no_pointer(reviewed: ReviewContract, model: str) -> None:
    # "the available parameters are described in the API reference": no availability.
    f = reviewed("""
        # 3. API
        3.1 Each request is an HTTP POST with the required parameters in the body. The available parameters and their formats are described in the API reference.
        """).finding("availability")
    assert f.status is Status.MISSING, f.reasons


def test_a_doubted_clause_without_a_pointer_still_goes(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    # The model's veto stands where the clause points nowhere.
    f = reviewed("""
        # 八、服务保障
        8.1 云帆违约的，应向您承担违约责任并赔偿您因此遭受的直接损失。
        """, language="zh").finding("service-credits")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize("body", [
    """
    # 三、服务内容
    3.1 乙方保证平台接口7×24小时可调用。验证码短信提交成功后，原则上在10秒内提交至运营商网关。
    """,
    """
    # 四、服务保障
    4.1 寻客通将尽最大努力确保服务的连续性和稳定性，力争为用户提供7×24小时不间断的服务。
    """,
    """
    # 三、服务提供
    3.1 乙方将尽商业上合理的努力使本服务每周7天、每天24小时可用，但下列情形除外：（一）计划内停机；（二）不可抗力。
    """,
])
def test_round_the_clock_availability_without_a_percentage_is_addressed(
        reviewed: ReviewContract, model: str, body: str) -> None:
    f = reviewed(body, language="zh").finding("availability")
    assert f.status is Status.VAGUE, f.reasons


def test_round_the_clock_support_is_no_availability(reviewed: ReviewContract, model: str) -> None:
    f = reviewed("""
        # 五、技术支持
        5.1 乙方7×24小时提供电话技术支持，工作时间内提供邮件支持。
        """, language="zh").finding("availability")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 3. Our Obligations
        3.1 Supplier will make the Services available to Client under these Terms and the plan Client has purchased, except for planned maintenance and circumstances beyond Supplier's reasonable control.
        """),
    ("zh", """
        # 四、证书状态服务
        4.1 证书状态查询服务7×24小时提供，因系统维护、升级、网络运营商线路故障或不可抗力等原因暂停的除外。
        """),
])
def test_an_availability_promise_with_its_exclusions_is_kept(
        reviewed: ReviewContract, model: str, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("sla-measurement")
    assert f.status is Status.VAGUE, f.reasons
