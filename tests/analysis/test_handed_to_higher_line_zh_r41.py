"""escalation-path (zh): a case handed on to a higher line in more verbs addresses the item.

"技术支持人员视问题的复杂程度，将工单移交二线技术团队或研发团队处理", "处理故障时，乙方会视需要协调研发团队
参与": 移交, 交由, 转由 and 协调 as well as 转交/提交/上报 (keywords and addressed_by, as a case handed
on was already read), left to the vendor's view of the case (视…), so vague.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "问题处理：乙方技术支持人员视问题的复杂程度，将工单移交二线技术团队或研发团队处理。",
    "处理故障时，乙方会视需要协调研发团队参与。",
])
def test_handed_to_a_higher_line_is_addressed(reviewed: ReviewContract, clause: str, model: str) -> None:
    f = reviewed(f"""
        # 第六条 技术支持
        6.2 {clause}
        """, language="zh").finding("escalation-path")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
