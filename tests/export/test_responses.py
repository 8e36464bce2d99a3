"""The vendor round trip: export the checklist, the vendor edits it, import the answers."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reviewer.annotations import Annotations
from reviewer.export.xlsx import META_SHEET, write_checklist_xlsx
from reviewer.review import Status
from reviewer.session.responses import ResponseImportError, import_vendor_responses

from . import make_checklist, make_review, write_docx_contract, write_pdf_contract

ANSWERS = {
    "response-times": "P1: 30 minutes, 24x7.",
    "availability": "=99.95% monthly, measured externally",  # looks like a formula
    "data-residency": "All data stays in Singapore (ap-southeast-1).",
}


def _vendor_edits(src: Path, dst: Path, answers: dict[str, str], seed: int = 7) -> None:
    """What a vendor does: re-sort rows, add a column, rename the sheet, answer."""
    wb = load_workbook(src)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    body = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    random.Random(seed).shuffle(body)
    resp = header.index("Vendor response")
    for row in body:
        if row[0] in answers:
            row[resp] = answers[row[0]]
    ws.delete_rows(2, ws.max_row)
    for r, row in enumerate(body, start=2):
        for c, value in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=value)
            if isinstance(value, str) and value.startswith("="):
                ws.cell(row=r, column=c).data_type = "s"
    ws.insert_cols(3)
    ws.cell(row=1, column=3, value="Vendor's internal ref")
    ws.title = "Our answers"
    wb.save(dst)


@pytest.fixture
def exported(tmp_path: Path):
    contract = write_pdf_contract(tmp_path / "vendor.pdf", "en")
    review = make_review(contract)
    out = write_checklist_xlsx(review, tmp_path / "to-vendor.xlsx", checklist=make_checklist())
    return review, out


def test_shuffled_renamed_workbook_is_matched_by_item_id(tmp_path, exported):
    review, out = exported
    returned = tmp_path / "returned.xlsx"
    _vendor_edits(out, returned, ANSWERS)
    before = Annotations().with_item("response-times", note="Escalate to legal")
    after, summary = import_vendor_responses(review, before, returned)
    for item_id, answer in ANSWERS.items():
        assert after.item(item_id).vendor_response == answer
    assert set(summary.updated) == set(ANSWERS)
    assert set(summary.unanswered) == {"support-hours", "service-credits"}
    assert summary.unknown == () and summary.not_in_workbook == ()
    assert after.item("response-times").note == "Escalate to legal"  # never overwritten
    assert summary.message() == "Imported 3 vendor response(s), 2 item(s) left unanswered."


def test_reviewer_notes_survive_even_if_the_vendor_edits_that_column(tmp_path, exported):
    review, out = exported
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    ws.cell(row=2, column=header.index("Status") + 1, value="vendor wrote here")
    ws.cell(row=2, column=header.index("Vendor response") + 1, value="Our answer")
    wb.save(tmp_path / "r.xlsx")
    item_id = ws.cell(row=2, column=1).value
    ann = Annotations().with_item(item_id, note="mine", status_override=Status.MET)
    after, _ = import_vendor_responses(review, ann, tmp_path / "r.xlsx")
    assert after.item(item_id).note == "mine"
    assert after.item(item_id).status_override == Status.MET
    assert after.item(item_id).vendor_response == "Our answer"


def test_empty_answer_does_not_erase_an_earlier_one(tmp_path, exported):
    review, out = exported
    ann = Annotations().with_item("support-hours", vendor_response="Answered by email")
    after, summary = import_vendor_responses(review, ann, out)  # returned untouched
    assert after.item("support-hours").vendor_response == "Answered by email"
    assert summary.updated == ()


def test_imported_answers_show_in_later_exports(tmp_path, exported):
    review, out = exported
    _vendor_edits(out, tmp_path / "returned.xlsx", ANSWERS)
    ann, _ = import_vendor_responses(review, None, tmp_path / "returned.xlsx")
    again = write_checklist_xlsx(review, tmp_path / "second.xlsx", annotations=ann,
                                 checklist=make_checklist())
    ws = load_workbook(again).worksheets[0]
    header = [c.value for c in ws[1]]
    col = header.index("Vendor response")
    answers = {r[0]: r[col] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert answers["data-residency"] == ANSWERS["data-residency"]
    assert answers["availability"] == ANSWERS["availability"]  # still text, not a formula


def test_workbook_for_another_contract_is_refused(tmp_path, exported):
    _, out = exported
    other = make_review(write_docx_contract(tmp_path / "other.docx", "en"))
    with pytest.raises(ResponseImportError, match="belongs to another contract"):
        import_vendor_responses(other, None, out)


def test_workbook_for_another_checklist_version_is_refused(tmp_path, exported):
    review, out = exported
    wb = load_workbook(out)
    wb[META_SHEET]["B5"] = "2"  # checklist_version
    wb.save(tmp_path / "v2.xlsx")
    with pytest.raises(ResponseImportError, match="version 2"):
        import_vendor_responses(review, None, tmp_path / "v2.xlsx")


def test_workbook_not_made_by_us_is_refused(tmp_path, exported):
    review, out = exported
    wb = load_workbook(out)
    del wb[META_SHEET]
    wb.save(tmp_path / "copied.xlsx")
    with pytest.raises(ResponseImportError, match="not exported by Contract Reviewer"):
        import_vendor_responses(review, None, tmp_path / "copied.xlsx")


def test_unreadable_files_give_clear_messages(tmp_path, exported):
    review, _ = exported
    with pytest.raises(ResponseImportError, match="Cannot find"):
        import_vendor_responses(review, None, tmp_path / "nope.xlsx")
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a zip")
    with pytest.raises(ResponseImportError, match=r"Cannot read bad\.xlsx"):
        import_vendor_responses(review, None, bad)
    with pytest.raises(ResponseImportError, match="save it as Excel Workbook"):
        (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
        import_vendor_responses(review, None, tmp_path / "old.xls")


def test_chinese_workbook_round_trip(tmp_path):
    review = make_review(write_pdf_contract(tmp_path / "合同.pdf", "zh"))
    out = write_checklist_xlsx(review, tmp_path / "清单.xlsx", lang="zh",
                               checklist=make_checklist())
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    col = [c.value for c in ws[1]].index("供应商答复") + 1
    ws.cell(row=2, column=col, value="一级故障30分钟内响应。")
    wb.save(out)
    ann, summary = import_vendor_responses(review, None, out)
    assert ann.item(ws.cell(row=2, column=1).value).vendor_response == "一级故障30分钟内响应。"
    assert len(summary.updated) == 1
    assert summary.message("zh").startswith("已导入 1 条供应商答复，4 项未答复。")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_workbook_resaved_by_libreoffice_still_imports(tmp_path, exported):
    review, out = exported
    _vendor_edits(out, tmp_path / "edited.xlsx", ANSWERS)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                    str(tmp_path / "lo-out"), str(tmp_path / "edited.xlsx")],
                   check=True, capture_output=True, timeout=180)
    ann, summary = import_vendor_responses(review, None, tmp_path / "lo-out" / "edited.xlsx")
    assert set(summary.updated) == set(ANSWERS)
    assert ann.item("availability").vendor_response == ANSWERS["availability"]
