"""response-times: "不会超过4小时", "不应超过", "将不会超过" are limits, as "不超过" and "不得超过" are.

A ceiling said with a modal between the negation and 超过 was read as an outage threshold
("超过2小时的故障") and dropped, so the level kept no time (out of fold: study +1 -0, check +0).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

pytestmark = pytest.mark.usefixtures("unsure")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("ceiling", ["不超过", "不会超过", "不应超过", "将不会超过", "不能超过"])
def test_a_ceiling_with_a_modal_is_a_time(reviewed: ReviewContract, fmt: str, ceiling: str) -> None:
    f = reviewed(f"""
        # 5. 技术支持
        5.1 紧急问题的响应时间{ceiling}1小时，一般问题的响应时间{ceiling}4小时。
        """, fmt=fmt, language="zh").finding("response-times")
    assert f.status is Status.MET, (f.status, f.reasons)
    assert f.facts.get("levels") == [{"level": "紧急", "minutes": 60}, {"level": "一般", "minutes": 240}], f.facts


def test_a_threshold_is_still_no_time(reviewed: ReviewContract) -> None:
    """An outage "超过2小时" defines a level; it is not the level's response time."""
    f = reviewed("""
        # 5. 技术支持
        5.1 故障持续超过2小时的，为一级故障；乙方在30分钟内响应一级故障。
        """, language="zh").finding("response-times")
    assert f.facts.get("levels") == [{"level": "一级", "minutes": 30}], f.facts
