"""Issue 15: positions and bands, red flags, the redline (tracked changes) and the issue list.

Real DOCX/PDF contracts are generated here (python-docx, reportlab), reviewed by
the real pipeline, and every export is re-opened and checked.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from reviewer import api
from reviewer.annotations import Annotations
from reviewer.checklist.loader import default_checklist, parse_checklist
from reviewer.cli import main
from reviewer.errors import ChecklistError
from reviewer.evaluation.items import RED_FLAG_IDS
from reviewer.language import Language
from reviewer.positions import BandName, band_of
from reviewer.session.review_file import load_review_file, new_saved_review, save_review_file

EN = ["Support Terms", "1. Response",
      "1.1 The Vendor will respond to Severity 1 incidents promptly.",
      "1.2 Support is available 24x7 for Severity 1.",
      "2. Changes", "2.1 The Vendor may amend this SLA at any time, effective on publication on its website.",
      "3. Service credits",
      "3.1 Service credits are the sole and exclusive remedy for any failure to meet the availability commitment.",
      "3.2 Availability is measured by the Vendor's monitoring system, and the Vendor's records prevail "
      "in any dispute.",
      "4. Suspension", "4.1 The Vendor may suspend the service at its sole discretion without notice.",
      "5. Interpretation", "5.1 The Vendor reserves the right of final interpretation of these terms."]
ZH = ["技术支持条款", "第一条 响应", "1.1 乙方应尽快响应一级故障。", "第二条 条款变更",
      "2.1 乙方有权随时修改本协议，修改后的条款公布即生效。", "第三条 服务赔偿", "3.1 服务赔偿为甲方的唯一救济。",
      "3.2 可用性以乙方系统记录为准。", "第四条 暂停服务", "4.1 乙方有权随时暂停服务，无需通知。",
      "第五条 其他", "5.1 本协议最终解释权归乙方所有。"]
GOOD = ["Support Terms", "1. Response",
        "1.1 The Vendor shall respond to Severity 1 incidents within 45 minutes, 24x7.",
        "2. Amendments", "2.1 This Agreement may only be amended by a written amendment signed by both parties.",
        "3. Credits", "3.1 Service credits are without prejudice to the Customer's other rights and remedies.",
        "3.2 The Customer may dispute any availability measurement with its own monitoring records.",
        "4. Suspension", "4.1 The Vendor may suspend the service only if fees remain unpaid 30 days after "
        "written notice and the Customer fails to cure."]
RED_FLAGS = RED_FLAG_IDS


def make_docx(path: Path, paragraphs: list[str]) -> Path:
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(str(path))
    return path


def make_pdf(path: Path, paragraphs: list[str]) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 800
    for p in paragraphs:
        c.drawString(50, y, p[:110])
        y -= 18
    c.save()
    return path


def test_bundled_positions_and_bands() -> None:
    cl = default_checklist()
    assert all(item.positions is not None for item in cl.items)
    band = cl.item("response-times").positions.band  # type: ignore[union-attr]
    assert (band.preferred, band.fallback, band.unacceptable) == (30, 60, 240)
    assert cl.item("availability").positions.band.lower_is_better is False  # type: ignore[union-attr]


@pytest.mark.parametrize("body, message", [
    ("positions: {fallback: {en: x}}", "required key 'preferred'"),
    ("positions: {preferred: {en: 'within {value} minutes'}}", "needs a 'band'"),
    ("positions: {preferred: {en: 'by {vndor}'}}", "not a placeholder"),
    ("positions: {preferred: {en: x}, band: {fact: hours, preferred: 24, fallback: 100, unacceptable: 72}}",
     "must run one way"),
    ("positions: {preferred: {en: x}, replace: {en: [promptly]}}", "go together"),
    ("positions: {preferred: {en: x}, prefered: {en: y}}", "Did you mean 'preferred'"),
])
def test_positions_are_validated_with_line_and_key(body: str, message: str) -> None:
    text = f"""schema: contract-reviewer/checklist-1
id: mini
version: "1"
sections:
  - id: s
    title: S
    weight: 1
    items:
      - id: a
        title: A
        description: A
        question: A?
        find: {{keywords: {{en: [alpha]}}}}
        {body}
"""
    with pytest.raises(ChecklistError) as err:
        parse_checklist(text, "mini.yaml")
    assert message in str(err.value)
    assert "line 14" in str(err.value) or "line 1" in str(err.value)
    assert "positions" in str(err.value)


@pytest.fixture(scope="module")
def contracts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("negotiation")
    return {"en": make_docx(folder / "bad-en.docx", EN), "zh": make_docx(folder / "bad-zh.docx", ZH),
            "good": make_docx(folder / "good-en.docx", GOOD), "pdf": make_pdf(folder / "bad-en.pdf", EN)}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_red_flags_found_and_banded(contracts: dict[str, Path], lang: str) -> None:
    review = api.review(str(contracts[lang]))
    cl = default_checklist()
    for item_id in RED_FLAGS:
        f = review.finding(item_id)
        assert f.status.value == "vague", item_id
        assert band_of(cl.item(item_id), f) is BandName.UNACCEPTABLE
    assert band_of(cl.item("response-times"), review.finding("response-times")) is BandName.BELOW_FALLBACK


def test_protective_terms_are_met_and_value_bands(contracts: dict[str, Path]) -> None:
    review = api.review(str(contracts["good"]))
    cl = default_checklist()
    for item_id in ("unilateral-amendment", "credits-not-sole-remedy", "independent-measurement",
                    "suspension-limits"):
        assert review.finding(item_id).status.value == "met", item_id
    # 45 minutes: worse than the preferred 30, within the fallback 60.
    assert band_of(cl.item("response-times"), review.finding("response-times")) is BandName.FALLBACK
    assert review.finding("no-final-interpretation").status.value == "missing"
    assert band_of(cl.item("no-final-interpretation"),
                   review.finding("no-final-interpretation")) is BandName.FALLBACK


def _revisions(path: Path) -> tuple[str, str]:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode(), z.read("word/comments.xml").decode()


@pytest.mark.parametrize("lang, hedge, substitute", [
    ("en", "promptly", "within 30 minutes"), ("zh", "尽快", "在30分钟内")])
def test_redline_docx_has_authored_dated_tracked_changes(
        contracts: dict[str, Path], tmp_path: Path, lang: str, hedge: str, substitute: str) -> None:
    review = api.review(str(contracts[lang]))
    ann = Annotations().with_reviewer("Jane Counsel")
    out = tmp_path / f"redline-{lang}.docx"
    result = api.write_redline(review, out, annotations=ann)
    xml, comments = _revisions(out)
    assert 'w:author="Jane Counsel"' in xml and "w:date=" in xml
    ins, dels = api.count_revisions(out)
    assert ins == result.insertions > 5 and dels == result.deletions >= 6  # hedge + 5 red flags
    assert comments.count("<w:comment ") == result.comments >= ins - 1
    clean = api.accept_all_text(out)
    assert hedge not in clean.split("\n")[2] and substitute in clean.split("\n")[2]
    flagged = EN[5] if lang == "en" else ZH[4]
    assert flagged not in clean  # the red flag's clause is struck
    assert ("Requested amendments" if lang == "en" else "修改要求") in clean
    # python-docx reads the copy; the original is untouched.
    assert docx.Document(str(out)).paragraphs
    assert docx.Document(str(contracts[lang])).paragraphs[2].text == (EN if lang == "en" else ZH)[2]


def test_reviewers_choices_fallback_and_skip(contracts: dict[str, Path], tmp_path: Path) -> None:
    review = api.review(str(contracts["en"]))
    ann = (Annotations().with_item("response-times", position="fallback")
           .with_item("unilateral-amendment", position="skip"))
    changes = {c.item_id: c for c in api.plan_changes(review, default_checklist(), ann)}
    assert changes["response-times"].new_text == "within 60 minutes"
    assert "unilateral-amendment" not in changes
    # Saved in the review file, honoured by `reviewer export --redline`.
    saved = tmp_path / "bad-en.review.json"
    save_review_file(saved, new_saved_review(review, contracts["en"], ann))
    assert load_review_file(saved).annotations.item("response-times").position == "fallback"
    out = tmp_path / "from-export.docx"
    assert main(["export", str(saved), "--redline", str(out)]) == 0
    clean = api.accept_all_text(out)
    assert "within 60 minutes" in clean
    assert "may amend this SLA at any time" in clean  # skipped: left as it is


def test_pdf_contract_gets_an_amendment_schedule(contracts: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "schedule.docx"
    assert main(["review", str(contracts["pdf"]), "--redline", str(out)]) == 0
    clean = api.accept_all_text(out)
    assert clean.startswith("Requested amendments")
    ins, _ = api.count_revisions(out)
    assert ins >= 10
    assert "within 30 minutes" in clean


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_issue_list_one_page_ranked(contracts: dict[str, Path], tmp_path: Path, lang: str,
                                    suffix: str) -> None:
    out = tmp_path / f"issues-{lang}{suffix}"
    assert main(["review", str(contracts[lang]), "--issue-list", str(out), "--lang", lang]) == 0
    if suffix == ".pdf":
        from pypdf import PdfReader

        reader = PdfReader(str(out))
        assert len(reader.pages) == 1
        text = reader.pages[0].extract_text()
    else:
        d = docx.Document(str(out))
        text = "\n".join(c.text for row in d.tables[0].rows for c in row.cells)
        assert len(d.tables[0].rows) <= 11
    first_flag = "No unilateral change" if lang == "en" else "不得单方变更"
    assert first_flag in text
    assert ("High" if lang == "en" else "高") in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_issue_list_and_schedule_on_the_paper_asked_for(contracts: dict[str, Path], tmp_path: Path,
                                                        lang: str) -> None:
    from pypdf import PdfReader

    pdf, word, schedule = tmp_path / "issues.pdf", tmp_path / "issues.docx", tmp_path / "sched.docx"
    assert main(["review", str(contracts[lang]), "--issue-list", str(pdf), "--lang", lang,
                 "--paper", "letter"]) == 0
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1  # still one page on Letter's narrower landscape
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)
    assert main(["review", str(contracts[lang]), "--issue-list", str(word), "--lang", lang,
                 "--paper", "letter"]) == 0
    section = docx.Document(str(word)).sections[0]
    assert (round(section.page_width.mm, 1), round(section.page_height.mm, 1)) == (279.4, 215.9)  # type: ignore[union-attr]
    table_width = sum(c.width for c in docx.Document(str(word)).tables[0].rows[0].cells)
    assert table_width <= section.page_width - section.left_margin - section.right_margin  # type: ignore[operator]
    # A PDF contract's amendment schedule is a new document: on the paper asked
    # for (python-docx's blank template alone would make it Letter).
    assert main(["review", str(contracts["pdf"]), "--redline", str(schedule), "--paper", "a4"]) == 0
    section = docx.Document(str(schedule)).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # type: ignore[union-attr]


# The same terms as `ZH`, from Taiwan: traditional characters and Taiwan's words.
ZH_TW = ["技術支援條款", "第一條 回應", "1.1 乙方應盡快回應一級故障。", "第二條 條款變更",
         "2.1 乙方有權隨時修改本協議，修改後的條款公佈即生效。", "第三條 服務賠償", "3.1 服務賠償為甲方的唯一救濟。",
         "3.2 可用性以乙方系統記錄為準。", "第四條 暫停服務", "4.1 乙方有權隨時暫停服務，無需通知。",
         "第五條 其他", "5.1 本協議最終解釋權歸乙方所有。"]


def test_redline_of_a_traditional_contract_is_written_in_its_characters(tmp_path: Path) -> None:
    contract = make_docx(tmp_path / "bad-zh-tw.docx", ZH_TW)
    review = api.review(str(contract))
    for item_id in RED_FLAGS:  # judged as its simplified twin
        assert review.finding(item_id).status.value == "vague", item_id
    out = tmp_path / "redline-zh-tw.docx"
    result = api.write_redline(review, out)
    assert result.deletions >= 6  # the hedge, found on the reading, and the five red flags
    clean = api.accept_all_text(out)
    lines = clean.split("\n")
    assert "盡快" not in lines[2] and "在30分鐘內" in lines[2]  # the substitute in the contract's characters
    assert ZH_TW[4] not in clean  # the red flag's clause is struck
    # Inserted clauses: the characters the contract prints ("後", "確認") or the only
    # traditional form ("單"), never the simplified ones.
    assert "工單" in clean and "確認" in clean and "工单" not in clean and "确认" not in clean
    _xml, comments = _revisions(out)
    assert "条" not in comments and "條" in comments  # the comments' reasons too


def test_issue_list_of_a_traditional_contract_asks_in_its_characters(tmp_path: Path) -> None:
    from reviewer.export.issue_list import issues

    review = api.review(str(make_docx(tmp_path / "bad-zh-tw.docx", ZH_TW)))
    asks = {i.item_id: i.ask for i in issues(review, lang=Language.ZH)}
    assert "工單" in asks["ticket-closure"] and "工单" not in asks["ticket-closure"]
    simplified = {i.item_id: i.ask for i in issues(api.review(str(make_docx(tmp_path / "bad-zh.docx", ZH))),
                                                     lang=Language.ZH)}
    assert "工单" in simplified["ticket-closure"]  # a simplified contract's asks stay simplified
