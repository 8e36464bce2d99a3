"""data-residency: where the data may go, in more Chinese forms, addresses the item (vague).

The location left to the customer ("数据保存在您自己配置的对象存储中，存储位置由您自主选择"),
software run on infrastructure the customer owns or picks ("软件部署在客户自有的或由客户选定的
基础设施上"), and data possibly processed outside the user's country ("您的信息可能在您所在
国家或地区之外被处理和存储", 之外 as well as 以外): no region is committed, so vague, however
low the relevance model scores such lines (so also with a model that doubts every clause).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "本产品的数据保存在您自行配置的对象存储中，存储位置由您自主选择。",
    "本软件部署在客户自有的或由客户选定的基础设施上，客户的业务数据由客户自行管理。",
    "为向您提供会议服务，您的信息可能在您所在国家或地区之外被处理和存储。",
])
def test_location_left_open_is_addressed(reviewed: ReviewContract, clause: str, model: str) -> None:
    f = reviewed(f"""
        # 第六条 其他约定
        6.1 {clause}
        """, language="zh").finding("data-residency")
    assert f.status is Status.VAGUE, f.reasons
