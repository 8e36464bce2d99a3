"""data-residency (zh): data kept in the country or in the customer's data centre, in other words,
meets the item: 国外/海外 as well as 境外 ("甲方的全部数据既不会存放在国外的数据中心"), 带出/传出 as
well as 带离 ("乙方不得复制、下载或将其带出甲方数据中心"), and the customer's own "or rented" servers
("许可软件安装在甲方自有或租用的服务器上"). Data kept at the customer's premises (场所) names no
place to store it: addressed, vague ("不得带出甲方场所")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "乙方不会向任何第三方泄露甲方数据。甲方的全部数据既不会存放在国外的数据中心，也不会用于国外业务。",
    "对甲方数据，乙方不得复制、下载或将其带出甲方数据中心。",
    "许可软件安装在甲方自有或租用的服务器上，甲方的业务数据由甲方自己存储和管理。",
])
def test_kept_in_other_words_meets_zh(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第七条 数据安全
        7.2 {clause}
        """, language="zh").finding("data-residency")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_kept_at_the_premises_is_vague_zh(reviewed: ReviewContract, doubting: object) -> None:
    f = reviewed("""
        # 第七条 数据安全
        7.2 甲方的业务数据和日志，乙方不得复制，也不得带出甲方场所。
        """, language="zh").finding("data-residency")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
