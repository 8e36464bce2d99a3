"""support-channels: a channel promised but not named ("在技术支持期限内通过指定方式获得指定范围内的技术
支持服务", the licence template of many Chinese CMS vendors; "请联系我们的客户支持"; "开发者应联系平台技术
支持") addresses the item, whatever the relevance model (out of fold) makes of it, and is vague; an
offer to sell support ("您可以联系我购买商业技术支持") is no channel."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 二、协议许可的权利
    2.4 取得商业授权后，您可以将本软件用于商业用途，并可在技术支持期限内通过指定方式获得指定范围内的技术支持服务。
    """,
    """
    # 三、接入数量
    3.2 所购最高接入数量与实际不符的，请联系我们的客户支持，我们将协助核查。
    """,
    """
    # 四、全球一体化方案
    4.1 确定使用全球一体化方案后，开发者应联系平台技术支持，提供产品名称和开发者中心登录帐号。
    """,
])
def test_an_unnamed_channel_is_vague(reviewed: ReviewContract, doubting: RelevanceModel, body: str) -> None:
    f = reviewed(body, language="zh").finding("support-channels")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_an_offer_to_sell_support_is_no_channel(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    f = reviewed("""
        # 六、免责声明
        6.1 我没有为该软件提供任何技术支持的义务，您可以联系我购买商业技术支持。
        """, language="zh").finding("support-channels")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_a_named_channel_beside_it_is_met(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    f = reviewed("""
        # 三、技术支持
        3.1 如遇故障，请联系我们的技术支持，可拨打7×24小时热线400-800-1234或提交工单。
        """, language="zh").finding("support-channels")
    assert f.status is Status.MET, (f.status, f.reasons)
