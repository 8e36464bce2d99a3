"""A fact given in the items of a list that a paragraph introduces.

"If the Processor becomes aware of a Personal Data Breach, it shall:" over "(a) notify the Customer
within 48 hours;" / "(b) take reasonable steps to contain it.": the paragraph names the item (its
keywords), the list item gives the notice and its time (no keyword there). A candidate paragraph
ending in a colon that states none of its requirement's facts is read with the items of its list,
as with the rows of a table it introduces. Before, the breach notice was vague ("states no time
limit"), or vague with its 24 hours when the model proposed the item on its own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_notice_in_a_list_item(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 9. Data Breach
        9.1 If the Processor becomes aware of a Personal Data Breach, it shall:
        (a) notify the Customer within 48 hours;
        (b) take reasonable steps to contain it.
        """, fmt=fmt).finding("security-incident")
    assert f.status is Status.MET, (f.facts, f.reasons)
    assert f.facts.get("hours") == 48


def test_zh_notice_in_a_list_item(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第九条 安全事件
        9.1 乙方发现甲方数据发生泄露的，应当：
        （1）在24小时内书面通知甲方；
        （2）立即采取措施防止损失扩大。
        """, language="zh").finding("security-incident")
    assert f.status is Status.MET, (f.facts, f.reasons)
    assert f.facts.get("hours") == 24


def test_a_hedged_item_stays_hedged(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 9. Data Breach
        9.1 If the Processor becomes aware of a Personal Data Breach, it shall:
        (a) use reasonable efforts to notify the Customer within 48 hours;
        (b) take reasonable steps to contain it.
        """).finding("security-incident")
    assert f.status is not Status.MET, (f.facts, f.reasons)
