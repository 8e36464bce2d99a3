"""compatibility: a product said to support or run on named platforms ("本软件支持飞腾、
鲲鹏及龙芯处理器平台", "the plugin supports WordPress 5.0 or later", "客户端（包括iOS及
Android应用版本）") addresses the item whatever the relevance model makes of a
clause mostly about something else (`addressed_by`); the tests run with a model
that doubts every clause, as well as with the shipped one. The operating-system
information a privacy notice collects ("操作系统信息") names no platform: 统信 is
not read inside 系统信息."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.fixture
def doubt() -> float:
    """The doubting model's probability here (tests/analysis/conftest.py): below
    `matching.STRONG_FLOOR`, so not even the item's heading or two of its keywords hold."""
    return 0.03


@pytest.mark.parametrize(("language", "body"), [
    ("zh", """
    # 第四条 产品说明
    4.1 本软件支持飞腾、鲲鹏及龙芯处理器平台，乙方保证本软件在附件所列型号的终端上正常运行。
    """),
    ("zh", """
    # 一、定义
    1.1 移动办公：指云帆公司提供的移动办公管理工具，具体指移动办公客户端（包括iOS及Android应用版本）及其提供的应用服务。
    """),
    ("en", """
    # 3. The Firewall
    3.1 The Firewall works with any website whose DNS you can change. The Vendor plugin supports WordPress 5.0 or later.
    """),
])
def test_named_platforms_supported_are_addressed(reviewed: ReviewContract, model: str, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("compatibility")
    assert f.status is not Status.MISSING, f.reasons


def test_operating_system_information_collected_names_no_platform(
        reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    f = reviewed("""
        # 六、信息收集
        6.1 为向您提供更好的服务，我们可能自动收集您的设备及浏览器信息，包括但不限于您的账户、操作系统信息、IP地址及访问的页面。
        """, language="zh").finding("compatibility")
    assert f.status is Status.MISSING, f.reasons
