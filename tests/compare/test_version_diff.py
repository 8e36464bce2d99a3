"""Version diff: the vendor's revision fixed two items, broke one and changed a time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reviewer.annotations import Annotations
from reviewer.api import review
from reviewer.cli import main
from reviewer.compare.versions import (
    CHANGED,
    IMPROVED,
    SAME,
    WORSE,
    DiffSegment,
    VersionDiff,
    diff_versions,
    evidence_diff,
    render_diff,
    text_diff,
)
from reviewer.review import Evidence, Status
from reviewer.session.review_file import load_review_file, new_saved_review, save_review_file

from . import render, variant

# The original: P1 response 4 hours, maintenance notice "where possible", old
# versions supported "for a reasonable period"; breach notice within 72 hours.
ORIGINAL = [
    ("| 15 minutes, 24x7 | 4 hours |", "| 4 hours, 24x7 | 8 hours |"),
    ("is announced at least 7 days in advance by e-mail",
     "is announced in advance where possible by e-mail"),
    ("Emergency maintenance is announced as early as possible and at least 2 hours in advance.",
     "Emergency maintenance is announced as early as possible."),
    ("e-mailed to the Customer's technical contacts within 24 hours of confirmation",
     "e-mailed to the Customer's technical contacts from time to time"),
    ("11.2 Each major SDK version is supported for 18 months after the release of its successor.",
     "11.2 Each major SDK version is supported for a reasonable period after the release of "
     "its successor."),
]
# The revision: P1 response 1 hour; notice and support window fixed (the
# corpus text); the breach notice lost its 72 hours.
REVISION = [
    ("| 15 minutes, 24x7 | 4 hours |", "| 1 hour, 24x7 | 8 hours |"),
    ("without undue delay and in any event within 72 hours after becoming aware of it",
     "without undue delay after becoming aware of it"),
]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    folder = tmp_path_factory.mktemp("versions")
    old = render(variant("veloxa-enterprise-sla-en", ORIGINAL), folder, "terms-v1", "pdf")
    new = render(variant("veloxa-enterprise-sla-en", REVISION), folder, "terms-v2", "docx")
    # The reviewer's saved work on the original, with the vendor's answers.
    ann = (Annotations()
           .with_item("version-support-window", vendor_response="We will commit to 18 months.")
           .with_item("data-use", vendor_response="We never use customer data for training; "
                                                  "we will add this to the terms.")
           .with_item("documentation-training", status_override=Status.VAGUE,
                      override_note="English only", note="Ask for Chinese docs")
           .with_item("security-incident", status_override=Status.MET, note="72 h is fine")
           .with_item("encryption", extra_evidence=(Evidence("12.2 TLS", 40, "12.2"),)))
    saved = folder / "terms-v1.review.json"
    save_review_file(saved, new_saved_review(review(old), old, ann))
    return old, new, saved


@pytest.fixture(scope="module")
def diff(files: tuple[Path, Path, Path]) -> VersionDiff:
    _, new, saved = files
    return diff_versions(saved, new)


def test_two_items_fixed_one_broken(diff: VersionDiff) -> None:
    improved = {i.item_id: (i.old_status, i.new_status) for i in diff.by_change(IMPROVED)}
    assert improved == {
        "proactive-notice": (Status.VAGUE, Status.MET),
        "version-support-window": (Status.VAGUE, Status.MET),
    }
    worse = {i.item_id: (i.old_status, i.new_status) for i in diff.by_change(WORSE)}
    assert worse == {"security-incident": (Status.MET, Status.VAGUE)}
    assert diff.item("encryption").change == SAME


def test_fact_changes(diff: VersionDiff) -> None:
    response = diff.item("response-times")
    assert response.change == CHANGED
    assert [f.en for f in response.fact_changes] == ["Severity 1 response 4 h -> 1 h"]
    support = diff.item("version-support-window").fact_changes
    assert [f.en for f in support] == ["support window: new, 18 months"]
    breach = diff.item("security-incident").fact_changes
    assert [f.en for f in breach] == ["breach notice 72 h: removed"]


def test_fact_changes_in_chinese(diff: VersionDiff) -> None:
    """The Chinese UI shows the same changes in Chinese (the core words both)."""
    assert [f.zh for f in diff.item("response-times").fact_changes] == [
        "Severity 1 响应时间 4 小时 -> 1 小时"]
    assert [f.get("zh") for f in diff.item("version-support-window").fact_changes] == [
        "支持期：新增，18 个月"]
    assert [f.zh for f in diff.item("security-incident").fact_changes] == [
        "泄露通知时限 72 小时：已删除"]


def test_fact_change_lists_and_minutes_in_both_languages() -> None:
    from reviewer.checklist import default_checklist
    from reviewer.compare.vendors import item_key_fact
    from reviewer.compare.versions import fact_changes

    checklist = default_checklist()
    regions = fact_changes(item_key_fact(checklist, "data-residency"),
                           {"regions": ["EU", "US"]}, {"regions": ["EU", "CN"]})
    assert [(t.en, t.zh) for t in regions] == [
        ("regions: added CN; removed US", "regions：新增 CN；删除 US")]
    levels = fact_changes(item_key_fact(checklist, "response-times"), {"levels": [{"level": "P1", "minutes": 30}]},
                          {"levels": [{"level": "P1", "minutes": 15}]})
    assert [(t.en, t.zh) for t in levels] == [
        ("P1 response 30 min -> 15 min", "P1 响应时间 30 分钟 -> 15 分钟")]


def test_evidence_word_diff(diff: VersionDiff) -> None:
    text = diff.item("version-support-window").evidence_diff_text(context=None)
    assert "supported for [-a-]{+18+} [-reasonable period-]{+months+} after" in text
    broken = diff.item("security-incident").evidence_diff_text(context=None)
    assert "without undue delay[- and in any event within 72 hours-] after" in broken
    assert diff.item("encryption").evidence_diff_text() == ""


def test_a_clause_the_original_cited_third_is_still_its_counterpart() -> None:
    """The original led with an exclusion list and cited the notice clause third;
    the revision cites that clause second: they are compared, and the original's
    unmatched first clause shows as removed."""
    old = (Evidence("9.3 Downtime does not include planned maintenance announced under 8.1.", 30, "9.3"),
           Evidence("8.2 Known issues are published on the status page.", 20, "8.2"),
           Evidence("8.1 Planned maintenance is announced in advance where possible.", 10, "8.1"))
    new = (Evidence("8.2 Known issues are published on the status page within 24 hours.", 20, "8.2"),
           Evidence("8.1 Planned maintenance is announced at least 7 days in advance.", 10, "8.1"))
    segments = evidence_diff(old, new)
    assert DiffSegment("insert", "at least 7 days ") in segments
    assert DiffSegment("delete", old[0].text) in segments


def test_chinese_diff_by_character() -> None:
    segments = text_diff("乙方应在24小时内通知甲方。", "乙方应在72小时内书面通知甲方。")
    assert render_diff(segments) == "乙方应在[-24-]{+72+}小时内{+书面+}通知甲方。"
    assert render_diff(text_diff("响应时间为4小时", "响应时间为1小时")) == "响应时间为[-4-]{+1+}小时"


def test_promised_but_not_delivered(diff: VersionDiff) -> None:
    promised = {i.item_id for i in diff.promised}
    assert promised == {"data-use"}  # the support window answer was delivered
    assert "training" in diff.item("data-use").vendor_response


def test_notes_and_overrides_carry_over(diff: VersionDiff, files: tuple[Path, Path, Path],
                                        tmp_path: Path) -> None:
    docs = diff.item("documentation-training")
    assert docs.carried_override is Status.VAGUE and not docs.override_needs_check
    assert docs.note == "Ask for Chinese docs"
    incident = diff.item("security-incident")
    assert incident.carried_override is Status.MET and incident.override_needs_check
    # --save writes the revision's review with the reviewer's work on it.
    _, new, saved = files
    out = tmp_path / "terms-v2.review.json"
    assert main(["diff", str(saved), str(new), "--save", str(out)]) == 0
    reopened = load_review_file(out)
    assert reopened.contract_name == "terms-v2.docx"
    assert reopened.annotations.item("documentation-training").note == "Ask for Chinese docs"
    assert reopened.annotations.item("data-use").vendor_response.startswith("We never")
    assert reopened.review.finding("version-support-window").status is Status.MET
    # Evidence the reviewer added cites the original's clauses: it does not carry over.
    assert reopened.annotations.item("encryption").extra_evidence == ()


def test_cli_json_and_workbook(files: tuple[Path, Path, Path], tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    old, new, _ = files
    out_json, out_xlsx = tmp_path / "d.json", tmp_path / "d.xlsx"
    assert main(["diff", str(old), str(new), "--json", str(out_json),
                 "--xlsx", str(out_xlsx)]) == 0
    printed = capsys.readouterr().out
    assert "+ version-support-window   vague -> met" in printed
    assert "- security-incident        met -> vague" in printed
    assert "fact: Severity 1 response 4 h -> 1 h" in printed
    data = json.loads(out_json.read_text(encoding="utf-8"))
    item = next(i for i in data["items"] if i["id"] == "proactive-notice")
    assert (item["old_status"], item["new_status"], item["change"]) == ("vague", "met", "improved")
    assert {"op": "insert", "text": "at least 7 days "} in item["evidence_diff"]
    assert item["new_evidence"][0]["page"] is None  # the revision is a DOCX
    assert item["old_evidence"][0]["page"] is not None  # the original a PDF
    ws = load_workbook(out_xlsx).active
    rows = {r[1]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    from reviewer.checklist import default_checklist

    title = default_checklist().item("security-incident").title.en
    assert rows[title][2:5] == ("Met", "Vague", "Worse")


def test_answers_from_the_returned_workbook(files: tuple[Path, Path, Path], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """The vendor fills in the checklist workbook; diff --responses reads their answers."""
    old, new, _ = files
    workbook = tmp_path / "checklist.xlsx"
    assert main(["review", str(old), "--quiet", "--xlsx", str(workbook)]) == 0
    wb = load_workbook(workbook)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    answer_col = header.index("Vendor response") + 1
    for row in range(2, ws.max_row + 1):
        if ws.cell(row=row, column=1).value in ("data-use", "proactive-notice"):
            ws.cell(row=row, column=answer_col, value="Agreed, we will add it.")
    wb.save(workbook)
    capsys.readouterr()
    out_json = tmp_path / "d.json"
    assert main(["diff", str(old), str(new), "--responses", str(workbook),
                 "--json", str(out_json)]) == 0
    printed = capsys.readouterr().out
    assert 'PROMISED, NOT IN THE REVISION: the vendor answered "Agreed, we will add it."' in printed
    items = {i["id"]: i for i in json.loads(out_json.read_text(encoding="utf-8"))["items"]}
    assert items["data-use"]["promised_not_delivered"]  # answered, still missing
    assert items["data-use"]["vendor_response"] == "Agreed, we will add it."
    assert not items["proactive-notice"]["promised_not_delivered"]  # answered and delivered
    assert [i for i, v in items.items() if v["promised_not_delivered"]] == ["data-use"]


def test_the_diff_workbooks_rows_are_as_tall_as_their_text(diff: VersionDiff) -> None:
    """Spreadsheet programs do not re-measure a file's rows: without a height the
    wrapped clauses of a row are drawn over each other."""
    from reviewer.compare.xlsx import build_diff_workbook

    ws = build_diff_workbook(diff).active
    assert ws is not None
    heights = {r: ws.row_dimensions[r].height for r in range(1, ws.max_row + 1)}
    assert all(h is not None for h in heights.values()), heights
    row = next(r for r in range(2, ws.max_row + 1)
               if ws.cell(row=r, column=2).value == diff.item("version-support-window").title.en)
    assert (heights[row] or 0) > 3 * 15  # its old and new clauses take several lines
