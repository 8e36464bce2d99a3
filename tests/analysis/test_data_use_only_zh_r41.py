"""data-use (zh): the vendor's "only to provide the service" limit with 只 for 仅, and 不作他用.

Chinese contracts write the limit on use as often with 只 as with 仅: "乙方只为向甲方
提供本服务而处理甲方数据", "这些资料乙方只用于问题诊断", "我们处理客户数据只是为了向你
提供本服务", "只将这些信息用于提供认证服务", "只在提供服务所必需的范围内处理", and "不作
他用" for 不得用于其他目的. The item's wording knew only 仅用于, 仅将, 仅为…目的, so such a
clause was vague or not found at all (the model often scores a passing line of a support
clause low): a binding limit on use is met, however low the model scores it.
Not the customer's own duty ("开发者通过接口取得的数据，只能用于…", "您只能为…而使用"), nor
a mutual confidentiality clause ("接收方只能为履行本协议而使用对方的保密信息"), nor a limit
that lets the vendor improve its products ("只为提供或改进产品或服务而共享").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "维护中甲方提交的日志和数据样本，乙方只用于定位该故障，并在工单关闭后15日内删除。",
    "乙方处理甲方上传的录音，只为向甲方提供转写服务，不作他用。",
    "我们处理客户数据只是为了向客户提供本平台服务，不会把客户数据卖给任何第三方。",
    "甲方数据归甲方所有，乙方只能为履行本合同而处理这些数据，不得将其用于任何商业目的。",
    "对甲方提交的证件信息，乙方只将这些信息用于开通账号和提供本服务。",
])
def test_only_limit_meets_zh(reviewed: ReviewContract, model: str, clause: str) -> None:
    f = reviewed(f"""
        # 第八条 技术支持
        8.1 乙方通过工单系统受理甲方的技术支持请求。
        8.2 {clause}
        """, language="zh").finding("data-use")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    "开发者通过开放接口取得的设备数据，只能用于向最终用户提供服务，不得出售。",
    "接收方只能为履行本协议而使用对方的保密信息，并只向需要知悉的员工披露。",
    "乙方只为提供或改进产品和服务而分析甲方上传的数据。",
])
def test_not_the_vendors_limit_zh(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第八条 数据
        8.1 {clause}
        """, language="zh").finding("data-use")
    assert f.status is not Status.MET, f.reasons
