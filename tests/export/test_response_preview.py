"""The preview of a returned workbook: what would change, before anything does."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reviewer import cli
from reviewer.annotations import Annotations
from reviewer.review import Status
from reviewer.session import load_review_file, new_saved_review, save_review_file
from reviewer.session.response_preview import preview_vendor_responses

from . import make_checklist, make_review, write_pdf_contract


@pytest.fixture
def returned(tmp_path: Path):
    from reviewer.export.xlsx import write_checklist_xlsx

    contract = write_pdf_contract(tmp_path / "vendor.pdf", "en")
    review = make_review(contract)
    out = write_checklist_xlsx(review, tmp_path / "to-vendor.xlsx", checklist=make_checklist())
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    rows = {ws.cell(row=r, column=1).value: r for r in range(2, ws.max_row + 1)}
    col = {h: header.index(h) + 1 for h in header}
    ws.cell(rows["response-times"], col["Vendor response"], "P1: 30 minutes, 24x7.")
    ws.cell(rows["response-times"], col["Your position"], "Agreed")
    ws.cell(rows["availability"], col["Vendor response"], "99.95% monthly")
    ws.cell(rows["data-residency"], col["Status"], "Addressed")  # the vendor's own verdict
    extra = ws.max_row + 1
    ws.cell(extra, col["Item"], "General")
    ws.cell(extra, col["Vendor response"], "Our standard terms prevail.")
    wb.save(tmp_path / "returned.xlsx")
    return review, contract, tmp_path / "returned.xlsx"


def test_preview_sorts_new_changed_unmatched_and_status_edits(returned) -> None:
    review, _contract, path = returned
    before = Annotations().with_item("availability", vendor_response="99.9%")
    p = preview_vendor_responses(review, before, path)
    assert not p.refused and p.applicable
    assert [(c.item_id, c.new) for c in p.new] == [
        ("response-times", "Agreed: P1: 30 minutes, 24x7.")]
    assert [(c.item_id, c.old, c.new) for c in p.changed] == [
        ("availability", "99.9%", "99.95% monthly")]
    assert [u.text for u in p.unmatched] == ["General | Our standard terms prevail."]
    assert [(s.item_id, s.vendor) for s in p.status_edits] == [("data-residency", "Addressed")]
    assert set(p.still_open) == {"response-times", "availability"}  # answered, still vague
    assert p.annotations is not None
    assert p.annotations.item("availability").vendor_response == "99.95% monthly"
    assert before.item("availability").vendor_response == "99.9%"  # nothing changed yet


def test_another_contracts_workbook_is_refused_with_the_reason(returned, tmp_path) -> None:
    review, _contract, path = returned
    other = dataclasses.replace(review, document=dataclasses.replace(review.document,
                                                                      sha256="0" * 64))
    p = preview_vendor_responses(other, None, path)
    assert "belongs to another contract" in p.refused and not p.applicable
    other_cl = dataclasses.replace(review, checklist_version="99")
    assert "was made for checklist" in preview_vendor_responses(other_cl, None, path).refused


def test_cli_dry_run_prints_the_preview_and_changes_nothing(returned, tmp_path, capsys
                                                            ) -> None:
    review, contract, path = returned
    rf = tmp_path / "vendor.review.json"
    save_review_file(rf, new_saved_review(review, contract.path, Annotations().with_item(
        "response-times", note="keep", status_override=Status.MET)))
    before = rf.read_bytes()
    assert cli.main(["responses", "import", str(rf), str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 new answer(s), 1 changed" not in out  # availability had no answer yet
    assert "2 new answer(s)" in out and "Our standard terms prevail." in out
    assert "the vendor changed 'Not found in the contract' to 'Addressed'" in out
    assert "Dry run" in out and rf.read_bytes() == before
    assert cli.main(["responses", "import", str(rf), str(path)]) == 0
    saved = load_review_file(rf)
    assert saved.annotations.item("availability").vendor_response == "99.95% monthly"
    assert saved.annotations.item("response-times").note == "keep"
