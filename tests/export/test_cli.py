"""`reviewer export` and `reviewer responses import` run in-process, plus safe writing."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from reviewer import cli
from reviewer.annotations import Annotations
from reviewer.commands.export_options import add_export_arguments, run_exports, wanted_exports
from reviewer.review import Status
from reviewer.session.review_file import load_review_file, new_saved_review, save_review_file

from . import make_checklist, make_review, write_docx_contract, write_pdf_contract


@pytest.fixture(autouse=True)
def only_our_commands(monkeypatch):
    # Other subcommands land in parallel; a half-written one must not break these tests.
    monkeypatch.setattr(cli, "COMMANDS", ("export", "responses"))


@pytest.fixture
def review_file(tmp_path: Path) -> Path:
    contract = write_pdf_contract(tmp_path / "vendor.pdf", "en")
    review = make_review(contract)
    ann = Annotations(reviewer="Jane Doe").with_item(
        "availability", status_override=Status.MISSING, note="Ask for 99.95%")
    path = tmp_path / "vendor.review.json"
    save_review_file(path, new_saved_review(review, contract.path, ann))
    return path


def _xlsx_rows(path: Path) -> dict[str, dict[str, object]]:
    ws = load_workbook(path).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    return {str(r[0]): dict(zip(rows[0], r, strict=True)) for r in rows[1:]}


def test_export_writes_every_requested_file_with_the_overrides(tmp_path, review_file, capsys):
    out = tmp_path / "out"
    out.mkdir()
    code = cli.main(["export", str(review_file), "--xlsx", str(out / "c.xlsx"),
                     "--internal-xlsx", str(out / "internal.xlsx"),
                     "--csv", str(out / "c.csv"), "--json", str(out / "r.json"),
                     "--docx-report", str(out / "r.docx"), "--pdf-report", str(out / "r.pdf"),
                     "--paper", "letter", "--annotated", "--lang", "zh",
                     "--vendor", "Acme Cloud"])
    assert code == 0
    for name in ("c.xlsx", "c.csv", "r.json", "r.docx", "r.pdf"):
        assert (out / name).stat().st_size > 0, name
    assert (tmp_path / "vendor-reviewed.pdf").exists()  # default name, next to the contract
    assert "Wrote" in capsys.readouterr().err
    rows = _xlsx_rows(out / "internal.xlsx")
    assert rows["availability"]["结论"] == "缺失" and rows["availability"]["审核人备注"] == (
        "Ask for 99.95%")
    vendor = _xlsx_rows(out / "c.xlsx")  # the vendor's: neutral words, no internal note
    assert vendor["availability"]["结论"] == "合同中未找到"
    assert "审核人备注" not in vendor["availability"] and "工具结论" not in vendor["availability"]
    with pdfplumber.open(out / "r.pdf") as pdf:
        first = pdf.pages[0]
        assert (first.width, first.height) == pytest.approx((612, 792), abs=0.5)
        assert "Acme Cloud" in (first.extract_text() or "")
    data = json.loads((out / "r.json").read_text(encoding="utf-8"))
    assert data["reviewer"] == "Jane Doe"
    for name in ("c.xlsx", "internal.xlsx"):  # --paper reaches the workbooks too
        assert int(load_workbook(out / name).worksheets[0].page_setup.paperSize) == 1  # Letter


@pytest.mark.parametrize(("lang_env", "size", "points"),
                         [("en_US.UTF-8", 1, (612, 792)), ("de_DE.UTF-8", 9, (595.3, 841.9))])
def test_without_paper_option_the_locale_decides(tmp_path, review_file, monkeypatch, lang_env,
                                                  size, points):
    for var in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", lang_env)
    assert cli.main(["export", str(review_file), "--xlsx", str(tmp_path / "c.xlsx"),
                     "--pdf-report", str(tmp_path / "r.pdf")]) == 0
    assert int(load_workbook(tmp_path / "c.xlsx").worksheets[0].page_setup.paperSize) == size
    with pdfplumber.open(tmp_path / "r.pdf") as pdf:
        first = pdf.pages[0]
        assert (first.width, first.height) == pytest.approx(points, abs=0.5)


def test_export_without_an_output_says_what_to_give(review_file, capsys):
    assert cli.main(["export", str(review_file)]) == 2
    assert "give at least one of --xlsx" in capsys.readouterr().err


def test_unwritable_target_is_reported_and_the_other_exports_still_written(
    tmp_path, review_file, capsys
):
    code = cli.main(["export", str(review_file), "--xlsx", str(tmp_path / "no" / "c.xlsx"),
                     "--json", str(tmp_path / "r.json"), "--pdf-report", str(tmp_path)])
    assert code == 2
    err = capsys.readouterr().err
    assert "the folder" in err and "does not exist" in err
    assert "it is a folder" in err
    assert (tmp_path / "r.json").exists()


def test_failed_export_keeps_the_previous_file(tmp_path):
    contract = write_docx_contract(tmp_path / "vendor.docx", "en")
    review = make_review(contract)
    # Without a recorded hash the damage is only found when the file is read.
    review = replace(review, document=replace(review.document, sha256=""))
    target = tmp_path / "copy.docx"
    target.write_bytes(b"previous copy")
    contract.path.write_bytes(b"damaged")  # the contract is no longer a DOCX
    from reviewer.errors import InputError
    from reviewer.export import write_annotated_copy

    with pytest.raises(InputError, match="Cannot read the contract"):
        write_annotated_copy(review, target, checklist=make_checklist())
    assert target.read_bytes() == b"previous copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.docx", "vendor.docx"]


def test_responses_import_updates_the_review_file(tmp_path, review_file, capsys):
    xlsx = tmp_path / "to-vendor.xlsx"
    assert cli.main(["export", str(review_file), "--xlsx", str(xlsx)]) == 0
    wb = load_workbook(xlsx)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "data-residency":
            row[header.index("Vendor response")].value = "Singapore only."
    wb.save(xlsx)
    assert cli.main(["responses", "import", str(review_file), str(xlsx), "--dry-run"]) == 0
    assert load_review_file(review_file).annotations.item("data-residency").vendor_response == ""
    assert cli.main(["responses", "import", str(review_file), str(xlsx)]) == 0
    assert "Imported 1 vendor response(s)" in capsys.readouterr().out
    saved = load_review_file(review_file)
    assert saved.annotations.item("data-residency").vendor_response == "Singapore only."
    assert saved.annotations.item("availability").note == "Ask for 99.95%"
    again = tmp_path / "again.xlsx"
    assert cli.main(["export", str(review_file), "--xlsx", str(again)]) == 0
    assert _xlsx_rows(again)["data-residency"]["Vendor response"] == "Singapore only."


def test_responses_import_refuses_another_contracts_workbook(tmp_path, review_file, capsys):
    other = make_review(write_docx_contract(tmp_path / "other.docx", "en"))
    other_file = tmp_path / "other.review.json"
    save_review_file(other_file, new_saved_review(other, tmp_path / "other.docx"))
    xlsx = tmp_path / "vendor.xlsx"
    assert cli.main(["export", str(review_file), "--xlsx", str(xlsx)]) == 0
    assert cli.main(["responses", "import", str(other_file), str(xlsx)]) == 2
    assert "belongs to another contract (vendor.pdf)" in capsys.readouterr().err


def test_options_the_host_command_defines_are_left_to_it(tmp_path):
    parser = argparse.ArgumentParser()
    parser.add_argument("--json")  # `reviewer review` writes its own JSON
    add_export_arguments(parser)
    args = parser.parse_args(["--json", "x.json", "--xlsx", str(tmp_path / "c.xlsx")])
    assert wanted_exports(args) == ["xlsx"]
    review = make_review(write_pdf_contract(tmp_path / "v.pdf", "en"))
    assert run_exports(args, review, checklist=make_checklist()) == [tmp_path / "c.xlsx"]
    assert not Path("x.json").exists()

