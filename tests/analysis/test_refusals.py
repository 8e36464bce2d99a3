"""A refusal addresses the item: the vendor declining to commit is the answer, `vague`.

"We do not warrant that the Service will be uninterrupted" and
"不保证服务不会中断" name no availability keyword, yet they are what a
reviewer cites for availability: the vendor refuses the commitment. A
binding percentage elsewhere still meets the item.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "clause"), [
    ("en", "12.2 Disclaimer. Except as expressly stated in this Agreement, Quillon does not warrant that the Service will be uninterrupted, timely or error-free."),
    ("en", "12.2 Customer acknowledges that Quillon cannot guarantee that access to the Platform will be provided without interruption."),
    ("zh", "12.2 鉴于网络服务的特殊性，衡云不保证服务不会中断，也不保证服务的及时性和安全性。"),
    ("zh", "12.2 我们不承诺本服务不间断或无差错。"),
])
def test_no_guarantee_of_uninterrupted_service_is_a_refused_availability(reviewed: ReviewContract, language: str, clause: str) -> None:
    heading = "# 12. Warranties" if language == "en" else "# 十二、免责声明"
    f = reviewed(f"{heading}\n{clause}", language=language).finding("availability")
    assert f.status is Status.VAGUE, f.reasons
    assert f.evidence and ("uninterrupt" in f.evidence[0].text or "interruption" in f.evidence[0].text
                           or "中断" in f.evidence[0].text or "间断" in f.evidence[0].text)


def test_a_binding_percentage_still_meets_availability_beside_the_disclaimer(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Service Levels
        5.1 Quillon will make the Service available 99.9% of the time in each calendar month, measured as set out in this section.
        # 12. Warranties
        12.2 Except as stated in Section 5, Quillon does not warrant that the Service will be uninterrupted or error-free.
        """).finding("availability")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("percent") == 99.9
