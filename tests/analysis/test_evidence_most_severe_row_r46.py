"""The one row a level table gives among the first evidence is its most severe level's (round 46).

A table's rows say the same thing level by level, so only one of them takes a place among
the first three citations (the others give way to prose). Which one: the row of the most
severe level, whatever order the table runs in. A vendor's table that runs from "General
guidance" up to "Business-critical system down", or from 四级 up to 一级, leads with the level
whose commitment a reader checks first.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from reviewer.api import review
from tests.analysis.conftest import UNSURE, InstallModel
from tests.scripts import corpus_builder


def _first_three(tmp_path: Path, name: str, head: str, body: str, item: str) -> list[str]:
    src = tmp_path / name
    src.write_text(head + textwrap.dedent(body).strip() + "\n", encoding="utf-8")
    (out,) = corpus_builder().build(src, tmp_path)
    return [e.text for e in review(Path(out)).finding(item).evidence[:3]]


def test_a_table_running_from_the_least_severe_level_cites_the_most_severe_row(
        tmp_path: Path, relevance_at: InstallModel) -> None:
    relevance_at(UNSURE)
    head = "%% format: docx\n%% language: en\n%% title: Support Plans\n\n"
    texts = _first_three(tmp_path, "support-plans-en.txt", head, """
        # 2. Case severity and response times
        2.1 You choose a severity for each case. Response times count from the moment the case is opened.
        | Severity | Description | First response |
        | General guidance | You have a general development question. | 24 hours |
        | System impaired | Non-critical functions behave abnormally. | 12 hours |
        | Production system down | Your production application is down. | 1 hour |
        | Business-critical system down | Critical functions of your application cannot be used. | 15 minutes |
        2.2 Response times run around the clock, 24 hours a day, 7 days a week.
        # 3. Other
        3.1 These terms are governed by the laws of Ireland.
    """, "response-times")
    rows = [t for t in texts if "Description:" in t]
    assert len(rows) == 1, texts
    assert "Business-critical system down" in rows[0], texts


def test_a_table_of_numbered_levels_running_upwards_cites_level_one(
        tmp_path: Path, relevance_at: InstallModel) -> None:
    relevance_at(UNSURE)
    head = "%% format: pdf\n%% language: zh\n%% title: 运维服务合同\n\n"
    texts = _first_three(tmp_path, "ops-contract-zh.txt", head, """
        # 五、故障响应
        5.1 乙方依下表时限响应和处理故障，响应时间从乙方接到甲方报障时开始计算。
        | 故障等级 | 响应时间 | 恢复时间 |
        | 四级故障 | 8小时内 | 5个工作日内 |
        | 三级故障 | 4小时内 | 2个工作日内 |
        | 二级故障 | 1小时内 | 8小时内 |
        | 一级故障 | 15分钟内 | 4小时内 |
        5.2 一级故障发生后2小时内不能恢复的，乙方须把故障升级到研发中心处理。
        # 六、其他
        6.1 本合同未尽事宜由双方协商解决。
    """, "response-times")
    rows = [t for t in texts if "故障等级" in t]
    assert len(rows) == 1, texts
    assert "一级故障" in rows[0], texts
