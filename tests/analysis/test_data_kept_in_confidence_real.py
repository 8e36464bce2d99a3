"""The vendor's duty of confidence over the customer's data addresses data-use.

"乙方……对甲方的财务数据负有保密义务", "中州CA对用户提交的信息负有保密义务": the vendor
keeps the customer's data to itself, with no limit on its own use, so the item is
addressed but `vague`, never missing because the relevance model scores such lines low
(`addressed_by`). A duty of confidence over the vendor's own business information is not
about it (LABELLING.md).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "服务商对客户的业务资料承担保密责任。",
    "乙方工程师在现场服务时，对甲方的生产数据负有保密义务。",
    "丙方对用户上传的资料承担保密义务，法律另有规定的除外。",
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_customer_data_kept_in_confidence_is_vague(reviewed: ReviewContract, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        # 一、服务内容
        1.1 乙方向甲方提供财务软件的技术支持服务。
        # 二、乙方责任
        2.1 {clause}
        """, language="zh", fmt=fmt).finding("data-use")
    assert f.status is Status.VAGUE, (clause, f.reasons)


def test_the_vendors_own_information_kept_in_confidence_is_not_about_it(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 一、服务内容
        1.1 乙方向甲方提供财务软件的技术支持服务。
        # 二、保密
        2.1 甲方对乙方的报价及技术资料负有保密义务。
        """, language="zh").finding("data-use")
    assert f.status is Status.MISSING, f.reasons
