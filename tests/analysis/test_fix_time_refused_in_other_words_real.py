"""A fix's time refused in other words addresses resolution-times: vague.

"we do not commit to any completion time", "我司不保证修正的时间": the refusal names
the fix's time in words the item's keywords lacked (completion or correction
time, 修正的时间), so nothing was found and the item was missing. A refusal is
evidence whatever the relevance model thinks of it, so the tests run with a model
that doubts every clause as well as with the shipped one.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 1. Services
        1.1 Acme provides website scanning and malware removal for the sites Customer registers.
        # 2. Malware removal
        2.1 Acme cleans a site until its scanners no longer detect malware; the time needed depends on the site, and Acme does not commit to any completion time.
        """),
    ("zh", """
        # 一、服务内容
        1.1 我司向客户提供结构分析软件的维护订阅服务。
        # 二、程序缺陷
        2.1 经确认属于程序缺陷的，我司将在后续版本中予以修正，并通知客户，但我司不保证修正的时间。
        """),
], ids=["en", "zh"])
def test_a_fix_time_refused_in_other_words_is_vague(reviewed: ReviewContract, model: str, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("resolution-times")
    assert f.status is Status.VAGUE, f.reasons
