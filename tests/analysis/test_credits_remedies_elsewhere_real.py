"""service-credits: the remedies for an outage named and left to another document ("the
remedies for its unavailability are set out in the Service Level Policy", "本SLA还载有…
服务中断时客户享有的权利和补救措施") address the item whatever the relevance model says of
the clause; with no schedule, vague. Wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_remedies_for_unavailability_set_out_elsewhere_are_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Scope of this Guide
        4.1 This guide describes how Brookvale's support team handles tickets, and the hours in which it works.
        4.2 The uptime of the hosting platform, and the remedies for outages of it, are set out in the Hosting Policy, not in this guide.
        """).finding("service-credits")
    assert f.status is Status.VAGUE, f.reasons


def test_remedies_for_interruptions_named_are_vague_zh(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 一、适用范围
        1. 本附件适用于乙方向甲方提供的在线考试平台服务。
        2. 本附件亦说明平台发生故障导致服务中断时，甲方享有的权利和补救措施。
        """, language="zh", title="服务级别附件").finding("service-credits")
    assert f.status is Status.VAGUE, f.reasons
