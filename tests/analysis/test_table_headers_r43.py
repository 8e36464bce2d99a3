"""Table headers in two rows, and headers naming levels by their codes.

A Word table whose header is two rows: "Severity | Initial Response Time" (the second cell
merged over two columns) above "Severity | Standard | Premium", or "Standard | Premium" (each
merged over two columns) above "Response | Resolution | Response | Resolution". Before, the
first row was the header and the second a row of data: the plans were lost (the first plan's
times for all) or the columns shifted (a plan's resolution read as its response). Each column's
header is now the group's with its own ("Initial Response Time (Standard)").

A first row "版本 | P1 | P2 | P3" is a header although it holds digits: the levels' codes are
labels. Before, a PDF without bold type (Chinese fonts have none) took it for data and the
levels-as-columns table gave no times.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from reviewer.api import review
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def _docx(path: Path, rows: list[list[str]], merges: list[tuple[int, int, int, int]]) -> Path:
    doc = Document()
    doc.add_heading("Support", 1)
    doc.add_paragraph("1.1 Vendor provides technical support for the Service as set out below.")
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    for a, b, c, d in merges:
        table.cell(a, b).merge(table.cell(c, d))
    doc.save(str(path))
    return path


def _plans(facts: dict) -> dict[str, list[tuple[str, int]]]:
    return {p["plan"]: [(lv["level"], lv["minutes"]) for lv in p["levels"]] for p in facts.get("plans", [])}


def test_a_kind_of_time_over_plan_columns(tmp_path: Path) -> None:
    rows = [["Severity", "Initial Response Time", ""], ["", "Standard", "Premium"],
            ["Severity 1", "4 hours", "1 hour"], ["Severity 2", "1 business day", "4 hours"]]
    f = review(_docx(tmp_path / "a.docx", rows, [(0, 1, 0, 2), (0, 0, 1, 0)])).finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert _plans(f.facts) == {"Standard": [("Severity 1", 240), ("Severity 2", 480)],
                               "Premium": [("Severity 1", 60), ("Severity 2", 240)]}


def test_plans_over_kinds_of_time(tmp_path: Path) -> None:
    rows = [["Severity", "Standard", "", "Premium", ""], ["", "Response", "Resolution", "Response", "Resolution"],
            ["P1", "4 hours", "24 hours", "1 hour", "8 hours"], ["P2", "8 hours", "3 days", "4 hours", "24 hours"]]
    r = review(_docx(tmp_path / "b.docx", rows, [(0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0)]))
    assert _plans(r.finding("response-times").facts) == {"Standard": [("P1", 240), ("P2", 480)],
                                                         "Premium": [("P1", 60), ("P2", 240)]}
    assert _plans(r.finding("resolution-times").facts) == {"Standard": [("P1", 1440), ("P2", 4320)],
                                                           "Premium": [("P1", 480), ("P2", 1440)]}


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_levels_codes_as_column_labels(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 技术支持
        [table-title: 表1 各版本响应时间]
        | 版本 | P1 | P2 | P3 |
        | 标准版 | 4小时 | 8小时 | 24小时 |
        | 企业版 | 30分钟 | 2小时 | 8小时 |
        """, fmt=fmt, language="zh").finding("response-times")
    assert _plans(f.facts) == {"标准版": [("P1", 240), ("P2", 480), ("P3", 1440)],
                               "企业版": [("P1", 30), ("P2", 120), ("P3", 480)]}


def test_a_level_and_its_description_are_no_header() -> None:
    from reviewer.ingest.header_cells import labels_over_data

    # A headerless table of levels: its first row is data.
    assert not labels_over_data(["P1", "Service down"], [["P2", "Degraded"]])
    assert not labels_over_data(["P1 | 1 hour", "P2"], [["4 hours", "x"]])
    assert labels_over_data(["版本", "P1", "P2"], [["标准版", "4小时", "8小时"]])
    assert labels_over_data(["Plan", "Severity 1 (Critical)", "Severity 2"], [["Standard", "4 hours", "8 hours"]])
