# ruff: noqa: E501
"""credits-not-sole-remedy: the customer's other claims left standing in other words meet the
item: "The Customer's other statutory claims ... are not affected", "The fee reduction does not
affect any further statutory claims", "Service credits do not affect any other right or remedy",
"上述延长不影响甲方依本协议追究乙方违约责任", "…但客户…追究违约责任的权利不受影响"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 5. Credits
        5.3 The Customer's other statutory claims, in particular claims for damages under the General Terms, are not affected; any credit is set off against them.
        """),
    ("en", """
        # 7. Fee reduction
        7.2 The fee reduction does not affect any further statutory claims of Customer, including claims for damages within the limits of section 13.
        """),
    ("en", """
        # 5. Service Credits
        5.5 Other remedies. Service credits do not affect any other right or remedy that Partner may have under the Agreement or by law.
        """),
    ("zh", """
        # 六、服务补偿
        6.2 标注平台因乙方原因不能使用的，乙方按不能使用时长的2倍延长甲方的平台使用期。上述延长不影响甲方依本协议追究乙方违约责任。
        """),
    ("zh", """
        # 附件三、服务等级
        3.4 本服务等级协议不提供服务费减免，也不提供其他形式的补偿，但客户依据本协议主文追究乙方违约责任的权利不受影响。
        """),
])
def test_other_claims_left_standing_meet_the_item(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("credits-not-sole-remedy")
    assert f.status is Status.MET, (f.status, f.reasons)
