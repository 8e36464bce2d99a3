"""sla-measurement, service-credits and availability: wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 3. Our Obligations
        3.1 Supplier will provide the Services in accordance with this Agreement and will use commercially reasonable efforts to keep the Services available 24 hours a day, 7 days a week, except for planned maintenance.
        """),
    ("zh", """
        # 三、服务提供
        3.1 乙方将尽商业上合理的努力使本服务每周7天、每天24小时可用，但下列情形除外：（a）计划内停机，乙方将提前通知；（b）不可抗力。
        """),
    ("zh", """
        # 三、服务承诺
        3.1 乙方保证应用系统全年正常运行率至少99%（不可抗力因素除外）。
        """),
])
def test_an_availability_promise_with_its_exclusions_addresses_the_measurement(
        reviewed: ReviewContract, language: str, body: str) -> None:
    # The exclusion list without a method: addressed, vague (LABELLING.md).
    f = reviewed(body, language=language).finding("sla-measurement")
    assert f.status is Status.VAGUE, f.reasons

