"""Commented contract copies: Word comments (python-docx) and PDF highlights (pypdf)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from pypdf import PdfReader

from reviewer.annotations import Annotations
from reviewer.atomic import WriteError
from reviewer.document import Location
from reviewer.errors import InputError
from reviewer.export.annotated import default_annotated_path, write_annotated_copy
from reviewer.review import Evidence

from . import CLAUSES, TITLES, make_checklist, make_review, write_docx_contract, write_pdf_contract


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _comment_anchors(path: Path) -> dict[str, list[str]]:
    """Comment text -> texts of the paragraphs its range starts in (document body)."""
    doc = open_docx(str(path))
    comments = {c.comment_id: c.text for c in doc.comments}
    anchors: dict[str, list[str]] = {}
    body = doc.element.body
    for start in body.iter(qn("w:commentRangeStart")):
        cid = int(start.get(qn("w:id")))
        para = start.getparent()
        text = "".join(t.text or "" for t in para.iter(qn("w:t")))
        anchors.setdefault(comments[cid], []).append(text)
    return anchors


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_docx_copy_has_a_comment_on_each_evidence_paragraph(tmp_path, lang):
    contract = write_docx_contract(tmp_path / "vendor.docx", lang)
    before = _sha(contract.path)
    review = make_review(contract)
    ann = Annotations(reviewer="Jane Doe").with_item("availability", note="Ask for 99.95%")
    result = write_annotated_copy(review, lang=lang, annotations=ann, checklist=make_checklist())
    assert result.path == tmp_path / "vendor-reviewed.docx"
    assert _sha(contract.path) == before  # the original is never touched
    assert result.notes == 4 and result.unplaced == ()
    anchors = _comment_anchors(result.path)
    by_item = {}
    for text, paras in anchors.items():
        first_line = text.splitlines()[0]
        by_item[first_line] = (text, paras)
    title, vague = ("Response times", "Vague") if lang == "en" else ("响应时间", "模糊")
    text, paras = by_item[f"{title} — {vague}"]
    assert paras == [CLAUSES[lang]["response-times"]]
    question = make_checklist().item("response-times").question.get(lang)
    assert question in text
    # Table evidence: anchored in the row's cell, not elsewhere.
    credits = next(v for k, v in by_item.items() if k.startswith(("Service credits", "服务赔偿")))
    assert credits[1] == [CLAUSES[lang]["service-credits"]]
    avail = next(v for k, v in by_item.items() if k.startswith(("Availability", "可用性")))
    assert "Ask for 99.95%" in avail[0]
    # One comment at the start lists the missing items with their questions.
    start = next(v for k, v in by_item.items() if k.startswith(("Contract Reviewer", "合同审核")))
    assert start[1] == [TITLES[lang]]  # anchored on the first paragraph
    assert make_checklist().item("data-residency").question.get(lang) in start[0]
    doc = open_docx(str(result.path))
    assert all(c.author == "Jane Doe" for c in doc.comments)
    # Formatting intact: the bold first run of each clause is still bold.
    assert doc.paragraphs[1].runs[0].bold


def test_docx_wrong_index_falls_back_to_the_matching_paragraph(tmp_path):
    contract = write_docx_contract(tmp_path / "vendor.docx", "en")
    review = make_review(contract)
    shifted = []
    for f in review.findings:
        if f.item_id == "support-hours":
            ev = replace(f.evidence[0], location=Location(index=5))  # points at "5. General"
            f = replace(f, evidence=(ev,))
        shifted.append(f)
    review = replace(review, findings=tuple(shifted))
    result = write_annotated_copy(review, tmp_path / "out.docx", checklist=make_checklist())
    anchors = _comment_anchors(result.path)
    support = next(p for t, p in anchors.items() if t.startswith("Support hours"))
    assert support == [CLAUSES["en"]["support-hours"]]


def test_docx_evidence_not_in_the_file_goes_to_the_start_comment(tmp_path):
    contract = write_docx_contract(tmp_path / "vendor.docx", "en")
    review = make_review(contract)
    findings = [replace(f, evidence=(Evidence("Text that is in no paragraph at all", None, None,
                                              Location(index=2)),))
                if f.item_id == "support-hours" else f for f in review.findings]
    review = replace(review, findings=tuple(findings))
    result = write_annotated_copy(review, tmp_path / "out.docx", checklist=make_checklist())
    assert result.unplaced == ("support-hours",)
    start = next(t for t in _comment_anchors(result.path) if t.startswith("Contract Reviewer"))
    assert "Support hours — Met" in start


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pdf_copy_highlights_the_evidence_boxes(tmp_path, lang):
    contract = write_pdf_contract(tmp_path / "vendor.pdf", lang)
    before = _sha(contract.path)
    review = make_review(contract)
    result = write_annotated_copy(review, lang=lang, checklist=make_checklist())
    assert result.path == tmp_path / "vendor-reviewed.pdf"
    assert _sha(contract.path) == before
    reader = PdfReader(result.path)
    height = float(reader.pages[0].mediabox.top)
    annots = [a.get_object() for a in reader.pages[0]["/Annots"]]
    highlights = [a for a in annots if a["/Subtype"] == "/Highlight"]
    assert len(highlights) == 4
    popups = [a for a in annots if a["/Subtype"] == "/Popup"]
    assert len(popups) == 5  # one per highlight and one for the missing-items note
    by_item = {str(a["/NM"]).split(":")[3]: a for a in highlights}
    rt = by_item["response-times"]
    box = review.finding("response-times").evidence[0].location.boxes[0]
    x0, y0, x1, y1 = (float(v) for v in rt["/Rect"])
    assert (x0, x1) == pytest.approx((box.x0, box.x1), abs=0.01)
    assert (y0, y1) == pytest.approx((height - box.bottom, height - box.top), abs=0.01)
    assert "/AP" in rt and rt["/F"] == 4  # drawn and printed by any viewer
    question = make_checklist().item("response-times").question.get(lang)
    assert question in rt["/Contents"]
    notes = [a for a in annots if a["/Subtype"] == "/Text"]
    assert len(notes) == 1
    assert make_checklist().item("data-residency").question.get(lang) in notes[0]["/Contents"]
    assert len(reader.pages) == 2 and "/Annots" not in reader.pages[1]


def test_never_overwrites_the_original_and_checks_the_suffix(tmp_path):
    contract = write_pdf_contract(tmp_path / "vendor.pdf", "en")
    review = make_review(contract)
    with pytest.raises(WriteError, match="original contract"):
        write_annotated_copy(review, contract.path, checklist=make_checklist())
    with pytest.raises(WriteError, match=r"must be a \.pdf file"):
        write_annotated_copy(review, tmp_path / "copy.docx", checklist=make_checklist())
    contract.path.rename(tmp_path / "moved.pdf")
    with pytest.raises(InputError, match="Cannot find the contract"):
        write_annotated_copy(review, tmp_path / "copy.pdf", checklist=make_checklist())
    out = write_annotated_copy(review, tmp_path / "copy.pdf", checklist=make_checklist(),
                               source=tmp_path / "moved.pdf")
    assert out.path.exists()


def test_a_changed_contract_is_refused(tmp_path):
    contract = write_pdf_contract(tmp_path / "vendor.pdf", "en")
    review = make_review(contract)
    write_pdf_contract(tmp_path / "vendor.pdf", "zh")  # same name, other text
    with pytest.raises(InputError, match="has changed since it was reviewed"):
        write_annotated_copy(review, checklist=make_checklist())
    assert not (tmp_path / "vendor-reviewed.pdf").exists()


def test_default_name():
    assert default_annotated_path("/a/Vendor SLA.PDF") == Path("/a/Vendor SLA-reviewed.pdf")
