"""version-support-window: a release's support by its length in other words: "offers
mainstream maintenance lasting seven (7) years from the date the release is made
generally available", "下线公告发出后，原版本仍可继续使用至少3个月". Each states how
long a version is supported, met with its months, also where the relevance model is
unsure of the clause (it then needs a keyword to be found at all)."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body", "months"), [
    ("en", """
    # 1. Maintenance
    1.1 For every release of its core business software, the Vendor offers mainstream maintenance lasting seven (7) years from the date the release is made generally available.
    """, 84),
    ("zh", """
    # 第六条 模型版本
    6.3 我们下线任一模型或快照版本前，会至少提前30日以控制台公告和邮件方式通知您；下线公告发出后，原版本仍可继续使用至少3个月。
    """, 3),
], ids=["maintenance-lasting-en", "kept-usable-zh"])
@pytest.mark.usefixtures("unsure")
def test_a_support_length_in_other_words_meets(reviewed: ReviewContract, language: str, body: str, months: int) -> None:
    f = reviewed(body, language=language).finding("version-support-window")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("months") == months, f.facts
