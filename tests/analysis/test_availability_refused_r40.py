"""availability: an availability level the vendor refuses in so many words is addressed (vague).

"The public service costs nothing and comes as is, with no uptime guarantee",
"对于平台在甲方环境中的可用率，乙方不作承诺", "乙方不对本系统的运行可用率作出承诺": the
clause speaks of availability and refuses a level, so the item is addressed with no
commitment (vague), however low the relevance model scores such disclaimers (so also with
a model that doubts every clause). The negation already read these words, but only in a
clause the model kept.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_no_uptime_guarantee_is_addressed(reviewed: ReviewContract, model: str) -> None:
    f = reviewed("""
        # 5. Community Edition
        5.1 Help with self-hosted installations is given in the community forum only. The hosted community service is free and provided as is, with no uptime guarantee.
        """).finding("availability")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("clause", [
    "本平台采用私有化部署，在甲方自有机房中运行。对于平台在甲方环境中的可用率，乙方不作承诺。",
    "本系统部署在甲方服务器上，乙方不对本系统的运行可用率作出任何承诺。",
])
def test_availability_refused_is_addressed_zh(reviewed: ReviewContract, clause: str, model: str) -> None:
    f = reviewed(f"""
        # 第五条 部署
        5.1 {clause}
        """, language="zh").finding("availability")
    assert f.status is Status.VAGUE, f.reasons
