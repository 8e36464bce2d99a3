"""Less common numbering set-ups Word writes: style-linked lists, partial numPr,
level overrides, skipped levels, Strict OOXML."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE

from reviewer.ingest.docx import read_docx
from tests.fixtures import docx_factory as f


def test_num_style_link_uses_the_linked_list_and_shares_its_counters(tmp_path: Path) -> None:
    doc = docx.Document()
    linked = f.abstract_num(51, [f.lvl(0, "decimal", "Clause %1"),
                                 f.lvl(1, "lowerLetter", "(%2)")])
    linked = linked.replace("<w:multiLevelType", '<w:styleLink w:val="LegalList"/>'
                            "<w:multiLevelType", 1)
    via_style = ('<w:abstractNum w:abstractNumId="50"><w:numStyleLink w:val="LegalList"/>'
                 "</w:abstractNum>")
    f.set_numbering(doc, [linked, via_style, f.num(50, 50), f.num(51, 51)])
    style = doc.styles.add_style("LegalList", WD_STYLE_TYPE.LIST)
    f.set_num_pr(style.element.get_or_add_pPr(), 51, None)
    f.numbered(doc, "First via the style link", 50, 0)
    f.numbered(doc, "A sub-clause", 50, 1)
    f.numbered(doc, "Second, through the list itself", 51, 0)
    doc.save(str(tmp_path / "link.docx"))
    blocks = read_docx(tmp_path / "link.docx").blocks
    assert [b.number for b in blocks] == ["Clause 1", "(a)", "Clause 2"]


def test_paragraph_with_only_ilvl_takes_num_id_from_its_style(tmp_path: Path) -> None:
    doc = docx.Document()
    f.set_numbering(doc, [f.abstract_num(60, [f.lvl(0, "decimal", "%1."),
                                              f.lvl(1, "decimal", "%1.%2")]), f.num(60, 60)])
    style = doc.styles.add_style("Clause", WD_STYLE_TYPE.PARAGRAPH)
    f.set_num_pr(style.element.get_or_add_pPr(), 60, 0)
    doc.add_paragraph("Top clause", style="Clause")
    p = doc.add_paragraph("Sub clause", style="Clause")
    ppr = p._p.get_or_add_pPr()
    ppr.append(docx.oxml.parse_xml(
        f'<w:numPr xmlns:w="{f.W_NS}"><w:ilvl w:val="1"/></w:numPr>'))
    doc.save(str(tmp_path / "ilvl.docx"))
    assert [b.number for b in read_docx(tmp_path / "ilvl.docx").blocks] == ["1.", "1.1"]


def test_level_override_without_start_override_changes_format_only(tmp_path: Path) -> None:
    doc = docx.Document()
    f.set_numbering(doc, [
        f.abstract_num(70, [f.lvl(0, "decimal", "%1.")]),
        f.num(70, 70),
        f.num(71, 70, level_overrides={0: f.lvl(0, "upperRoman", "%1)")}),
    ])
    f.numbered(doc, "One", 70, 0)
    f.numbered(doc, "Two", 70, 0)
    f.numbered(doc, "Three in roman, restarted by the override", 71, 0)
    doc.save(str(tmp_path / "ov.docx"))
    assert [b.number for b in read_docx(tmp_path / "ov.docx").blocks] == ["1.", "2.", "I)"]


def test_skipped_levels_count_as_started(tmp_path: Path) -> None:
    # Word (KB Q110380): a Heading 2 before any Heading 1 reads "1.1", and the
    # first Heading 1 after it is numbered "2".
    doc = docx.Document()
    f.set_numbering(doc, [f.abstract_num(80, [
        f.lvl(0, "decimal", "%1", start=3), f.lvl(1, "decimal", "%1.%2"),
        f.lvl(2, "decimal", "%1.%2.%3")]), f.num(80, 80)])
    f.numbered(doc, "Straight to the third level", 80, 2)
    f.numbered(doc, "Then the top level", 80, 0)
    f.numbered(doc, "And its second level", 80, 1)
    doc.save(str(tmp_path / "skip.docx"))
    assert [b.number for b in read_docx(tmp_path / "skip.docx").blocks] == [
        "3.1.1", "4", "4.1"]


def test_numbering_in_table_cells_counts_in_document_order(tmp_path: Path) -> None:
    doc = docx.Document()
    f.set_numbering(doc, [f.abstract_num(90, [f.lvl(0, "decimal", "%1.")]), f.num(90, 90)])
    f.numbered(doc, "Before the table", 90, 0)
    table = doc.add_table(rows=1, cols=2)
    f.set_num_pr(table.rows[0].cells[0].paragraphs[0]._p.get_or_add_pPr(), 90, 0)
    table.rows[0].cells[0].paragraphs[0].add_run("In a cell")
    table.rows[0].cells[1].text = "Plain"
    f.numbered(doc, "After the table", 90, 0)
    doc.save(str(tmp_path / "cells.docx"))
    read = read_docx(tmp_path / "cells.docx")
    assert read.blocks[0].number == "1."
    assert read.blocks[1].table is not None
    assert read.blocks[1].table.rows[0].cells == ("2. In a cell", "Plain")
    assert read.blocks[2].number == "3."


def test_strict_ooxml_namespace_is_read(tmp_path: Path) -> None:
    src = f.english_support_contract(tmp_path / "en.docx")
    strict = tmp_path / "strict.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(strict, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("word/") and info.filename.endswith(".xml"):
                data = data.replace(f.W_NS.encode(),
                                    b"http://purl.oclc.org/ooxml/wordprocessingml/main")
            zout.writestr(info.filename, data)
    doc = read_docx(strict)
    assert [b.number for b in doc.blocks if b.number] == f.EN_NUMBERS


def test_start_override_seeds_the_shared_list_which_then_continues(tmp_path: Path) -> None:
    # Word: headings 1-3 on numId 1, one paragraph on numId 2 (same abstractNum,
    # startOverride 8) shows 8, and numId 1 then continues with 9, 10.
    doc = docx.Document()
    f.set_numbering(doc, [f.abstract_num(95, [f.lvl(0, "decimal", "%1.")]), f.num(1, 95),
                          f.num(2, 95, start_overrides={0: 8})])
    for text, num_id in [("a", 1), ("b", 1), ("c", 1), ("d", 2), ("e", 1), ("f", 1)]:
        f.numbered(doc, text, num_id, 0)
    doc.save(str(tmp_path / "seed.docx"))
    assert [b.number for b in read_docx(tmp_path / "seed.docx").blocks] == [
        "1.", "2.", "3.", "8.", "9.", "10."]


def test_override_applies_when_its_num_first_uses_that_level(tmp_path: Path) -> None:
    doc = docx.Document()
    f.set_numbering(doc, [f.abstract_num(96, [f.lvl(0, "decimal", "%1."),
                                              f.lvl(1, "decimal", "%1.%2")]),
                          f.num(1, 96), f.num(2, 96, start_overrides={0: 1})])
    f.numbered(doc, "one", 1, 0)
    f.numbered(doc, "two", 1, 0)
    f.numbered(doc, "sub-clause through the second num", 2, 1)
    f.numbered(doc, "restarted top level", 2, 0)
    doc.save(str(tmp_path / "lvl.docx"))
    assert [b.number for b in read_docx(tmp_path / "lvl.docx").blocks] == [
        "1.", "2.", "2.1", "1."]


def test_symbol_labels_are_bullets_whatever_the_format(tmp_path: Path) -> None:
    doc = docx.Document()
    f.set_numbering(doc, [f.abstract_num(97, [f.lvl(0, "decimal", "➢")]), f.num(1, 97)])
    f.numbered(doc, "An arrow item", 1, 0)
    doc.save(str(tmp_path / "arrow.docx"))
    assert [b.number for b in read_docx(tmp_path / "arrow.docx").blocks] == [None]
