"""Times that are conditions or later deadlines around a fix, not resolution times.

"一级问题解决之日起3个工作日内提交故障说明" counts from the day of the fix (a report's deadline, as
"解决后" does); "10分钟内恢复不了的，转到备用会议号" and "两（2）小时内仍不能恢复的，派遣技术人员到现场"
are conditions (the fix not done in time), as "4小时内未恢复" is. The resolution time is the
table's, with no contradiction.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.level_durations import governing, times
from reviewer.analysis.matching import find_hits
from reviewer.pipeline import resolve_checklist
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("text", "owner"), [
    ("一级问题解决之日起3个工作日内，乙方应向甲方提交故障说明", "skip"),
    ("主会议号发生一级故障、10分钟内恢复不了的，双方依预案转到备用会议号", "skip"),
    ("P1故障经过远程处理，两（2）小时内仍不能恢复的，乙方应派遣技术人员到现场", "skip"),
    ("乙方应在4小时内恢复服务", "mine"),
])
def test_whose_time(text: str, owner: str) -> None:
    item = resolve_checklist(None).item("resolution-times")
    mine = find_hits(item.keywords, text)
    assert [governing(text, d.start, d.end, mine, []) for d in times(text, 480)][:1] == [owner]


def test_conditions_beside_the_table(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 附件二 服务保障
        1. 故障分级及服务时限如下表：
        | 故障级别 | 响应时间 | 恢复时间 |
        | 一级 | 15分钟 | 4小时 |
        | 二级 | 30分钟 | 8小时 |
        2. 一级故障恢复之日起3个工作日内，乙方应向甲方提交故障说明。
        3. 一级故障10分钟内恢复不了的，双方依预案转到备用会议号；两小时内仍不能恢复的，乙方应派遣技术人员到现场处理。
        """, language="zh").finding("resolution-times")
    assert f.status is Status.MET, f.reasons
    assert f.facts["levels"] == [{"level": "一级", "minutes": 240}, {"level": "二级", "minutes": 480}]
