# ruff: noqa: E501
"""data-use (LABELLING.md, settled 7 December 2026, fourth audit): a limit beside a right over
usage or technical data the service produces, to improve and develop the products, is met; the
same right over the customer's content, or training models, outweighs the limit (vague). A refused
improvement ("不使用客户内容训练模型或改进服务") is a limit, not a grant."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_usage_data_for_improvement_beside_a_limit_is_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 7. Data
        7.1 The Provider uses Customer Data only to the extent needed to provide the Services to You.
        7.4 The Provider may gather technical and usage data on how the Services are used and may use it, in de-identified, aggregated form, to maintain, improve and develop its products and services.
        """).finding("data-use")
    assert f.status is Status.MET, (f.status, f.reasons)


@pytest.mark.parametrize("grant", [
    "We use Content to run, provide, develop and improve the Services, and we may put together aggregate statistics on how the Services are used.",
    "Usage Data, and de-identified, aggregated data derived from Customer Data, may be used by us to run, improve and develop our products, including machine-learning features.",
])
def test_content_or_training_outweighs_the_limit(reviewed: ReviewContract, grant: str) -> None:
    f = reviewed(f"""
        # 4. Data
        4.1 We will not sell Customer Data.
        4.2 {grant}
        """).finding("data-use")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_a_refused_improvement_is_a_limit(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 一、数据使用
        1.5 岱拓不使用客户内容训练模型或改进服务。
        """, language="zh").finding("data-use")
    assert f.status is Status.MET, (f.status, f.reasons)
