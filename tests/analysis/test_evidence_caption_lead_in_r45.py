"""A table's lead-in whose colon is followed by the table's caption (round 45).

A two-column PDF can leave a table's caption in the paragraph that introduces it:
"乙方将以下指标作为直播服务的质量目标：表1 直播质量目标值". That paragraph is the table's
lead-in as one ending in the colon is, and takes a place the table's rows give way.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from reviewer.api import review
from tests.analysis.conftest import UNSURE, InstallModel
from tests.scripts import corpus_builder


def test_a_lead_in_with_its_tables_caption_after_the_colon_is_cited(
        tmp_path: Path, relevance_at: InstallModel) -> None:
    # A model that neither drops nor proposes a clause: the lead-in is no candidate of its
    # own, only the table's lead-in.
    relevance_at(UNSURE)
    src = tmp_path / "live-sla-zh.txt"
    head = "%% format: pdf\n%% language: zh\n%% columns: 2\n%% title: 直播服务等级协议\n\n"
    src.write_text(head + textwrap.dedent("""
        # 四、服务质量目标
        4.1 乙方将以下指标作为直播服务的质量目标：
        [table-title: 表1 直播质量目标值]
        | 指标 | 目标值 |
        | 首屏打开时间 | 95%的观看请求在1秒以内 |
        | 卡顿率 | 最高2% |
        | 标准直播端到端延迟 | 最长3秒 |
        | 低延迟直播端到端延迟 | 最长800毫秒 |
        4.2 质量指标依据乙方SDK上报的统计数据计算，按月统计一次。
        # 五、其他
        5.1 本协议未尽事宜由双方协商解决。
    """).strip() + "\n", encoding="utf-8")
    (out,) = corpus_builder().build(src, tmp_path)
    finding = review(Path(out)).finding("quality-metrics")
    texts = [e.text for e in finding.evidence]
    lead_in = [t for t in texts[:3] if t.startswith("4.1 乙方将以下指标作为直播服务的质量目标")]
    assert lead_in, texts
    # The two-column page left the caption in the paragraph (what this test is about).
    assert lead_in[0].rstrip().endswith("表1 直播质量目标值"), texts
