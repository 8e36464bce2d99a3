"""availability: a percentage committed in one sentence, the period it is measured over
given only by the contract's own formula for it, in the same clause or another
("shall be available 99.50% of the time." / "Availability is calculated per calendar
month as ..."; "可用性 =（服务周期总分钟数 − 不可用分钟数）÷ 服务周期总分钟数 × 100%。…承诺…
不低于99.95%。"): met. Without any period it stays vague."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 2. Availability
        2.1 The Hosted Platform shall be available 99.8% of the time. The Provider will monitor its environments.
        # 5. Measurement
        5.1 Availability is calculated per calendar month as total minutes less Downtime, divided by total minutes.
        """),
    ("zh", """
        # 三、服务可用性
        3.1 服务可用性 =（服务周期总分钟数 − 不可用分钟数）÷ 服务周期总分钟数 × 100%。服务方承诺可用性不低于99.9%。
        """),
])
def test_the_formula_gives_the_period(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("availability")
    assert f.status is Status.MET, f.reasons


def test_no_period_anywhere_stays_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Availability
        2.1 The Hosted Platform shall be available 99.8% of the time.
        2.2 Downtime excludes scheduled maintenance announced at least 48 hours in advance.
        """).finding("availability")
    assert f.status is Status.VAGUE, f.reasons
