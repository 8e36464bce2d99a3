# ruff: noqa: E501
"""support-scope (LABELLING.md, settled 7 December 2026, tenth audit): an unmanaged service names
the customer's side of the support boundary: vague where only the customer's duty is stated, met
where what the vendor does support is written out beside it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # 4. Our service
    4.1 Unless we have agreed otherwise in writing, the service we provide is unmanaged. You should therefore keep your own backups.
    """, "en"),
    ("""
    # 一、服务模式
    除另有书面约定外，服务器服务以非托管方式提供。
    """, "zh"),
])
def test_an_unmanaged_service_addresses_the_boundary(reviewed: ReviewContract, body: str, language: str) -> None:
    f = reviewed(body, language=language).finding("support-scope")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_an_unmanaged_service_with_the_customers_side_written_out_is_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 一、服务模式
        除另有书面约定外，服务器服务以非托管方式提供。操作系统、应用程序、防火墙及软件维护均由客户负责。
        """, language="zh").finding("support-scope")
    assert f.status is Status.MET, (f.status, f.reasons)
