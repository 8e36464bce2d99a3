"""A response promised with no time addresses response-times: vague.

"对用户的咨询和投诉及时作出回应", "对这些用户提交的工单，开发者依旧要给予及时的响应",
"处理方式: 及时响应", "故障联系人在查明故障后及时进行反馈": responses in the training
data come with times, so the relevance model scores such a clause low and
dropped it (missing); the labels read it as addressed without a time. The
item's `addressed_by` wording keeps it, and "及时反馈" is a response word.
So does support by reference only ("Support ... is provided as described in the
Customer Terms of Service"): the times are the other document's. The tests run
with a model that doubts every clause as well as with the shipped one. The
customer's own replies ("甲方应及时答复乙方的询问") are not the vendor's.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "服务商应当公布有效的客服联系方式，并对用户的咨询和投诉及时作出回应。",
    "乙方为付费用户提供售后故障服务，并保证付费用户能够联系到故障联系人；故障联系人在查明故障后及时进行反馈。",
    "已下架的版本仍有用户在使用的，对这些用户提交的工单，服务商依旧要给予及时的响应和服务。",
], ids=["answer", "feedback", "tickets"])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_response_promised_without_a_time_is_vague(reviewed: ReviewContract, model: str, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        # 一、服务内容
        1.1 乙方向用户提供内容分发网络加速服务。
        # 二、客户服务
        2.1 {clause}
        """, language="zh", fmt=fmt).finding("response-times")
    assert f.status is Status.VAGUE, (clause, f.reasons)


def test_the_customers_own_replies_are_not_the_vendors(reviewed: ReviewContract, model: str) -> None:
    f = reviewed("""
        # 一、服务内容
        1.1 乙方向甲方提供内容分发网络加速服务。
        # 二、配合
        2.1 甲方应指定联系人，并及时答复乙方关于域名备案的询问。
        """, language="zh").finding("response-times")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize("clause", [
    "Support for the products above is provided as described in the Customer Terms of Service for the edition purchased.",
    "Acme provides support to Customer's named Support Contacts as described in the Service Level Agreement published on its website.",
], ids=["provided", "provides"])
def test_support_by_reference_only_is_vague(reviewed: ReviewContract, model: str, clause: str) -> None:
    f = reviewed(f"""
        # 1. Order
        1.1 Customer orders the Enterprise edition of the Acme analytics platform for a term of twelve months.
        # 2. Support
        2.1 {clause}
        """).finding("response-times")
    assert f.status is Status.VAGUE, (clause, f.reasons)


def test_a_privacy_request_answered_promptly_is_no_support_response(reviewed: ReviewContract, model: str) -> None:
    # The privacy exclusions do not hold off a clause the addressed_by wording keeps,
    # so the wording itself leaves privacy requests out.
    f = reviewed("""
        # 一、个人信息
        1.1 我们仅为提供本服务之目的处理用户的个人信息。
        1.2 我们将及时答复用户关于个人信息查阅、更正和删除的请求。
        """, language="zh").finding("response-times")
    assert f.status is Status.MISSING, f.reasons
