# ruff: noqa: E501
"""Round 64: a privacy-rights request answered in so many days ("收到您的请求并核验身份后，我们会在
15个工作日内答复", a Grievance Officer who acknowledges a complaint within 48 hours) is no support
response or resolution time, however sure the relevance model is that the clause gives one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # 7. Your rights
    7.3 Residents of India may contact our Grievance Officer, who will acknowledge a complaint within forty-eight (48) hours and resolve it within one (1) month.
    """, "en"),
    ("""
    # 七、您对个人信息的管理
    7.3 收到您的请求并核验身份后，我们会在15个工作日内答复。
    """, "zh"),
    ("""
    # 六、您的权利
    您可以查询和更正个人信息，也可以申请注销账号。对于您的上述请求，我们将在十五（15）个工作日内作出答复。
    """, "zh"),
])
def test_a_privacy_request_is_no_support_time(reviewed: ReviewContract, body: str, language: str) -> None:
    review = reviewed(body, language=language)
    for item in ("response-times", "resolution-times"):
        f = review.finding(item)
        assert f.status is Status.MISSING, (item, f.status, f.reasons)


def test_a_support_response_time_still_counts(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Support
        3.1 The Provider responds to every support ticket within forty-eight (48) hours.
        """).finding("response-times")
    assert f.status is Status.MET, (f.status, f.reasons)
