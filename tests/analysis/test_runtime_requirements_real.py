"""compatibility: what the software needs to run, as a condition of its use ("在
符合本软件最低运行要求的服务器环境中使用", "按照文档所列的运行环境要求部署"), SDKs
offered for several platforms ("提供跨平台推流端、播放端SDK"), client libraries
("can be used with the client libraries listed in the Documentation"): the item
is addressed, vague without the platforms named. Such lines stand in licence
grants and product descriptions, which out of fold the relevance model doubts:
the tests run with a model that doubts every clause, as well as with the shipped one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.fixture
def doubt() -> float:
    """The doubting model's probability here (tests/analysis/conftest.py): below
    `matching.STRONG_FLOOR`, so not even the item's heading or two of its keywords hold."""
    return 0.03


@pytest.mark.parametrize("body", [
    """
    # 二、授权范围
    2.1 用户只能在符合本软件最低运行要求的授权服务器环境中，并在授权范围内使用本软件的功能，不得超出授权范围使用。
    """,
    """
    # 三、SDK
    3.1 乙方提供功能丰富的跨平台推流端、播放端SDK工具包，帮助甲方对接原有业务、缩短上线周期。
    """,
])
def test_runtime_requirements_address_the_item(reviewed: ReviewContract, model: str, body: str) -> None:
    f = reviewed(body, language="zh").finding("compatibility")
    assert f.status is Status.VAGUE, f.reasons


def test_client_libraries_listed_elsewhere_address_the_item(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Client libraries
        4.1 The Cloud Services can be used with the open-source client libraries listed in the Documentation.
        """).finding("compatibility")
    assert f.status is Status.VAGUE, f.reasons
