"""Where the data stays, told in words the relevance model rarely sees: data-residency.

The customer's data kept on its own systems ("the source code it scans remains on the
Customer's systems", "不得将甲方的业务数据……复制或带离甲方场所") addresses the item with no
region (`vague`, LABELLING.md); the region the customer chooses or sets ("将域名的加速区域设置为
“仅中国大陆”", "请选择与用户所在地相近的节点") addresses it, and names the region where it
does. Both were dropped as off-topic by the model (`addressed_by` keeps them).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_data_kept_on_the_customers_systems_is_vague(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 5. Scanning
        5.1 Scan findings and the files the agent inspects stay within the Customer's own infrastructure.
        """, fmt=fmt).finding("data-residency")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_data_not_taken_off_the_customers_premises_is_vague(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 三、现场服务
        3.1 乙方工程师不得将甲方的图纸资料拷贝或带离甲方场所。
        """, language="zh", fmt=fmt).finding("data-residency")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_region_the_customer_sets_is_met(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 三、接入
        3.1 开发者可在初始化时将上报节点设置为新加坡或法兰克福。
        """, language="zh", fmt=fmt).finding("data-residency")
    assert f.status is Status.MET, f.reasons
