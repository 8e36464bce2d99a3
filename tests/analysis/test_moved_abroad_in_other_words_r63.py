# ruff: noqa: E501
"""data-residency: a region named, undone by data moved abroad in other words ("countries other
than the one you live in", 可能被转移至加拿大境外的国家), is vague; a region the customer chooses
to use (选用) holds whatever the transfer clause says."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 8. Where we store data
    8.1 The Platform and its data are hosted in the United States. Your Personal Information may be moved to, and processed in, countries other than the one you live in.
    """,
    """
    # 二、数据存储
    您的个人信息存储于美国的服务器上，并可能被转移至加拿大境外的国家进行处理和存储。
    """,
])
def test_a_region_moved_abroad_is_vague(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("data-residency")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_a_region_the_customer_chooses_to_use_holds(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 六、数据存储
        6.1 我们收集和产生的个人信息，均存储于中国境内。如果您所在的企业组织用户选用了海外数据中心，或者需要将个人信息传输至境外，我们会依照法律法规的规定办理。
        """).finding("data-residency")
    assert f.status is Status.MET, (f.status, f.reasons)
