"""The vendor comparison on three generated contracts whose facts are known."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reviewer.annotations import Annotations
from reviewer.cli import main
from reviewer.compare.vendors import Comparison, build_comparison, compare_vendors, load_vendor
from reviewer.compare.xlsx import write_comparison_xlsx
from reviewer.review import Status
from reviewer.session.review_file import new_saved_review, review_file_path_for, save_review_file

from . import three_vendors


@pytest.fixture(scope="module")
def contracts(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return three_vendors(tmp_path_factory.mktemp("vendors"))


@pytest.fixture(scope="module")
def comparison(contracts: list[Path]) -> Comparison:
    return compare_vendors(contracts)


def facts(cmp: Comparison, item_id: str) -> list[float | None]:
    return [c.value for c in cmp.row(item_id).cells]


def best(cmp: Comparison, item_id: str) -> list[bool]:
    return [c.best for c in cmp.row(item_id).cells]


def test_vendor_names_come_from_the_party_lines(comparison: Comparison) -> None:
    assert [v.name for v in comparison.vendors] == ["Veloxa", "Borealis", "北京云澜通信科技有限公司"]


def test_key_facts_per_vendor(comparison: Comparison) -> None:
    assert facts(comparison, "response-times") == [15, 60, 30]
    assert facts(comparison, "resolution-times") == [240, 480, 360]
    assert facts(comparison, "availability") == [99.95, 99.9, 99.5]
    assert facts(comparison, "version-support-window") == [18, 24, 18]
    assert facts(comparison, "security-incident") == [72, 24, 24]
    cells = comparison.row("response-times").cells
    assert [c.fact for c in cells] == ["Severity 1 15 min", "Severity 1 1 h", "紧急 30 min"]
    assert "EU" in comparison.row("data-residency").cells[0].fact
    assert "中国境内" in comparison.row("data-residency").cells[2].fact


def test_best_value_per_row(comparison: Comparison) -> None:
    assert best(comparison, "response-times") == [True, False, False]  # shortest
    assert best(comparison, "resolution-times") == [True, False, False]
    assert best(comparison, "availability") == [True, False, False]  # highest
    assert best(comparison, "version-support-window") == [False, True, False]  # longest
    assert best(comparison, "security-incident") == [False, True, True]  # a tie marks both
    # Status only: the one vendor that addresses data use is best; all equal marks none.
    assert [c.status for c in comparison.row("data-use").cells] == [
        Status.MISSING, Status.MISSING, Status.MET]
    assert best(comparison, "data-use") == [False, False, True]
    assert best(comparison, "escalation-path") == [False, False, False]


def test_policy_deviation_flagged(comparison: Comparison) -> None:
    cells = comparison.row("availability").cells
    assert [len(c.deviations) for c in cells] == [0, 0, 1]
    assert "99.5" in cells[2].deviations[0].message.en


def test_scores_match_each_review(comparison: Comparison) -> None:
    for i, v in enumerate(comparison.vendors):
        assert comparison.totals[i] == pytest.approx(v.review.score)
        assert comparison.section_scores[i] == pytest.approx(dict(v.review.section_scores))
        coverage = {c.id: c.score for c in comparison.scorecards[i]}["terms-coverage"]
        assert coverage == pytest.approx(v.review.score)


def test_evidence_is_kept_for_the_gui(comparison: Comparison) -> None:
    cell = comparison.row("availability").cells[0]
    assert any("99.95%" in e.text for e in cell.evidence)
    assert cell.evidence[0].location.page is not None  # a PDF: the page to open


def test_saved_review_with_override_counts_the_override(contracts: list[Path],
                                                        comparison: Comparison) -> None:
    veloxa = comparison.vendors[0]
    ann = Annotations().with_item("data-use", status_override=Status.MET, note="DPA signed")
    review_file = review_file_path_for(contracts[0])
    save_review_file(review_file, new_saved_review(veloxa.review, contracts[0], ann))
    reopened = load_vendor(review_file)
    assert reopened.name == "Veloxa" and reopened.contract == str(contracts[0])
    cmp = build_comparison([reopened, *comparison.vendors[1:]])
    cell = cmp.row("data-use").cells[0]
    assert (cell.status, cell.tool_status) == (Status.MET, Status.MISSING)
    assert cmp.totals[0] > comparison.totals[0]
    assert best(cmp, "data-use") == [True, False, True]
    review_file.unlink()


def test_json_and_cli(contracts: list[Path], tmp_path: Path,
                      capsys: pytest.CaptureFixture[str]) -> None:
    out_json, out_xlsx = tmp_path / "cmp.json", tmp_path / "cmp.xlsx"
    assert main(["compare", *map(str, contracts), "--json", str(out_json),
                 "--xlsx", str(out_xlsx)]) == 0
    printed = capsys.readouterr().out
    assert "Veloxa" in printed and "Borealis" in printed
    assert "MET* Severity 1 15 min" in printed
    assert "MET! 99.5%" in printed
    data = json.loads(out_json.read_text(encoding="utf-8"))
    row = next(i for i in data["items"] if i["id"] == "availability")
    assert [c["value"] for c in row["cells"]] == [99.95, 99.9, 99.5]
    assert [c["best"] for c in row["cells"]] == [True, False, False]
    assert row["cells"][2]["deviations"]
    assert row["cells"][0]["evidence"][0]["page"] is not None
    assert [v["name"] for v in data["vendors"]] == ["Veloxa", "Borealis", "北京云澜通信科技有限公司"]
    assert out_xlsx.is_file()


def test_workbook_matrix_and_vendor_sheets(comparison: Comparison, tmp_path: Path) -> None:
    path = write_comparison_xlsx(comparison, tmp_path / "c.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Comparison", "Veloxa", "Borealis", "北京云澜通信科技有限公司"]
    ws = wb["Comparison"]
    header = [c.value for c in ws[1]]
    assert header[2:] == ["Veloxa", "Borealis", "北京云澜通信科技有限公司"]
    rows = {r[1]: r for r in ws.iter_rows(min_row=2, values_only=True) if r[1]}
    title = comparison.checklist.item("availability").title.en
    assert rows[title][2] == "Met ★\n99.95%"
    assert rows[title][4].startswith("Met\n99.5%\n! ")
    total = next(r for r in ws.iter_rows(values_only=True) if r[0] == "Total score")
    assert list(total[2:]) == [round(t, 1) for t in comparison.totals]
    vendor = wb["Borealis"]
    assert vendor.max_row == 1 + len(comparison.rows)


def test_workbook_is_formula_injection_safe(comparison: Comparison, tmp_path: Path) -> None:
    evil = replace(comparison.vendors[0], name='=HYPERLINK("http://x","y")')
    cmp = build_comparison([evil, *comparison.vendors[1:]], comparison.checklist)
    wb = load_workbook(write_comparison_xlsx(cmp, tmp_path / "evil.xlsx"))
    cell = wb["Comparison"].cell(row=1, column=3)
    assert cell.value == '=HYPERLINK("http://x","y")'
    assert cell.data_type == "s"
    assert wb.sheetnames[1] == '=HYPERLINK("http___x","y")'  # a title, never a formula


def test_different_checklists_are_refused(comparison: Comparison) -> None:
    from reviewer.compare.vendors import CompareError

    other = replace(comparison.vendors[1], review=replace(comparison.vendors[1].review,
                                                          checklist_id="other"))
    with pytest.raises(CompareError, match="different checklists"):
        build_comparison([comparison.vendors[0], other])
