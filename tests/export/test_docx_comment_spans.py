"""Commented DOCX: one comment per item over all its rows, and no duplicates when a
commented copy is commented again. Real files, read back with python-docx and from
word/comments.xml / word/document.xml."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path

from docx import Document as open_docx
from docx.oxml.ns import qn

from reviewer.annotations import Annotations
from reviewer.document import Location
from reviewer.export.annotated import write_annotated_copy
from reviewer.review import Evidence

from . import Contract, make_checklist, make_review, write_docx_contract

ROWS = [("P1", "Response within 15 minutes, 24x7."),
        ("P2", "Response within 1 hour, business hours."),
        ("P3", "Response within 4 business hours.")]
FAR = "9. Far away: P4 requests are answered within 1 business day."


def _contract_with_severity_table(path: Path) -> Contract:
    """The standard test contract plus a severity table (block 6) and filler paragraphs."""
    contract = write_docx_contract(path, "en")
    doc = open_docx(str(path))
    table = doc.add_table(rows=1 + len(ROWS), cols=2)  # block 6
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Priority", "Response"
    for r, (prio, text) in enumerate(ROWS, start=1):
        table.rows[r].cells[0].text, table.rows[r].cells[1].text = prio, text
    for i in range(8):  # blocks 7..14
        doc.add_paragraph(f"{6 + i}. Filler clause number {i} about nothing in particular.")
    doc.add_paragraph(FAR)  # block 15
    doc.save(str(path))
    return contract


def _review_citing_rows(contract: Contract, far: bool):
    """response-times cites the three rows (and, if ``far``, a clause pages away)."""
    review = make_review(contract)
    evidence = [Evidence(f"Response Times: Priority: {p}; Response: {t}", None, None,
                         Location(index=6, row=r)) for r, (p, t) in enumerate(ROWS, start=1)]
    if far:
        evidence.append(Evidence(FAR, None, "9", Location(index=15)))
    findings = tuple(replace(f, evidence=tuple(evidence)) if f.item_id == "response-times"
                     else f for f in review.findings)
    return replace(review, findings=findings)


def _ranges(path: Path) -> dict[str, tuple[str, str]]:
    """First line of each comment -> (text where its range starts, text where it ends)."""
    doc = open_docx(str(path))
    first_line = {str(c.comment_id): c.text.splitlines()[0] for c in doc.comments}
    body = doc.element.body
    paragraphs = list(body.iter(qn("w:p")))

    def para_text(el) -> str:
        while el.tag != qn("w:p"):
            el = el.getparent()
        return "".join(t.text or "" for t in el.iter(qn("w:t")))

    starts = {s.get(qn("w:id")): para_text(s) for s in body.iter(qn("w:commentRangeStart"))}
    ends = {e.get(qn("w:id")): para_text(e) for e in body.iter(qn("w:commentRangeEnd"))}
    assert paragraphs  # a body to look at
    return {first_line[cid]: (starts[cid], ends[cid]) for cid in starts}


def _comment_xml(path: Path) -> list[tuple[str, str]]:
    """(author, text) of every w:comment in word/comments.xml."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/comments.xml")
    from lxml import etree

    root = etree.fromstring(xml)
    return [(c.get(qn("w:author")), "\n".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                                             for p in c.iter(qn("w:p"))))
            for c in root.iter(qn("w:comment"))]


def _ids_consistent(path: Path) -> None:
    """Every range start, end and reference in the body has its comment, and back."""
    with zipfile.ZipFile(path) as z:
        body = z.read("word/document.xml").decode()
        comments = z.read("word/comments.xml").decode()
    declared = set(re.findall(r'<w:comment [^>]*w:id="(\d+)"', comments))
    for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        assert set(re.findall(rf'<w:{tag} w:id="(\d+)"', body)) == declared, tag


def test_an_item_citing_three_table_rows_gets_one_comment_over_them(tmp_path):
    contract = _contract_with_severity_table(tmp_path / "vendor.docx")
    out = write_annotated_copy(_review_citing_rows(contract, far=False), tmp_path / "c.docx",
                               checklist=make_checklist()).path
    comments = _comment_xml(out)
    heads = [text.splitlines()[0] for _, text in comments]
    assert heads.count("Response times — Vague") == 1
    start, end = _ranges(out)["Response times — Vague"]
    assert start == "P1" and end == ROWS[-1][1]  # first row's first cell to last row's last
    text = next(t for _, t in comments if t.startswith("Response times"))
    assert text.splitlines()[-1] == "[contract-reviewer:response-times]"
    assert "Clause / page" not in text  # nothing cited outside the range
    _ids_consistent(out)


def test_far_evidence_is_named_in_the_comment_not_spanned(tmp_path):
    contract = _contract_with_severity_table(tmp_path / "vendor.docx")
    out = write_annotated_copy(_review_citing_rows(contract, far=True), tmp_path / "c.docx",
                               checklist=make_checklist()).path
    start, end = _ranges(out)["Response times — Vague"]
    assert (start, end) == ("P1", ROWS[-1][1])  # the table, not the pages up to clause 9
    text = next(t for _, t in _comment_xml(out) if t.startswith("Response times"))
    assert "Clause / page: 9" in text


def test_commenting_a_commented_copy_replaces_the_tools_comments_and_keeps_others(tmp_path):
    contract = write_docx_contract(tmp_path / "vendor.docx", "en")
    ann = Annotations(reviewer="Jane Doe")
    first = write_annotated_copy(make_review(contract), tmp_path / "first.docx",
                                 annotations=ann, checklist=make_checklist()).path
    n_tool = len(_comment_xml(first))
    # The buyer's lawyer adds her own comment, also as Jane Doe, and one by a colleague.
    doc = open_docx(str(first))
    doc.add_comment(doc.paragraphs[2].runs, text="Check with finance first.", author="Jane Doe",
                    initials="JD")
    doc.add_comment(doc.paragraphs[3].runs, text="Too weak.", author="Bob Buyer", initials="BB")
    doc.save(str(first))
    # The commented copy is reviewed and commented again (its blocks are the contract's).
    again = Contract(first, "docx", "en", contract.clauses)
    second = write_annotated_copy(make_review(again), tmp_path / "second.docx",
                                  annotations=ann, checklist=make_checklist()).path
    comments = _comment_xml(second)
    assert len(comments) == n_tool + 2
    heads = [t.splitlines()[0] for _, t in comments]
    assert len(heads) == len(set(heads))  # no note twice
    assert ("Jane Doe", "Check with finance first.") in comments
    assert ("Bob Buyer", "Too weak.") in comments
    anchors = _ranges(second)
    assert anchors["Too weak."][0] == contract.clauses["availability"]  # kept where it was
    _ids_consistent(second)


def test_untagged_comments_of_an_older_copy_are_recognised(tmp_path):
    """Copies made before the tag line: the tool's author and a note heading."""
    contract = write_docx_contract(tmp_path / "vendor.docx", "en")
    doc = open_docx(str(contract.path))
    doc.add_comment(doc.paragraphs[1].runs, text="Response times — Vague", author="Jane Doe")
    doc.add_comment(doc.paragraphs[0].runs,
                    text="Contract Reviewer: items this contract does not address",
                    author="Jane Doe")
    doc.add_comment(doc.paragraphs[1].runs, text="Response times look fine to me",
                    author="Jane Doe")  # her own words, not a note heading
    doc.add_comment(doc.paragraphs[1].runs, text="Response times", author="Jane Doe")
    doc.save(str(contract.path))
    out = write_annotated_copy(make_review(contract), tmp_path / "c.docx",
                               annotations=Annotations(reviewer="Jane Doe"),
                               checklist=make_checklist()).path
    texts = [t for _, t in _comment_xml(out)]
    assert sum(t.startswith("Response times — Vague") for t in texts) == 1
    assert sum(t.startswith("Contract Reviewer: items") for t in texts) == 1
    assert "Response times look fine to me" in texts and "Response times" in texts
    _ids_consistent(out)


W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"


def _as_word_saves_it(src: Path, dst: Path) -> set[str]:
    """Give every comment paragraph a w14:paraId and list them in commentsExtended.xml,
    as Word does when it saves; returns the paraIds of the comments not the tool's."""
    from lxml import etree

    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    comments = etree.fromstring(parts["word/comments.xml"])
    entries, others = [], set()
    for n, p in enumerate(comments.iter(qn("w:p"))):
        pid = f"{0x10000000 + n:08X}"
        p.set(f"{{{W14}}}paraId", pid)
        entries.append(f'<w15:commentEx w15:paraId="{pid}" w15:done="0"/>')
        if "[contract-reviewer:" not in "".join(p.getparent().itertext()):  # its w:comment
            others.add(pid)
    parts["word/comments.xml"] = etree.tostring(comments, xml_declaration=True,
                                                encoding="UTF-8", standalone=True)
    parts["word/commentsExtended.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w15:commentsEx xmlns:w15="{W15}">{"".join(entries)}</w15:commentsEx>').encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", (
        '<Relationship Id="rIdX15" Type="http://schemas.microsoft.com/office/2011/relationships/'
        'commentsExtended" Target="commentsExtended.xml"/></Relationships>')).encode()
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace("</Types>", (
        '<Override PartName="/word/commentsExtended.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>')
    ).encode()
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return others


def test_words_comment_list_loses_only_the_replaced_comments(tmp_path):
    contract = write_docx_contract(tmp_path / "vendor.docx", "en")
    first = write_annotated_copy(make_review(contract), tmp_path / "first.docx",
                                 checklist=make_checklist()).path
    doc = open_docx(str(first))
    doc.add_comment(doc.paragraphs[3].runs, text="Too weak.", author="Bob Buyer", initials="BB")
    doc.save(str(first))
    saved = tmp_path / "saved-by-word.docx"
    bobs = _as_word_saves_it(first, saved)
    assert len(bobs) == 1
    second = write_annotated_copy(make_review(Contract(saved, "docx", "en", contract.clauses)),
                                  tmp_path / "second.docx", checklist=make_checklist()).path
    with zipfile.ZipFile(second) as z:
        listed = set(re.findall(r'w15:paraId="([0-9A-F]{8})"',
                                z.read("word/commentsExtended.xml").decode()))
        kept = set(re.findall(r'w14:paraId="([0-9A-F]{8})"', z.read("word/comments.xml").decode()))
    assert listed == bobs == kept  # the tool's old entries gone, Bob's kept
    _ids_consistent(second)
