"""data-use: the vendor's refusal to use the customer's data, in other words, meets the item.

Vendors keep the customer's data from any other use without the words the item's
keywords knew: "X neither accesses nor uses what is stored on the servers", "is
neither logged nor stored by us", "is never stored by us", "are not used by us for
any purpose other than ...", and in Chinese "只能用于完成本协议约定的服务，不得挪作他用",
"不得将其用于本合同之外的任何目的" (任何 between 的 and 目的).
Such a clause was not found, and the item was judged on a weaker clause (vague) or
not at all: a binding limit on use is met.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "Acme neither accesses nor uses the content Customer stores on its virtual machines, save where Customer asks Acme to fix a fault.",
    "The contents of files Customer uploads are not used by us for any purpose other than generating thumbnails and previews for Customer.",
    "Call audio and screen-sharing data is never stored by us on any of our servers.",
])
def test_refusal_in_other_words_meets_en(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 7. Customer Data
        7.1 {clause}
        """).finding("data-use")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    "乙方工程师在维护中接触到的甲方网络配置，只能用于完成本合同约定的服务，不得挪作他用，也不得带出甲方机房。",
    "对维护中接触到的甲方网络拓扑、设备配置等信息，乙方负有保密义务，并不得将其用于本合同之外的任何目的。",
])
def test_refusal_in_other_words_meets_zh(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第九条 保密
        9.1 {clause}
        """, language="zh").finding("data-use")
    assert f.status is Status.MET, f.reasons
