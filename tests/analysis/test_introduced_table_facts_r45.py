"""A fact given in the rows of a table that a paragraph introduces, and a half year after the year.

"Each major release is supported as follows:" over "Phase | Duration" / "Full support | 18 months
from General Availability": the paragraph says what the rows are (the item's keywords are there),
the rows give the figure (no keyword there). A paragraph that states none of its requirement's facts
is read with the rows of the table it introduces, each row whole (not for percentages, whose tables
`percentages` reads with their plans and credit bands). Before, the paragraph was vague ("states no
support period") and the rows were never read.

"提供一年半的维护": the half after the year is eighteen months (as "一个半小时" is ninety minutes);
before, twelve.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.facts import months
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_lifecycle_table_introduced(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 6. Product Lifecycle
        6.1 Each major release is supported as follows:
        | Phase | Duration |
        | Full support | 18 months from General Availability |
        | Extended support | 12 months after Full support ends |
        """, fmt=fmt).finding("version-support-window")
    assert f.status is Status.MET, (f.facts, f.reasons)
    assert f.facts.get("months") == 18


def test_zh_lifecycle_table_introduced(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第六条 产品生命周期
        6.1 每个主版本的支持期限如下：
        | 阶段 | 期限 |
        | 标准支持 | 自发布之日起18个月 |
        | 延长支持 | 标准支持结束后12个月 |
        """, language="zh").finding("version-support-window")
    assert f.status is Status.MET, (f.facts, f.reasons)
    assert f.facts.get("months") == 18


def test_a_paragraph_with_its_own_figure_keeps_it(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 6. Versions
        6.1 Each major release is supported for 24 months after its release, as follows:
        | Phase | Duration |
        | Full support | 18 months from General Availability |
        | Extended support | 6 months after Full support ends |
        """).finding("version-support-window")
    assert f.facts.get("months") == 24


def test_a_year_and_a_half() -> None:
    assert [h.value for h in months("乙方对每个主版本提供一年半的维护")] == [18]
    assert [h.value for h in months("两年半")] == [30]
    assert [h.value for h in months("2028年半")] == []  # a calendar year
