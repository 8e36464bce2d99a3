"""Times that are delays, the binding time among hedged ones, and encryption that is only offered."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("body", "language", "minutes"), [
    # An automatic closure after a silence is a delay, not a time to respond in;
    # the hedged call-answering target is not the commitment either.
    ("9.2 We aim to answer 80% of calls within 2 minutes of the call landing in our queue. We respond to e-mails within 24 hours. We close a support case automatically after 72 hours without a response from the customer.",
     "en", 1440),
    ("9.2 在线客服一般在2分钟内接入。工单在24小时内回复。工单24小时后无客户回复的，系统自动关闭。", "zh", 1440),
])
def test_the_binding_time_is_the_response_time(reviewed: ReviewContract, body: str, language: str,
                                               minutes: int) -> None:
    f = reviewed(f"""
        # 9. Customer Support
        {body}
        """, language=language).finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert f.facts["levels"] == [{"level": "all", "minutes": minutes}]
    assert str(minutes // 60) in f.reasons[0].en


def test_hedged_times_alone_that_differ_name_no_single_time(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 9. Customer Support
        9.2 We aim to answer calls within 2 minutes and try to reply to e-mails within 24 hours.
        """).finding("response-times")
    assert f.status is Status.VAGUE
    assert "levels" not in f.facts


@pytest.mark.parametrize(("sentence", "language", "status"), [
    ("6.3 The API supports HTTPS access.", "en", Status.VAGUE),
    ("6.3 The API accepts calls over HTTP or HTTPS.", "en", Status.VAGUE),
    ("6.3 The API only supports HTTPS access; plain HTTP requests are refused.", "en", Status.MET),
    ("6.3 The platform supports HTTPS (TLS 1.2 or later) for all connections.", "en", Status.MET),
    ("6.3 开放接口支持HTTPS协议访问。", "zh", Status.VAGUE),
    ("6.3 接口同时支持HTTP及HTTPS方式调用。", "zh", Status.VAGUE),
    ("6.3 开放接口仅支持HTTPS方式访问。", "zh", Status.MET),
    ("6.3 平台支持HTTPS（TLS 1.2及以上）传输。", "zh", Status.MET),
])
def test_https_offered_is_not_https_required(reviewed: ReviewContract, sentence: str, language: str,
                                            status: Status) -> None:
    f = reviewed(f"""
        # 6. Security
        {sentence}
        """, language=language).finding("encryption")
    assert f.status is status, f.reasons
