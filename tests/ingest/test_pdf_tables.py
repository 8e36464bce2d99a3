"""Tables in PDFs: kept as tables, in place, with headers and row locations."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.document import Block, BlockKind, Document
from reviewer.ingest import read_document
from tests.fixtures import pdf_factory as pf


@pytest.fixture(scope="module")
def terms(tmp_path_factory: pytest.TempPathFactory) -> Document:
    return read_document(pf.support_terms_pdf(tmp_path_factory.mktemp("t") / "terms.pdf"))


def _tables(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.kind is BlockKind.TABLE]


def test_severity_matrix_header_and_rows(terms: Document) -> None:
    (block,) = _tables(terms)
    table = block.table
    assert table is not None
    assert table.header == pf.SEVERITY_HEADER
    assert [r.cells for r in table.rows] == list(pf.SEVERITY_ROWS)
    assert "Priority 1 | The Service is unavailable to all end users, or audio and video " \
           "calls cannot be established. | 30 minutes | 4 hours" in terms.text


def test_table_sits_where_it_stands(terms: Document) -> None:
    kinds = [b.text.split(" ")[0] if b.kind is not BlockKind.TABLE else "TABLE"
             for b in terms.blocks]
    i = kinds.index("TABLE")
    assert kinds[i - 1] == "5.1" and kinds[i + 1] == "5.2"


def test_each_row_has_its_own_location(terms: Document) -> None:
    (block,) = _tables(terms)
    assert block.table is not None
    rows = block.table.rows
    tops = [r.location.boxes[0].top for r in rows]
    assert all(r.location.page == 1 and len(r.location.boxes) == 1 for r in rows)
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    table_box = block.location.boxes[0]
    assert table_box.top < tops[0] and rows[-1].location.boxes[0].bottom == table_box.bottom


def test_table_over_page_break_stays_one_table(tmp_path: Path) -> None:
    doc = read_document(pf.long_table_pdf(tmp_path / "long.pdf"))
    (block,) = _tables(doc)
    table = block.table
    assert table is not None
    assert table.header == pf.SEVERITY_HEADER
    # The header repeated at the top of page 2 is not read as a data row.
    assert [r.cells for r in table.rows] == list(pf.LONG_TABLE_ROWS)
    assert block.location.pages == (1, 2)
    assert {r.location.page for r in table.rows} == {1, 2}
    texts = [b.text for b in doc.blocks if b.kind is not BlockKind.TABLE]
    assert texts[-1] == "9.2 Regions not listed above are served on a best-effort basis."


def test_chinese_table(tmp_path: Path) -> None:
    doc = read_document(pf.chinese_contract_pdf(tmp_path / "cn.pdf"))
    (block,) = _tables(doc)
    assert block.table is not None
    assert block.table.header == pf.CN_TABLE_HEADER
    assert [r.cells for r in block.table.rows] == list(pf.CN_TABLE_ROWS)


def test_caption_becomes_title_and_plain_header_is_recognised(tmp_path: Path) -> None:
    doc = read_document(pf.captioned_table_pdf(tmp_path / "cap.pdf"))
    (block,) = _tables(doc)
    assert block.table is not None
    assert block.table.title == pf.TABLE_CAPTION
    assert block.table.header == pf.CREDIT_HEADER
    assert [r.cells for r in block.table.rows] == list(pf.CREDIT_ROWS)
    texts = [b.text for b in doc.blocks if b.kind is not BlockKind.TABLE]
    assert pf.TABLE_CAPTION not in texts  # not repeated as a paragraph
    assert texts[-2:] == ["6.1 Service credits are set out below.",
                          "6.2 Credits are the Customer's sole remedy."]


def test_open_table_with_horizontal_rules_only(tmp_path: Path) -> None:
    doc = read_document(pf.open_table_pdf(tmp_path / "open.pdf"))
    (block,) = _tables(doc)
    assert block.table is not None
    assert block.table.header == pf.OPEN_TABLE_HEADER
    # No rules between body rows; the wrapped first cell stays one row.
    assert [r.cells for r in block.table.rows] == list(pf.OPEN_TABLE_ROWS)
    tops = [r.location.boxes[0].top for r in block.table.rows]
    assert tops == sorted(tops)
    texts = [b.text for b in doc.blocks if b.kind is not BlockKind.TABLE]
    assert texts[-2:] == ["4.1 The Supplier shall meet these times:",
                          "4.2 Times are measured in calendar hours."]


def test_rules_around_prose_are_not_a_table(tmp_path: Path) -> None:
    # The support terms have rules only in their grid; the two-column page has
    # none: neither may grow an open table out of its text.
    for path in (pf.support_terms_pdf(tmp_path / "t.pdf"), pf.two_column_pdf(tmp_path / "2.pdf")):
        doc = read_document(path)
        assert len(_tables(doc)) == (1 if path.name == "t.pdf" else 0)


@pytest.mark.parametrize("bold", [False, True])
def test_caption_and_merged_first_row_both_kept(tmp_path: Path, bold: bool) -> None:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    data = [["Service credits for all regions", ""], ["Monthly availability", "Credit"],
            ["Below 99.9%", "10%"], ["Below 99.0%", "25%"]]
    table = Table(data, colWidths=[60 * mm, 40 * mm])
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 0), (1, 0)),
             ("FONTNAME", (0, 0), (-1, -1), "Helvetica")]
    if bold:
        style.append(("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"))
    table.setStyle(TableStyle(style))
    story = pf._flow([("body", "6.1 Service credits are set out below."),
                      ("h2", "Table 3 - Service Credits")])
    story += [table, Spacer(1, 6)]
    doc = read_document(pf._build(tmp_path / "merged.pdf", story))
    tables = [b for b in doc.blocks if b.table is not None]
    assert len(tables) == 1
    block = tables[0]
    assert block.table is not None and block.table.title == "Table 3 - Service Credits"
    assert "Service credits for all regions" in block.text
    assert "Below 99.0% | 25%" in block.text


_COORD = st.one_of(st.floats(-50, 700, allow_nan=False), st.sampled_from([0.0, 1.0, 99.0, 100.0, 101.0]),
                   st.just(float("nan")), st.just(float("inf")))


@settings(max_examples=300, deadline=None)
@given(rules=st.lists(st.tuples(_COORD, _COORD, _COORD), max_size=12),
       x_from=_COORD, x_to=_COORD, top=_COORD, bottom=_COORD)
def test_the_sorted_rule_search_finds_what_testing_every_rule_finds(
        rules: list[tuple[float, float, float]], x_from: float, x_to: float, top: float, bottom: float) -> None:
    # A word gap is a cell border when a vertical rule stands in it: the page's rules sorted
    # by x and bisected must answer exactly as the test of every rule, NaN and edges included.
    from reviewer.ingest.pdf_chars import Rule, _crosses_rule, _RulesByX

    vertical = [Rule(x, y0, x, y1) for x, y0, y1 in rules]
    assert _RulesByX(vertical).crosses(x_from, x_to, top, bottom) == _crosses_rule(
        vertical, x_from, x_to, top, bottom)


def test_a_rule_in_a_gap_is_found_at_its_edges() -> None:
    from reviewer.ingest.pdf_chars import Rule, _RulesByX

    rules = _RulesByX([Rule(300, 0, 300, 50), Rule(100, 0, 100, 50), Rule(200, 60, 200, 90)])
    assert rules.crosses(99.0, 101.0, 10, 20)  # x inside the gap, y beside the text
    assert rules.crosses(101.0, 150.0, 10, 20)  # 1 pt of slack on either side
    assert not rules.crosses(101.5, 150.0, 10, 20)
    assert not rules.crosses(150.0, 250.0, 10, 20)  # the rule at 200 runs below the line
    assert rules.crosses(150.0, 250.0, 70, 80)
