"""support-hours: a clause must say when support is given, not only how (wordings of the real-world corpus)."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    # (splashtop) "Support is available through ..." names channels, not hours.
    """
        # 5. Support
        5.1 Northwind will provide You with technical support for the Services in accordance with the Northwind support policy published on its website. Support is available through the support ticket form and by e-mail; phone support is available only for Enterprise customers.
        """,
    # (lockridge, divio) channels or support tiers with no word on when.
    """
        # 10. Support
        10.1 We provide customer support through our support website, by e-mail and in our community forum. Business customers can also contact support from the administration console.
        """,
])
def test_support_channels_without_hours_do_not_address_support_hours(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="en").finding("support-hours")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize(("language", "body", "status"), [
    # The item's own loose "when" still addresses it.
    ("en", """
        # 4. Support
        4.1 Support is available as needed.
        """, Status.VAGUE),
    ("en", """
        # 4. Support
        4.1 Support is available Monday to Friday, 9:00 to 17:00 Central European Time, and 24x7 for Severity 1 incidents.
        """, Status.MET),
    ("zh", """
        # 四、技术支持
        4.1 乙方提供7×24小时技术支持服务。
        """, Status.MET),
])
def test_support_hours_still_found(reviewed: ReviewContract, language: str, body: str, status: Status) -> None:
    f = reviewed(body, language=language).finding("support-hours")
    assert f.status is status, f.reasons
