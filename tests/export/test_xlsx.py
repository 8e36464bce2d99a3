"""The vendor checklist workbook and CSV, read back with openpyxl / csv."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reviewer.annotations import Annotations
from reviewer.export.csv_table import checklist_csv_text, write_checklist_csv
from reviewer.export.formula_guard import csv_safe, is_formula_like
from reviewer.export.xlsx import ID_HEADER, META_MARKER, META_SHEET, write_checklist_xlsx
from reviewer.review import Status

from . import INJECTION, make_checklist, make_review, write_pdf_contract


@pytest.fixture
def review_en(tmp_path: Path):
    return make_review(write_pdf_contract(tmp_path / "vendor.pdf", "en"))


def _table(ws) -> tuple[list[str], dict[str, dict[str, object]]]:
    rows = list(ws.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    by_id = {str(r[0]): dict(zip(header, r, strict=True)) for r in rows[1:]}
    return header, by_id


def test_checklist_sheet_has_one_row_per_item_with_ids_and_columns(tmp_path, review_en):
    ann = (Annotations(reviewer="Jane Doe")
           .with_item("availability", status_override=Status.MISSING, note="Ask for 99.95%"))
    out = write_checklist_xlsx(review_en, tmp_path / "out.xlsx", lang="en", annotations=ann,
                               checklist=make_checklist(), audience="internal")
    wb = load_workbook(out)
    ws = wb["Checklist"]
    header, rows = _table(ws)
    assert header == [ID_HEADER, "Section", "Item", "Status", "Tool's status", "Finding",
                      "Evidence (quote)", "Clause / page", "Deviation from policy",
                      "Question to the vendor", "Vendor response", "Reviewer note",
                      "Override reason", "Tool's confidence"]
    assert list(rows) == ["response-times", "support-hours", "availability",
                          "service-credits", "data-residency"]
    avail = rows["availability"]
    assert avail["Status"] == "Missing" and avail["Tool's status"] == "Vague"
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True) if r[0]}
    assert summary["Terms score (0-100)"] == round((25 * 75 + 20 * 50) / 55, 1)  # overridden
    assert avail["Reviewer note"] == "Ask for 99.95%"
    assert avail["Question to the vendor"].startswith("What availability percentage")
    assert avail["Clause / page"] == "p. 1"
    rt = rows["response-times"]
    assert rt["Clause / page"] == "1, p. 1"
    assert "exceeds the 1 h policy" in rt["Deviation from policy"]
    assert rows["support-hours"]["Question to the vendor"] is None  # met: nothing to ask
    assert rows["data-residency"]["Evidence (quote)"] is None
    # Layout: hidden id column, frozen header, filter over the table, wrapped text.
    assert ws.column_dimensions["A"].hidden
    assert ws.freeze_panes == "D2"
    assert ws.auto_filter.ref == "A1:N6"
    assert ws["G2"].alignment.wrap_text
    assert ws["D4"].fill.fgColor.rgb.endswith("FFC7CE")  # missing: red
    assert ws["D3"].fill.fgColor.rgb.endswith("C6EFCE")  # met: green
    # Rows tall enough for their wrapped text; printed landscape, two pages wide
    # (test_xlsx_print has the rest of the print setup).
    assert ws.row_dimensions[2].height >= 2 * 15
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 2


def test_row_height_counts_wrapped_and_cjk_lines():
    from reviewer.export.xlsx import row_height

    assert row_height(["short"], [20]) == 18
    # 19 units per line, a Latin character 0.9 of a unit: 21 characters per line.
    assert row_height(["x" * 63], [20]) == 3 * 15 + 3
    assert row_height(["x" * 64], [20]) == 4 * 15 + 3
    # CJK characters are double width, and their lines taller.
    assert row_height(["中" * 19], [20]) == 2 * 16.5 + 3
    assert row_height(["a\nb\nc"], [20]) == 3 * 15 + 3
    assert row_height(["x" * 100_000], [20]) == 409


def test_summary_and_hidden_record_of_contract_and_checklist(tmp_path, review_en):
    out = write_checklist_xlsx(review_en, tmp_path / "out.xlsx", lang="en",
                               annotations=Annotations(reviewer="Jane Doe"),
                               checklist=make_checklist(), audience="internal")
    wb = load_workbook(out)
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True) if r[0]}
    assert summary["Contract"] == "vendor.pdf"
    assert summary["Checklist"] == "Vendor support (vendor-support, version 1)"
    assert summary["Reviewer"] == "Jane Doe"
    assert summary["Terms score (0-100)"] == 52.5
    assert (summary["Met"], summary["Vague"], summary["Missing"], summary["Total"]) == (2, 2, 1, 5)
    meta = wb[META_SHEET]
    assert meta.sheet_state == "hidden"
    record = {r[0]: r[1] for r in meta.iter_rows(values_only=True)}
    assert record["format"] == META_MARKER
    assert record["contract_sha256"] == review_en.document.sha256
    assert (record["checklist_id"], record["checklist_version"]) == ("vendor-support", "1")


def test_chinese_workbook(tmp_path):
    review = make_review(write_pdf_contract(tmp_path / "合同.pdf", "zh"))
    out = write_checklist_xlsx(review, tmp_path / "清单.xlsx", lang="zh",
                               checklist=make_checklist(), audience="internal")
    wb = load_workbook(out)
    assert wb.sheetnames == ["检查清单", "概要", META_SHEET]
    _, rows = _table(wb["检查清单"])
    assert rows["response-times"]["结论"] == "模糊"
    assert rows["response-times"]["条款 / 页码"] == "1，第1页"
    assert rows["data-residency"]["向供应商的问题"] == "客户数据存储和处理在哪些地区？"


def test_contract_text_starting_with_a_formula_stays_text(tmp_path, review_en):
    out = write_checklist_xlsx(review_en, tmp_path / "out.xlsx", checklist=make_checklist(),
                               audience="internal")
    ws = load_workbook(out)["Checklist"]
    cell = next(c for c in ws["G"] if c.value == INJECTION)
    assert cell.data_type == "s"  # a formula would read back as data_type "f"
    assert cell.quotePrefix
    # The XML holds an inline string, no <f> element anywhere.
    import zipfile

    xml = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "HYPERLINK" in xml


@pytest.mark.parametrize("text", ["=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx", "＝1"])
def test_formula_starts_are_neutralised(text):
    assert is_formula_like(text)
    assert csv_safe(text) == "'" + text
    assert csv_safe("Plain text") == "Plain text"


def test_csv_has_same_rows_and_quotes_formulas(tmp_path, review_en):
    out = write_checklist_csv(review_en, tmp_path / "out.csv", lang="en",
                              checklist=make_checklist())
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == ID_HEADER
    assert [r[0] for r in rows[1:]] == ["response-times", "support-hours", "availability",
                                        "service-credits", "data-residency"]
    evidence = rows[3][6]
    assert evidence == "'" + INJECTION
    assert not any(is_formula_like(cell) for row in rows for cell in row)


def test_csv_in_chinese(tmp_path):
    review = make_review(write_pdf_contract(tmp_path / "c.pdf", "zh"))
    text = checklist_csv_text(review, lang="zh", checklist=make_checklist())
    assert "供应商答复" in text.splitlines()[0]
    assert "缺失" in text


def test_vendor_workbook_holds_nothing_internal(tmp_path, review_en):
    ann = (Annotations(reviewer="Jane Doe")
           .with_item("availability", status_override=Status.MISSING, note="INTERNAL: push hard",
                      override_note="Annex B is not binding"))
    out = write_checklist_xlsx(review_en, tmp_path / "vendor.xlsx", lang="en", annotations=ann,
                               checklist=make_checklist())
    wb = load_workbook(out)
    header, rows = _table(wb["Checklist"])
    assert header == [ID_HEADER, "Section", "Item", "Question to the vendor", "Status",
                      "Cited clause", "Your position", "Vendor response"]
    avail = rows["availability"]
    assert avail["Status"] == "Not found in the contract"  # neutral words, after the override
    assert avail["Cited clause"].startswith("p. 1")
    assert rows["response-times"]["Status"] == "Needs clarification"
    everything = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows()
                          for c in row if c.value is not None)
    for secret in ("INTERNAL", "Annex B", "Vague", "Tool", "Jane Doe", "Missing"):
        assert secret not in everything, secret
    # the position column offers a drop-down of answers
    dv = wb["Checklist"].data_validations.dataValidation
    assert len(dv) == 1 and dv[0].type == "list" and "Agreed" in dv[0].formula1
    assert str(dv[0].sqref) == "G2:G6"
    # the reviewer may choose to include the notes
    out2 = write_checklist_xlsx(review_en, tmp_path / "vendor2.xlsx", lang="en", annotations=ann,
                                checklist=make_checklist(), include_notes=True)
    _, rows2 = _table(load_workbook(out2)["Checklist"])
    assert "INTERNAL: push hard" in rows2["availability"]["Notes from the reviewer"]
    assert "Annex B is not binding" in rows2["availability"]["Notes from the reviewer"]


def test_internal_workbook_has_every_override_and_note(tmp_path, review_en):
    ann = (Annotations().with_item("data-residency", status_override=Status.VAGUE,
                                   override_note="EU hosting mentioned in the call")
           .with_item("support-hours", note="check holidays"))
    out = write_checklist_xlsx(review_en, tmp_path / "in.xlsx", lang="en", annotations=ann,
                               checklist=make_checklist(), audience="internal")
    _, rows = _table(load_workbook(out)["Checklist"])
    dr = rows["data-residency"]
    assert dr["Status"] == "Vague" and dr["Tool's status"] == "Missing"
    assert dr["Override reason"] == "EU hosting mentioned in the call"
    assert dr["Finding"].startswith("The reviewer changed this to Vague.")
    assert rows["support-hours"]["Reviewer note"] == "check holidays"
