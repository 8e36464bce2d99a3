"""encryption: SSL named as the encryption in transit is met, as TLS and HTTPS with no version
are (LABELLING.md); not the customer's SSL traffic, nor "SSL等" (SSL among others)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 3. Security
    - Customer data is encrypted in transit with SSL when you connect to the dashboard.
    """,
    """
    # 十一、安全
    二、 本网站与其用户之间的敏感数据交换，通过SSL安全通信通道进行，并经过加密保护。
    """,
])
def test_ssl_in_transit_is_met(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("encryption")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_ssl_among_others_is_not_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 四、安全
        （1）对许多服务，我们采用SSL等主流安全技术手段加以加密。
        """).finding("encryption")
    assert f.status is not Status.MET, (f.status, f.reasons)
