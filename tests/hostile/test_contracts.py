"""Hostile DOCX contracts (reading and the commented copy) and active content in copies."""

from __future__ import annotations

import zipfile

import pytest

from reviewer.api import review
from reviewer.errors import ReviewerError
from reviewer.export import write_annotated_copy
from reviewer.ingest.docx import MACROS_WARNING
from tests.hostile import docx_cases

SMALL = ["no-content-types", "no-root-rels", "rel-outside-package", "docm-renamed",
         "numbering-4000-digits", "numbering-10-digits-upperletter", "numbering-10-digits-roman",
         "numbering-negative", "billion-laughs"]


@pytest.mark.parametrize("case", SMALL)
def test_docx_case_reviews_and_exports_or_is_refused(tmp_path, case):
    good = docx_cases.good_docx(tmp_path)
    path = docx_cases.CASES[case](good, tmp_path / f"{case}.docx")
    try:
        result = review(path)
    except ReviewerError as exc:
        assert str(exc)
        return
    copy = write_annotated_copy(result)
    with zipfile.ZipFile(copy.path) as z:
        names = z.namelist()
        assert "word/vbaProject.bin" not in names
        assert "[Content_Types].xml" in names and "_rels/.rels" in names
        assert b"macroEnabled" not in z.read("[Content_Types].xml")
    if case == "docm-renamed":
        assert MACROS_WARNING in result.document.warnings
        assert "macros (VBA)" in copy.removed
    if case.startswith("numbering"):
        assert max(len(c.text) for c in result.clauses) < 1000


def test_huge_document_part_is_refused_by_its_declared_size(tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWER_LIMIT_DOCX_PART_BYTES", str(2 * 1024 * 1024))
    good = docx_cases.good_docx(tmp_path)
    path = docx_cases.huge_document_xml(4 * 1024 * 1024)(good, tmp_path / "big.docx")
    with pytest.raises(ReviewerError, match="DOCX_PART_BYTES"):
        review(path)


def test_many_paragraphs_are_read_whole(tmp_path):
    """20,000 paragraphs are all read. How the time grows with them is measured by
    benchmarks/bench_startup.py (the 20,000-paragraph DOCX beside the 2,000-paragraph
    one, per 1,000 paragraphs), not here: a ratio of two timings fails on a loaded machine."""
    from reviewer.ingest.docx import read_docx

    good = docx_cases.good_docx(tmp_path)
    path = docx_cases.many_paragraphs(20_000)(good, tmp_path / "p20000.docx")
    blocks = read_docx(path).blocks
    assert len(blocks) >= 20_000
    assert "19999. The vendor responds within 20 minutes." in blocks[-1].text


def _hostile_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        TextStringObject,
    )

    from tests.export import write_pdf_contract

    contract = write_pdf_contract(tmp_path / "plain.pdf", "en")
    writer = PdfWriter(clone_from=PdfReader(str(contract.path)))
    js = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                           NameObject("/JS"): TextStringObject("app.alert('x')")})
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(js)
    named = writer._add_object(DictionaryObject({
        NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("x")}))
    writer._root_object[NameObject("/Names")] = DictionaryObject({
        NameObject("/JavaScript"): DictionaryObject({
            NameObject("/Names"): ArrayObject([TextStringObject("a"), named])})})
    writer.add_attachment("payload.exe", b"MZ" + b"\0" * 100)
    for kind, extra in (("/Launch", {NameObject("/F"): TextStringObject("calc.exe")}),
                        ("/URI", {NameObject("/URI"): TextStringObject("http://evil.example")})):
        action = DictionaryObject({NameObject("/S"): NameObject(kind), **extra})
        link = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (10, 10, 50, 50)]),
            NameObject("/A"): action})
        writer.add_annotation(0, link)
    path = tmp_path / "hostile.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    return contract, path


def test_pdf_copy_drops_active_content_and_says_so(tmp_path):
    from dataclasses import replace

    from pypdf import PdfReader

    from reviewer.fingerprint import file_sha256
    from tests.export import make_review

    contract, path = _hostile_pdf(tmp_path)
    result = make_review(contract)
    result = replace(result, document=replace(result.document, path=str(path),
                                              sha256=file_sha256(path)))
    copy = write_annotated_copy(result, tmp_path / "hostile-reviewed.pdf", source=path)
    reader = PdfReader(str(copy.path))
    root = reader.trailer["/Root"]
    assert "/OpenAction" not in root
    names = root.get("/Names", {})
    assert "/JavaScript" not in names and "/EmbeddedFiles" not in names
    for annot in reader.pages[0].get("/Annots", []):
        action = annot.get_object().get("/A")
        assert action is None or action.get("/S") not in ("/Launch", "/URI", "/JavaScript")
    assert "JavaScript" in copy.removed_message()
    assert "embedded files" in copy.removed


def test_more_text_than_the_limit_is_refused_naming_it(tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWER_LIMIT_CONTRACT_CHARS", "100000")
    good = docx_cases.good_docx(tmp_path)
    path = docx_cases.one_paragraph(200_000)(good, tmp_path / "long.docx")
    with pytest.raises(ReviewerError, match="CONTRACT_CHARS"):
        review(path)
