"""The document pane on real files: lazy PDF pages, zoom, navigation, DOCX text."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reviewer.document import BlockKind
from reviewer.gui.document_pane import DocumentPane
from reviewer.ingest import read_document
from tests.fixtures import docx_factory as df
from tests.fixtures import pdf_factory as pf


@pytest.fixture(scope="module")
def pdf30(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pf.contract_pdf(tmp_path_factory.mktemp("views") / "c30.pdf", pages=30)


def test_pdf_renders_only_visible_pages_and_navigates(qtbot: QtBot, pdf30: Path) -> None:
    pane = DocumentPane()
    qtbot.addWidget(pane)
    pane.resize(800, 900)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_pdf(pdf30)
    pdf = pane.pdf
    assert pdf.page_count >= 25
    qtbot.waitUntil(lambda: pdf.rendered_pages >= 1, timeout=5000)
    qtbot.wait(200)
    assert pdf.rendered_pages <= 3  # lazy: only what is on screen
    assert pane.page_count_label.text() == f"of {pdf.page_count}"
    pane.page_box.setValue(20)
    assert pdf.current_page() == 20 and 20 in pdf.visible_pages()
    qtbot.waitUntil(lambda: pdf.cached(19) is not None, timeout=5000)
    width_fit = pdf.scale
    pane.zoom_in_button.click()
    assert pdf.scale == pytest.approx(width_fit * 1.2) and not pdf.fit_width
    pane.fit_button.click()
    assert pdf.fit_width and pdf.scale == pytest.approx(width_fit)
    pane.clear()
    assert pdf.page_count == 0


def test_docx_shows_numbers_headings_and_tables(qtbot: QtBot, tmp_path: Path) -> None:
    doc = read_document(df.english_support_contract(tmp_path / "terms.docx"))
    pane = DocumentPane()
    qtbot.addWidget(pane)
    pane.set_document(doc)
    text = pane.docx.toPlainText()
    numbered = next(b for b in doc.blocks if b.number)
    assert f"{numbered.number}\u2003{numbered.text}" in text
    table = next(b for b in doc.blocks if b.kind is BlockKind.TABLE)
    assert table.table is not None and table.table.rows[0].cells[0] in text
    row = table.table.rows[-1]
    assert pane.show_locations([row.location])
    selections = pane.docx.extraSelections()
    sel = selections[0].cursor.selectedText()
    assert row.cells[0] in sel and row.cells[-1] in sel
