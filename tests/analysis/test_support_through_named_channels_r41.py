"""support-channels (zh): support given through the channels the sentence names meets the item.

"团协借助开发文档、开发者社区和开放平台工单向开发者提供技术支持", "用户可以打电话或发传真给本公司
技术服务部，直接取得技术支持服务", "本公司通过电话、网络和现场三种途径为用户提供服务响应": a
channel (电话, 传真, 工单, 社区, 邮件, 热线...) and then 提供/取得/获得 技术支持/支持服务/服务响应. Such
sentences had no keyword or were dropped by the relevance model; they are the item's own
wording now (keywords and addressed_by), so they meet it whatever the model says.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

@pytest.mark.parametrize("clause", [
    "乙方借助开发文档、开发者社区和开放平台工单向开发者提供技术支持。",
    "用户可以打电话或发传真给本公司技术服务部，直接取得技术支持服务。",
    "本公司通过电话、网络和现场三种途径为用户提供服务响应，重点帮助用户解决网站运行时的访问问题。",
])
def test_support_through_named_channels_meets_the_item(reviewed: ReviewContract, clause: str, model: str) -> None:
    f = reviewed(f"""
        # 第三条 技术服务
        3.1 {clause}
        """, language="zh").finding("support-channels")
    assert f.status is Status.MET, (f.status, f.reasons)
