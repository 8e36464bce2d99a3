"""DOCX and PDF reports and the JSON export, read back and checked."""

from __future__ import annotations

import json
import re

import pdfplumber
import pytest
from docx import Document as open_docx

from reviewer.annotations import Annotations
from reviewer.errors import ReviewerError
from reviewer.export import write_docx_report, write_json, write_pdf_report
from reviewer.export.report_content import build_report
from reviewer.review import Status

from . import INJECTION, make_checklist, make_review, write_pdf_contract


@pytest.fixture
def reviewed(tmp_path):
    review = make_review(write_pdf_contract(tmp_path / "vendor.pdf", "en"))
    ann = (Annotations(reviewer="Jane Doe")
           .with_item("availability", status_override=Status.MISSING,
                      override_note="A target is not a commitment", note="Ask for 99.95%")
           .with_item("data-residency", vendor_response="Singapore only."))
    return review, ann


def _docx_text(path) -> str:
    doc = open_docx(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [" | ".join(c.text for c in row.cells) for row in table.rows]
    return "\n".join(parts)


def _pdf_text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def test_scores_follow_the_overrides(reviewed):
    review, ann = reviewed
    plain = build_report(review, lang="en", annotations=None, checklist=make_checklist())
    assert dict(plain.facts)["Terms score (0-100)"] == "52.5"  # the tool's score unchanged
    content = build_report(review, lang="en", annotations=ann, checklist=make_checklist())
    # response 25 x 0.75, service level 20 x 0.5 (availability now missing), security 10 x 0
    expected = (25 * 75 + 20 * 50 + 10 * 0) / 55
    assert dict(content.facts)["Terms score (0-100)"] == f"{expected:.1f}"
    assert [s.counts[Status.MISSING] for s in content.sections] == [0, 1, 1]


def test_docx_report_contains_every_finding(tmp_path, reviewed):
    review, ann = reviewed
    out = write_docx_report(review, tmp_path / "report.docx", lang="en", annotations=ann,
                            checklist=make_checklist(), vendor="Acme Cloud")
    text = _docx_text(out)
    for needle in ("Contract review report", "vendor.pdf", "Acme Cloud", "Jane Doe",
                   "Vendor support (vendor-support, version 1)", "Summary by section",
                   "Response | 1 | 1 | 0 | 75", "Missing (changed by the reviewer; the tool "
                   "said Vague)", "A target is not a commitment", "Ask for 99.95%",
                   "Singapore only.", INJECTION, "Where is customer data stored",
                   "No clause of the contract addresses this item.",
                   "P1 response 4 h exceeds the 1 h policy."):
        assert needle in text, needle
    for item in make_checklist().items:
        assert item.title.en in text


def test_docx_report_in_chinese(tmp_path, reviewed):
    review, ann = reviewed
    out = write_docx_report(review, tmp_path / "报告.docx", lang="zh", annotations=ann,
                            checklist=make_checklist())
    text = _docx_text(out)
    assert "合同审核报告" in text and "分类汇总" in text
    assert "缺失（已由审核人修改；工具原结论为“模糊”）" in text
    assert "客户数据存储和处理在哪些地区？" in text


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.3, 841.9)), ("letter", (612, 792))])
def test_pdf_report_text_and_paper(tmp_path, reviewed, paper, size):
    review, ann = reviewed
    out = write_pdf_report(review, tmp_path / "report.pdf", lang="en", annotations=ann,
                           checklist=make_checklist(), paper=paper)
    with pdfplumber.open(out) as pdf:
        assert (pdf.pages[0].width, pdf.pages[0].height) == pytest.approx(size, abs=0.5)
    text = _pdf_text(out)
    flat = re.sub(r"\s+", " ", text)
    for needle in ("Contract review report", "Jane Doe", "Summary by section",
                   "Missing (changed by the reviewer; the tool said Vague)",
                   "Ask for 99.95%", "Singapore only.", "=HYPERLINK(",
                   "What availability percentage do you commit to"):
        assert needle in flat, needle
    assert "Page 1" in text


def test_pdf_report_in_chinese_uses_a_cjk_font(tmp_path):
    review = make_review(write_pdf_contract(tmp_path / "合同.pdf", "zh"))
    out = write_pdf_report(review, tmp_path / "报告.pdf", lang="zh", checklist=make_checklist())
    with pdfplumber.open(out) as pdf:
        fonts = {c["fontname"] for p in pdf.pages for c in p.chars}
        text = "".join(p.extract_text() or "" for p in pdf.pages)
    from reviewer.export.pdf_report import CJK_FONT, embedded_cjk_font

    expected = "WenQuanYiMicroHei" if embedded_cjk_font() is not None else CJK_FONT
    assert any(expected in f for f in fonts), fonts
    for needle in ("合同审核报告", "响应时间", "供应商将尽快响应一级故障",
                   "客户数据存储和处理在哪些地区"):
        assert needle in re.sub(r"\s+", "", text), needle


def test_english_report_of_a_chinese_contract_renders_the_quotes(tmp_path):
    review = make_review(write_pdf_contract(tmp_path / "合同.pdf", "zh"))
    out = write_pdf_report(review, tmp_path / "r.pdf", lang="en", checklist=make_checklist())
    text = re.sub(r"\s+", "", _pdf_text(out))
    assert "供应商将尽快响应一级故障" in text and "Responsetimes" in text


def test_unknown_paper_is_refused(tmp_path, reviewed):
    with pytest.raises(ReviewerError, match="a4 or letter"):
        write_pdf_report(reviewed[0], tmp_path / "r.pdf", paper="a3", checklist=make_checklist())


def test_json_has_the_spec_shape_plus_the_reviewers_work(tmp_path, reviewed):
    review, ann = reviewed
    out = write_json(review, tmp_path / "r.json", lang="zh", annotations=ann)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "contract-review/1"
    assert [i["id"] for i in data["items"]] == [f.item_id for f in review.findings]
    avail = next(i for i in data["items"] if i["id"] == "availability")
    assert avail["status"] == "vague"  # the tool's, as the spec defines it
    assert avail["review"]["status"] == "missing" and avail["review"]["note"] == "Ask for 99.95%"
    assert avail["reasons"] == ["可用性仅为目标，不是承诺。"]
    assert data["reviewer"] == "Jane Doe"


def test_control_characters_from_pdf_text_do_not_break_any_export(tmp_path):
    from dataclasses import replace

    from reviewer.export import write_annotated_copy, write_checklist_xlsx

    from . import write_docx_contract

    contract = write_docx_contract(tmp_path / "vendor.docx", "en")
    review = make_review(contract)
    dirty = [replace(f, evidence=tuple(replace(e, text=e.text + "\x0b\x00\x1f") for e in
                                       f.evidence)) for f in review.findings]
    review = replace(review, findings=tuple(dirty))
    ann = Annotations().with_item("support-hours", note="line\x0cbreak")
    cl = make_checklist()
    write_checklist_xlsx(review, tmp_path / "c.xlsx", annotations=ann, checklist=cl)
    write_docx_report(review, tmp_path / "r.docx", annotations=ann, checklist=cl)
    write_pdf_report(review, tmp_path / "r.pdf", annotations=ann, checklist=cl)
    copy = write_annotated_copy(review, tmp_path / "c.docx", annotations=ann, checklist=cl)
    assert copy.unplaced == ()
    assert "linebreak" in _docx_text(tmp_path / "r.docx")


def test_runs_the_latin_font_lacks_switch_to_the_cjk_font():
    from reviewer.export.pdf_report import cjk_face, latin_fonts, rich

    face = cjk_face("响")  # the embedded WenQuanYi Micro Hei when installed, else STSong-Light
    assert rich("P1 < 15 min") == "P1 &lt; 15 min"
    # The embedded Latin fonts have "≥"; the standard Helvetica (their fallback) does not.
    ge = "≥" if latin_fonts()[2] is not None else f'<font face="{cjk_face("≥")}">≥</font>'
    assert rich("响应 ≥ 99.9%\nok") == f'<font face="{face}">响应</font> {ge} 99.9%<br/>ok'
