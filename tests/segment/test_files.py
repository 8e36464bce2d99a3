"""End to end: real generated PDF and DOCX files, read by ingest, then segmented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.clause import Clause, ClauseKind
from reviewer.document import Document
from reviewer.ingest import read_document
from reviewer.segment import segment
from tests.fixtures import docx_factory as df
from tests.fixtures import pdf_factory as pf

from .test_coverage import _norm


def _by_number(clauses: tuple[Clause, ...]) -> dict[str, Clause]:
    return {c.number: c for c in clauses if c.number}


def _parent_number(clauses: tuple[Clause, ...], clause: Clause) -> str | None:
    return None if clause.parent is None else clauses[clause.parent].label


def _assert_nothing_lost(document: Document, clauses: tuple[Clause, ...]) -> None:
    expected = "".join(
        _norm("".join("".join(r.cells) for r in b.table.rows)) if b.table is not None
        else _norm(f"{b.number or ''}{b.text}")
        for b in document.blocks
    )
    got = "".join(
        _norm("".join(c.cells or ())) if c.kind is ClauseKind.TABLE_ROW
        else _norm(f"{c.number or ''}{c.heading or ''}{c.text}")
        for c in clauses
    )
    assert got == expected


@pytest.fixture(scope="module")
def support_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, tuple[Clause, ...]]:
    path = pf.support_terms_pdf(tmp_path_factory.mktemp("seg") / "support.pdf")
    document = read_document(path)
    return document, segment(document)


def test_pdf_numbers_headings_and_tree(support_pdf: tuple[Document, tuple[Clause, ...]]) -> None:
    document, clauses = support_pdf
    numbers = [c.number for c in clauses if c.number]
    assert numbers == [
        "1.", "1.1", "1.2", "2.", "2.1", "(a)", "(b)", "(c)", "2.2", "3.", "3.1", "3.2", "4.",
        "4.1", "5.", "5.1", "5.2", "6.", "6.1", "6.2", "7.", "7.1", "7.2", "7.3", "8.", "8.1"]
    n = _by_number(clauses)
    assert (n["5.2"].heading, n["5.2"].text[:38]) == (
        "Response Times", "The Supplier shall meet the response t")
    assert n["5."].kind is ClauseKind.HEADING and n["5."].heading == "Response Times"
    assert n["1.1"].kind is ClauseKind.DEFINITION and n["1.1"].defined_term == "Business Hours"
    assert [_parent_number(clauses, n[k]) for k in ("(a)", "(b)", "(c)")] == ["2.1"] * 3
    assert _parent_number(clauses, n["2.1"]) == "2."
    assert n["2.1"].level == n["2."].level + 1 == n["(a)"].level - 1
    assert n["8.1"].page == 2 and n["1.1"].page == 1
    _assert_nothing_lost(document, clauses)


def test_pdf_table_rows(support_pdf: tuple[Document, tuple[Clause, ...]]) -> None:
    _, clauses = support_pdf
    rows = [c for c in clauses if c.kind is ClauseKind.TABLE_ROW]
    assert [r.cells[0] if r.cells else None for r in rows] == [
        "Priority 1", "Priority 2", "Priority 3", "Priority 4"]
    assert all(r.table_header == pf.SEVERITY_HEADER for r in rows)
    assert rows[0].text.startswith("Priority: Priority 1; Definition: The Service is")
    assert rows[0].text.endswith("Response Time: 30 minutes; Resolution Time: 4 hours")
    assert {_parent_number(clauses, r) for r in rows} == {"5.1"}
    assert all(r.location.boxes for r in rows)


def test_chinese_pdf(tmp_path: Path) -> None:
    document = read_document(pf.chinese_contract_pdf(tmp_path / "zh.pdf"))
    clauses = segment(document)
    n = _by_number(clauses)
    assert [c.number for c in clauses if c.number] == [
        "第一条", "一、", "二、", "第二条", "（一）", "（二）", "（三）", "第三条"]
    assert n["第二条"].kind is ClauseKind.HEADING and n["第二条"].heading == "响应时间"
    assert [n[k].defined_term for k in ("一、", "二、")] == ["工作时间", "故障"]
    # "一级故障：供应商应……" is a label and its rule: kept whole, no heading.
    assert (n["（一）"].heading, _parent_number(clauses, n["（一）"])) == (None, "第二条")
    assert n["（一）"].text == "一级故障：供应商应在十五分钟内响应，并在四小时内恢复服务；"
    rows = [c for c in clauses if c.kind is ClauseKind.TABLE_ROW]
    assert [r.cells for r in rows] == [tuple(r) for r in pf.CN_TABLE_ROWS]
    assert {_parent_number(clauses, r) for r in rows} == {"第二条"}
    body = clauses[-1]
    assert body.number is None and _parent_number(clauses, body) == "第三条"
    assert body.page == 2
    _assert_nothing_lost(document, clauses)


def test_english_docx_with_word_numbering(tmp_path: Path) -> None:
    document = read_document(df.english_support_contract(tmp_path / "en.docx"))
    clauses = segment(document)
    assert [c.number for c in clauses if c.number] == df.EN_NUMBERS
    n = _by_number(clauses)
    assert (n["Article I"].kind, n["Article I"].heading) == (ClauseKind.HEADING, "Definitions")
    assert _parent_number(clauses, n["1.1"]) == "1."
    assert _parent_number(clauses, n["(i)"]) == "(b)"
    assert _parent_number(clauses, n["(b)"]) == "1.2"
    assert _parent_number(clauses, n["3."]) == "Article II"
    assert n["1.1"].defined_term == "Business Hours"
    rows = [c for c in clauses if c.kind is ClauseKind.TABLE_ROW]
    assert len(rows) == len(df.EN_SEVERITY_ROWS)
    assert rows[0].table_title == df.EN_TABLE_CAPTION
    assert {_parent_number(clauses, r) for r in rows} == {"3.1"}
    assert all(r.location.index is not None for r in clauses)
    _assert_nothing_lost(document, clauses)


def test_chinese_docx_with_word_numbering(tmp_path: Path) -> None:
    document = read_document(df.chinese_contract(tmp_path / "zh.docx"))
    clauses = segment(document)
    assert [c.number for c in clauses if c.number] == df.ZH_NUMBERS
    n = _by_number(clauses)
    articles = [c for c in clauses if c.number and c.number.endswith("条")]
    # Word gives the Title and Heading 1 the same level: articles are top level.
    assert all(a.kind is ClauseKind.HEADING and a.level == 1 for a in articles)
    assert _parent_number(clauses, n["一、"]) == "第二条"
    assert _parent_number(clauses, n["①"]) == "（一）"
    rows = [c for c in clauses if c.kind is ClauseKind.TABLE_ROW]
    assert [r.cells for r in rows] == [tuple(r) for r in df.ZH_TABLE_ROWS]
    assert {_parent_number(clauses, r) for r in rows} == {"第三条"}
    _assert_nothing_lost(document, clauses)
