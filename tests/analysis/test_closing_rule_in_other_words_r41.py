"""ticket-closure: the rule for when a ticket closes, in other words.

"工单处理完成后，须由报障的使用单位确认才能关闭" closes only on the customer's confirmation, as
"方可关闭" already did (met); "A Case counts as resolved once any of the following has happened:
..." is the vendor's own closing rule, as "is considered resolved when" already was (addressed,
vague without the customer's confirmation or a right to reopen).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_closed_only_after_confirmation_is_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第八条 运维服务
        8.4 工单处理完成后，须由提出工单的使用单位确认才能关闭。
        """, language="zh").finding("ticket-closure")
    assert f.status is Status.MET, f.reasons


def test_counts_as_resolved_is_addressed(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # 5. Support
        5.3 A Case counts as resolved once any of the following has happened: (a) the question has been answered; (b) a workaround has been provided; (c) the Customer has not replied for five days.
        """).finding("ticket-closure")
    assert f.status is Status.VAGUE, f.reasons
