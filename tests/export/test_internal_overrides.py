"""Every override and note reaches every internal export, also for an item the
contract has no clause for (nothing in the text to attach a comment to)."""

from __future__ import annotations

import zipfile

import pdfplumber

from reviewer.annotations import Annotations
from reviewer.export import write_annotated_copy, write_docx_report, write_pdf_report
from reviewer.review import Status

from . import make_checklist, make_review, write_docx_contract, write_pdf_contract


def _override_without_evidence(review) -> Annotations:
    f = next(f for f in review.findings if f.item_id == "data-residency")
    assert f.status is Status.MISSING and not f.evidence
    return Annotations().with_item("data-residency", status_override=Status.VAGUE,
                                   override_note="EU hosting said on the call",
                                   note="get it in writing")


def test_commented_docx_carries_an_override_without_evidence(tmp_path):
    review = make_review(write_docx_contract(tmp_path / "vendor.docx", "en"))
    ann = _override_without_evidence(review)
    copy = write_annotated_copy(review, tmp_path / "out.docx", annotations=ann,
                                checklist=make_checklist())
    comments = zipfile.ZipFile(copy.path).read("word/comments.xml").decode()
    assert "EU hosting said on the call" in comments and "get it in writing" in comments
    assert "the tool said Missing" in comments


def test_highlighted_pdf_and_reports_carry_it(tmp_path):
    review = make_review(write_pdf_contract(tmp_path / "vendor.pdf", "en"))
    ann = _override_without_evidence(review)
    cl = make_checklist()
    copy = write_annotated_copy(review, tmp_path / "out.pdf", annotations=ann, checklist=cl)
    from pypdf import PdfReader

    reader = PdfReader(copy.path)
    notes = " ".join(str(a.get_object().get("/Contents", "")) for page in reader.pages
                     for a in page.get("/Annots", []))
    assert "EU hosting said on the call" in notes and "get it in writing" in notes
    write_pdf_report(review, tmp_path / "r.pdf", annotations=ann, checklist=cl)
    with pdfplumber.open(tmp_path / "r.pdf") as pdf:
        text = " ".join(p.extract_text() or "" for p in pdf.pages)
    assert "EU hosting said on the call" in text and "The reviewer changed this to Vague" in text
    write_docx_report(review, tmp_path / "r.docx", annotations=ann, checklist=cl)
    xml = zipfile.ZipFile(tmp_path / "r.docx").read("word/document.xml").decode()
    assert "get it in writing" in xml
