"""ticket-closure: closed only on the customer's confirmation, said in passing in a complaint
or support section ("投诉处理结果须经甲方确认后方可结案", "we update you and ask you to accept
resolution of the case"), meets the item whatever the relevance model (out of fold) makes of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("zh", """
        # 三、服务投诉
        3.3 甲方可以通过服务热线投诉，乙方应在3个工作日内提出处理结果；投诉处理结果须经甲方确认后方可结案。
        """),
    ("en", "# 4. Working a case\n"
           "4.2 When the issue is resolved or the question is answered, we update you and ask you to accept"
           " resolution of the case.\n"),
])
def test_closed_on_confirmation_is_met(
        reviewed: ReviewContract, doubting: RelevanceModel, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("ticket-closure")
    assert f.status is Status.MET, (f.status, f.reasons)
