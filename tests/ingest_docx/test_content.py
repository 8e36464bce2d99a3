"""Text, headings, tables and locations read from .docx files."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE

from reviewer.document import BlockKind, Table
from reviewer.ingest.docx import HIDDEN_TEXT_WARNING, TRACKED_CHANGES_WARNING, read_docx
from tests.fixtures import docx_factory as f


def _body_items(path: Path) -> list[object]:
    d: DocxDocument = docx.Document(str(path))
    return list(d.iter_inner_content())


def test_locations_are_python_docx_body_indexes(tmp_path: Path) -> None:
    path = f.english_support_contract(tmp_path / "en.docx")
    doc = read_docx(path)
    items = _body_items(path)
    for block in doc.blocks:
        item = items[block.location.index]  # type: ignore[index]
        if block.kind is BlockKind.TABLE:
            assert item.__class__.__name__ == "Table"
        else:
            assert item.text == block.text  # type: ignore[attr-defined]
    assert doc.format == "docx" and doc.pages is None and doc.language == "en"


def test_severity_table_with_caption_header_and_row_locations(tmp_path: Path) -> None:
    path = f.english_support_contract(tmp_path / "en.docx")
    doc = read_docx(path)
    tables = [b for b in doc.blocks if b.kind is BlockKind.TABLE]
    assert len(tables) == 1
    table = tables[0].table
    assert isinstance(table, Table)
    assert table.title == f.EN_TABLE_CAPTION
    assert table.header == f.EN_SEVERITY_HEADER
    assert [r.cells for r in table.rows] == [tuple(r) for r in f.EN_SEVERITY_ROWS]
    index = tables[0].location.index
    assert [(r.location.index, r.location.row) for r in table.rows] == [
        (index, 1), (index, 2), (index, 3), (index, 4)]
    # The caption became the title; it is not also a paragraph of its own.
    assert not any(b.text == f.EN_TABLE_CAPTION for b in doc.blocks)
    assert f.EN_TABLE_CAPTION in doc.text
    assert "P1 | 15 minutes | 4 hours" in doc.text


def test_chinese_table_caption_without_caption_style(tmp_path: Path) -> None:
    doc = read_docx(f.chinese_contract(tmp_path / "zh.docx"))
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert table.title == f.ZH_TABLE_CAPTION
    assert table.header == f.ZH_TABLE_HEADER
    assert [r.cells for r in table.rows] == [tuple(r) for r in f.ZH_TABLE_ROWS]


def test_heading_levels_from_styles_outline_and_localized_names(tmp_path: Path) -> None:
    doc = read_docx(f.style_numbering_contract(tmp_path / "styles.docx"))
    levels = {b.text: (b.kind, b.level) for b in doc.blocks}
    assert levels["Scope"] == (BlockKind.HEADING, 1)
    assert next(b.style for b in doc.blocks if b.text == "Scope") == "Heading 1"
    assert levels["Services"] == (BlockKind.HEADING, 2)
    assert levels["Term"] == (BlockKind.HEADING, 1)  # style based on Heading 1
    assert levels["On-site visits are not included."] == (BlockKind.PARAGRAPH, None)
    assert levels["Outline level three by direct formatting"] == (BlockKind.HEADING, 3)
    assert levels["Localized heading"] == (BlockKind.HEADING, 2)  # style "标题 2"
    en = read_docx(f.english_support_contract(tmp_path / "en.docx"))
    title = en.blocks[0]
    assert (title.text, title.kind, title.level, title.style) == (
        "Technical Support Agreement", BlockKind.HEADING, 1, "Title")


def test_tracked_changes_read_as_accepted_with_warning(tmp_path: Path) -> None:
    doc = read_docx(f.tracked_changes_contract(tmp_path / "tracked.docx"))
    assert [b.text for b in doc.blocks] == list(f.TRACKED_TEXTS)
    assert "30" not in doc.text and "removed" not in doc.text
    assert doc.warnings == (TRACKED_CHANGES_WARNING,)


def test_documents_without_tracked_changes_have_no_warning(tmp_path: Path) -> None:
    assert read_docx(f.english_support_contract(tmp_path / "en.docx")).warnings == ()


def test_inline_content_is_read_as_word_shows_it(tmp_path: Path) -> None:
    doc = read_docx(f.rich_content_contract(tmp_path / "rich.docx"))
    texts = [b.text for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]
    for key in ("hyperlink", "field", "tab", "break", "inline_sdt", "block_sdt",
                "text_box", "hidden"):
        assert f.RICH_TEXTS[key] in texts, key
    # Field codes never show; the text box is read once (not Choice + Fallback).
    assert "PAGE" not in doc.text and "TOC" not in doc.text
    assert doc.text.count(f.RICH_TEXTS["text_box"]) == 1
    assert HIDDEN_TEXT_WARNING in doc.warnings


def test_table_of_contents_entries_are_not_read(tmp_path: Path) -> None:
    doc = read_docx(f.rich_content_contract(tmp_path / "rich.docx"))
    assert "Definitions" not in doc.text and "Support Services" not in doc.text


def test_text_box_and_content_control_keep_a_nearby_location(tmp_path: Path) -> None:
    path = f.rich_content_contract(tmp_path / "rich.docx")
    doc = read_docx(path)
    items = _body_items(path)
    by_text = {b.text: b.location.index for b in doc.blocks}
    anchor = by_text["Anchor paragraph."]
    assert by_text[f.RICH_TEXTS["text_box"]] == anchor
    assert items[anchor].text.startswith("Anchor paragraph.")  # type: ignore[index,attr-defined]
    sdt = by_text[f.RICH_TEXTS["block_sdt"]]
    # (python-docx's own text drops the inline content control: "The fee is  per year.")
    assert items[sdt].text.startswith("The fee is")  # type: ignore[index,attr-defined]


def test_merged_cells_title_row_and_nested_tables(tmp_path: Path) -> None:
    doc = read_docx(f.rich_content_contract(tmp_path / "rich.docx"))
    first, second = (b.table for b in doc.blocks if b.table is not None)
    assert first is not None and second is not None
    assert first.title == "Service Levels"  # a merged row across the whole table
    assert first.header == ("Priority", "Response Time", "Resolution Time")
    assert [r.cells for r in first.rows] == [
        ("P1", "15 minutes", "4 hours"),
        ("P1", "30 minutes (weekends)", "8 hours"),  # vertical merge repeats "P1"
        ("P2", "Next business day"),  # a horizontally merged cell appears once
    ]
    assert [r.location.row for r in first.rows] == [2, 3, 4]
    assert second.header == ("Channel", "Availability")  # w:tblHeader, not bold
    assert second.rows[0].cells == (
        "Support", "Channels: Phone, 24x7; Email, Business hours")


def test_empty_paragraphs_are_dropped(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("First.")
    d.add_paragraph("")
    d.add_paragraph("   ")
    d.add_paragraph("Second.")
    d.save(str(tmp_path / "e.docx"))
    doc = read_docx(tmp_path / "e.docx")
    assert [(b.text, b.location.index) for b in doc.blocks] == [("First.", 0), ("Second.", 3)]


def test_bold_paragraphs_are_marked(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph().add_run("SERVICE LEVELS").bold = True
    p = d.add_paragraph()
    p.add_run("Mixed ").bold = True
    p.add_run("weight")
    d.save(str(tmp_path / "b.docx"))
    doc = read_docx(tmp_path / "b.docx")
    assert [b.bold for b in doc.blocks] == [True, False]


def test_an_unclosed_field_does_not_hide_the_rest_of_the_document(tmp_path: Path) -> None:
    d = docx.Document()
    f.raw_paragraph(d, f.r("Intro ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                    '<w:r><w:instrText> TOC \\o </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + f.r("entry"))
    f.raw_paragraph(d, f.r("Clause text after a damaged field."))
    d.save(str(tmp_path / "unclosed.docx"))
    doc = read_docx(tmp_path / "unclosed.docx")
    assert "Clause text after a damaged field." in [b.text for b in doc.blocks]


def test_deleted_table_rows_are_left_out_and_warned(tmp_path: Path) -> None:
    d = docx.Document()
    f.append_body(d, f.table_xml(2, [
        "<w:tr>" + f.cell_xml("Priority", run_props="<w:b/>") + f.cell_xml("Response", run_props="<w:b/>")
        + "</w:tr>",
        "<w:tr>" + f.cell_xml("P1") + f.cell_xml("15 minutes") + "</w:tr>",
        '<w:tr><w:trPr><w:del w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:trPr>'
        + f.cell_xml("P2") + f.cell_xml("1 hour") + "</w:tr>",
        "<w:tr>" + f.cell_xml("P3") + f.cell_xml("4 hours") + "</w:tr>",
    ]))
    d.save(str(tmp_path / "rows.docx"))
    doc = read_docx(tmp_path / "rows.docx")
    table = doc.blocks[0].table
    assert table is not None
    assert [(r.cells, r.location.row) for r in table.rows] == [
        (("P1", "15 minutes"), 1), (("P3", "4 hours"), 3)]
    assert doc.warnings == (TRACKED_CHANGES_WARNING,)


def _table_of(tmp_path: Path, rows: list[str]) -> Table:
    d = docx.Document()
    f.append_body(d, f.table_xml(2, rows))
    d.save(str(tmp_path / "t.docx"))
    table = read_docx(tmp_path / "t.docx").blocks[0].table
    assert table is not None
    return table


def _row(*cells: str, props: str = "") -> str:
    return "<w:tr>" + "".join(f.cell_xml(c, props) for c in cells) + "</w:tr>"


def test_header_row_recognised_by_shading(tmp_path: Path) -> None:
    shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>'
    table = _table_of(tmp_path, [_row("Level", "Meaning", props=shade),
                                 _row("Critical", "Service down"), _row("High", "Degraded")])
    assert table.header == ("Level", "Meaning")
    assert len(table.rows) == 2


def test_header_row_recognised_as_labels_over_numbers(tmp_path: Path) -> None:
    table = _table_of(tmp_path, [_row("Severity", "Response"), _row("S1", "30 minutes"),
                                 _row("S2", "2 hours")])
    assert table.header == ("Severity", "Response")


def test_no_header_when_rows_are_alike(tmp_path: Path) -> None:
    table = _table_of(tmp_path, [_row("Customer", "Harbor Logistics"),
                                 _row("Support plan", "Premium"), _row("Term", "One year")])
    assert table.header == ()
    assert [r.cells[0] for r in table.rows] == ["Customer", "Support plan", "Term"]
    assert [r.location.row for r in table.rows] == [0, 1, 2]


def test_single_row_table_has_no_header(tmp_path: Path) -> None:
    table = _table_of(tmp_path, [_row("Signed", "Vendor")])
    assert table.header == () and table.rows[0].cells == ("Signed", "Vendor")


def test_unfilled_content_control_prompt_is_not_contract_text(tmp_path: Path) -> None:
    d = docx.Document()
    f.raw_paragraph(d, f.r("Vendor: ") + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr>"
                    f"<w:sdtContent>{f.r('Click or tap here to enter text.')}</w:sdtContent>"
                    "</w:sdt>")
    d.save(str(tmp_path / "ph.docx"))
    assert [b.text for b in read_docx(tmp_path / "ph.docx").blocks] == ["Vendor:"]


def test_deleted_paragraph_mark_before_a_table_keeps_the_text(tmp_path: Path) -> None:
    d = docx.Document()
    f.raw_paragraph(d, f.r("Text before the table."),
                    '<w:pPr><w:rPr><w:del w:id="1" w:author="A" '
                    'w:date="2026-01-01T00:00:00Z"/></w:rPr></w:pPr>')
    f.append_body(d, f.table_xml(2, [_row("Alpha", "Beta"), _row("Gamma", "Delta")]))
    d.save(str(tmp_path / "mark.docx"))
    doc = read_docx(tmp_path / "mark.docx")
    assert doc.blocks[0].text == "Text before the table."
    table = doc.blocks[1].table
    assert table is not None and table.rows[0].cells == ("Alpha", "Beta")


def test_paragraphs_in_toc_styles_are_not_read(tmp_path: Path) -> None:
    d = docx.Document()
    d.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("1 Definitions 2", style="toc 1")
    d.add_paragraph("Definitions", style="Heading 1")
    d.save(str(tmp_path / "toc.docx"))
    assert [b.text for b in read_docx(tmp_path / "toc.docx").blocks] == ["Definitions"]
