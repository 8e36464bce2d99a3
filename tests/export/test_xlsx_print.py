"""The checklist workbooks as printed and as the vendor may edit them.

Read back from the written file (openpyxl and the raw XML); the slow test
prints the workbook with LibreOffice and reads the PDF.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from reviewer.export.paper import locale_paper, resolve_paper
from reviewer.export.xlsx import POSITIONS, write_checklist_xlsx, write_internal_xlsx
from reviewer.session.responses import import_vendor_responses

from . import make_checklist, make_review, write_pdf_contract

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


@pytest.fixture
def review(tmp_path: Path):
    return make_review(write_pdf_contract(tmp_path / "R&D vendor.pdf", "en"))


def _vendor(review, path: Path, **kw) -> Path:
    return write_checklist_xlsx(review, path, checklist=make_checklist(), **kw)


def _header_col(ws: Worksheet, header: str) -> int:
    return [c.value for c in ws[1]].index(header) + 1


@pytest.mark.parametrize(("paper", "size"), [("a4", 9),
                                             ("letter", 1)])  # ECMA-376 codes
def test_vendor_workbook_prints_on_the_paper_with_titles_and_footer(tmp_path, review, paper,
                                                                     size):
    wb = load_workbook(_vendor(review, tmp_path / "v.xlsx", paper=paper))
    ws, summary = wb["Checklist"], wb["Summary"]
    assert int(ws.page_setup.paperSize) == size and int(summary.page_setup.paperSize) == size
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.print_title_rows == "$1:$1"
    # "&" in the contract's name is doubled, or "&D" would print today's date.
    assert ws.oddFooter.left.text == "R&&D vendor.pdf"
    assert ws.oddFooter.right.text == "Page &P of &N"
    # The Summary on one portrait page.
    assert summary.page_setup.orientation == "portrait"
    assert (summary.page_setup.fitToWidth, summary.page_setup.fitToHeight) == (1, 1)
    assert summary.sheet_properties.pageSetUpPr.fitToPage
    assert summary.oddFooter.right.text == "Page &P of &N"


def test_chinese_footer_and_internal_workbook_two_pages_wide(tmp_path, review):
    wb = load_workbook(write_internal_xlsx(review, tmp_path / "i.xlsx", lang="zh",
                                           checklist=make_checklist(), paper="letter"))
    ws = wb.worksheets[0]
    assert ws.oddFooter.right.text == "第 &P 页，共 &N 页"
    assert int(ws.page_setup.paperSize) == 1
    assert (ws.page_setup.fitToWidth, ws.page_setup.pageOrder) == (2, "overThenDown")
    assert ws.print_title_cols == "$B:$C"  # section and item on both halves
    assert not ws.protection.sheet  # the reviewer's own workbook is not locked


def test_paper_follows_the_locale_when_not_chosen(tmp_path, review, monkeypatch):
    assert locale_paper({"LANG": "en_US.UTF-8"}) == "letter"
    assert locale_paper({"LANG": "en_CA.UTF-8"}) == "letter"
    assert locale_paper({"LANG": "en_GB.UTF-8"}) == "a4"
    assert locale_paper({"LANG": "zh_CN.UTF-8"}) == "a4"
    assert locale_paper({"LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}) == "a4"
    assert locale_paper({"LC_ALL": "en_US", "LC_PAPER": "de_DE.UTF-8"}) == "letter"
    assert locale_paper({}) == locale_paper({"LANG": "C"}) == "a4"
    for var in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    wb = load_workbook(_vendor(review, tmp_path / "v.xlsx"))
    assert int(wb.worksheets[0].page_setup.paperSize) == 1
    assert resolve_paper("A4") == "a4"


def test_vendor_can_edit_only_the_answer_cells(tmp_path, review):
    out = _vendor(review, tmp_path / "v.xlsx")
    wb = load_workbook(out)
    ws = wb["Checklist"]
    assert ws.protection.sheet and wb["Summary"].protection.sheet
    answers = {_header_col(ws, "Your position"), _header_col(ws, "Vendor response")}
    n = ws.max_row
    assert n == 6
    for row in ws.iter_rows(min_row=1, max_row=n, max_col=ws.max_column):
        for cell in row:
            editable = cell.column in answers and cell.row >= 2
            assert cell.protection.locked is not editable, cell.coordinate
    for row in wb["Summary"].iter_rows():
        assert all(c.protection.locked for c in row)
    # No password: the protection element carries no hash of any kind.
    with zipfile.ZipFile(out) as z:
        for name in ("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"):
            prot = etree.fromstring(z.read(name)).find("m:sheetProtection", NS)
            assert prot is not None and prot.get("sheet") == "1"
            assert not {"password", "hashValue", "algorithmName"} & set(prot.attrib)
            assert prot.get("autoFilter") == "0" and prot.get("sort") == "0"  # allowed


def test_position_drop_down_refuses_other_values(tmp_path, review):
    ws = load_workbook(_vendor(review, tmp_path / "v.xlsx"))["Checklist"]
    col = ws.cell(row=1, column=_header_col(ws, "Your position")).column_letter
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list" and str(dv.sqref) == f"{col}2:{col}6"
    assert dv.formula1 == '"' + ",".join(POSITIONS["en"]) + '"'
    assert dv.showErrorMessage and dv.error and dv.prompt


def test_protected_workbook_filled_as_a_vendor_would_imports(tmp_path, review):
    """Export, type answers only where the sheet allows, save, import."""
    out = _vendor(review, tmp_path / "v.xlsx")
    wb = load_workbook(out)
    ws = wb["Checklist"]
    pos, resp = _header_col(ws, "Your position"), _header_col(ws, "Vendor response")
    answers = {}
    for r in range(2, ws.max_row + 1):
        assert not ws.cell(row=r, column=resp).protection.locked
        item = ws.cell(row=r, column=1).value
        ws.cell(row=r, column=pos, value=POSITIONS["en"][r % 4])
        if r % 2 == 0:
            answers[item] = f"Answer for {item}"
            ws.cell(row=r, column=resp, value=answers[item])
    wb.save(tmp_path / "returned.xlsx")
    assert load_workbook(tmp_path / "returned.xlsx")["Checklist"].protection.sheet
    ann, summary = import_vendor_responses(review, None, tmp_path / "returned.xlsx")
    assert set(summary.updated) == set(answers) and len(answers) == 3
    for item, text in answers.items():
        assert ann.item(item).vendor_response == text


def _pdf_pages_text(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler not installed")
@pytest.mark.parametrize(("paper", "points"), [("a4", "841.89 x 595.3"), ("letter", "792 x 612")])
def test_libreoffice_prints_the_vendor_workbook_as_set_up(tmp_path, review, paper, points):
    out = _vendor(review, tmp_path / "v.xlsx", paper=paper)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "v.pdf"
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "1", str(pdf)], check=True,
                          capture_output=True, text=True).stdout
    assert points in info  # landscape on the paper asked for
    pages = _pdf_pages_text(pdf)
    n = len(pages)
    for i, page in enumerate(pages, start=1):
        assert f"Page {i} of {n}" in page and "R&D vendor.pdf" in page
    table = [p for p in pages if "Vendor response" in p]
    assert table and all("Cited clause" in p for p in table)  # header on every page
    # Every column on the page (none cut off to a page of its own), the Summary on one page.
    assert all("Your position" in p for p in table)
    assert sum("Items to answer" in p for p in pages) == 1
    assert "Items to answer" in pages[-1] and "Checklist" in pages[-1]
