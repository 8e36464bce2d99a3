"""service-credits: the remedy for a missed service level in other words than "credit":
"will be credited an amount equal to one average day of the monthly fee", "a one-day
extension of its Subscription for each one-half hour of Unavailability", "每超时1小时扣罚
500元": met."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 4. Remedies
        4.1 If the Provider misses this SLA in a month, the Customer will be credited one average day of the fee.
        """),
    ("en", "# 4. Remedies\n4.1 If Provider fails to meet the Service Level Commitment for a calendar month, the"
           " Customer will receive a one-day extension of its Subscription for each hour of Unavailability.\n"),
    ("zh", """
        # 十五、违约责任
        15.2 乙方响应超过约定时限的，每超时1小时扣罚300元，扣罚金额从质保金中扣除。
        """),
])
def test_a_remedy_in_other_words_is_met(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("service-credits")
    assert f.status is Status.MET, f.reasons
