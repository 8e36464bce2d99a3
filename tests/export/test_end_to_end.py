"""Real reviews of the sample contracts, exported through `reviewer review` and read back."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pdfplumber
import pytest
from docx import Document as open_docx
from openpyxl import load_workbook
from pypdf import PdfReader

from reviewer import cli
from reviewer.api import review
from reviewer.checklist import default_checklist
from reviewer.export import write_annotated_copy

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
CONTRACTS = ["acme-rtc-support-terms.pdf", "acme-rtc-support-terms.docx",
             "vague-cloud-terms.pdf", "示例-实时音视频服务协议.docx"]


@pytest.fixture(autouse=True)
def only_needed_commands(monkeypatch):
    monkeypatch.setattr(cli, "COMMANDS", ("review",))


def _copy(name: str, tmp_path: Path) -> Path:
    src = SAMPLES / name
    if not src.exists():
        pytest.skip(f"sample {name} not built")
    return Path(shutil.copy(src, tmp_path / name))


@pytest.mark.parametrize("name", CONTRACTS)
def test_review_command_writes_all_exports(tmp_path, name):
    contract = _copy(name, tmp_path)
    suffix = contract.suffix
    code = cli.main(["review", str(contract), "--quiet", "--xlsx", str(tmp_path / "c.xlsx"),
                     "--pdf-report", str(tmp_path / "r.pdf"),
                     "--docx-report", str(tmp_path / "r.docx"), "--annotated"])
    assert code == 0
    checklist = default_checklist()
    ids = [i.id for i in checklist.items]
    ws = load_workbook(tmp_path / "c.xlsx").worksheets[0]
    assert [r[0] for r in ws.iter_rows(min_row=2, values_only=True)] == ids
    lang = review(contract).document.language
    with pdfplumber.open(tmp_path / "r.pdf") as pdf:
        text = re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in pdf.pages))
    for item in checklist.items:
        assert re.sub(r"\s+", "", item.title.get(lang)) in text
    assert (tmp_path / f"{contract.stem}-reviewed{suffix}").exists()


@pytest.mark.parametrize("name", CONTRACTS)
def test_every_finding_with_evidence_is_attached_to_it(tmp_path, name):
    contract = _copy(name, tmp_path)
    result = review(contract)
    with_evidence = [f for f in result.findings if f.evidence]
    copy = write_annotated_copy(result, tmp_path / f"out{contract.suffix}")
    assert copy.unplaced == ()
    assert copy.notes == len(with_evidence)
    if contract.suffix == ".docx":
        # One comment per item however many rows or clauses it cites, plus the start note.
        tags = sorted(c.text.splitlines()[-1] for c in open_docx(str(copy.path)).comments)
        assert tags == sorted([f"[contract-reviewer:{f.item_id}]" for f in with_evidence]
                              + ["[contract-reviewer:summary]"])
    else:
        reader = PdfReader(copy.path)
        highlights = [a.get_object() for p in reader.pages for a in p.get("/Annots", [])
                      if a.get_object()["/Subtype"] == "/Highlight"]
        marked = {i for h in highlights for i in str(h["/NM"]).split(":")[3].split(",")}
        assert marked == {f.item_id for f in with_evidence}
        # One highlight per cited region, however many findings cite it.
        regions = [(p.indirect_reference, tuple(float(v) for v in h["/QuadPoints"]))
                   for p in reader.pages for h in (a.get_object() for a in p.get("/Annots", []))
                   if h["/Subtype"] == "/Highlight"]
        assert len(regions) == len(set(regions))


def _body_without_comments(path: Path) -> bytes:
    """The body XML with the comment ranges and reference runs taken out."""
    from docx.oxml.ns import qn
    from lxml import etree

    body = open_docx(str(path)).element.body
    for tag in ("w:commentRangeStart", "w:commentRangeEnd"):
        for el in list(body.iter(qn(tag))):
            el.getparent().remove(el)
    for ref in list(body.iter(qn("w:commentReference"))):
        run = ref.getparent()
        run.getparent().remove(run)
    return etree.tostring(body)


@pytest.mark.parametrize("name", ["acme-rtc-support-terms.docx", "示例-实时音视频服务协议.docx"])
def test_commented_copy_changes_nothing_but_comments(tmp_path, name):
    contract = _copy(name, tmp_path)
    copy = write_annotated_copy(review(contract), tmp_path / "out.docx")
    assert _body_without_comments(copy.path) == _body_without_comments(contract)
    original = open_docx(str(contract))
    commented = open_docx(str(copy.path))
    for a, b in zip(original.sections, commented.sections, strict=True):
        assert a.header.paragraphs[0].text == b.header.paragraphs[0].text
        assert (a.page_width, a.left_margin) == (b.page_width, b.left_margin)


def test_commented_pdf_keeps_the_page_content(tmp_path):
    contract = _copy("acme-rtc-support-terms.pdf", tmp_path)
    copy = write_annotated_copy(review(contract), tmp_path / "out.pdf")
    before, after = PdfReader(contract), PdfReader(copy.path)
    assert len(before.pages) == len(after.pages)
    for a, b in zip(before.pages, after.pages, strict=True):
        assert a.get_contents().get_data() == b.get_contents().get_data()
        assert a.mediabox == b.mediabox


def test_encrypted_pdf_copy_stays_encrypted(tmp_path):
    from pypdf import PdfWriter

    plain = _copy("acme-rtc-support-terms.pdf", tmp_path)
    locked = tmp_path / "locked.pdf"
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="s3cret", algorithm="AES-256")
    writer.write(locked)
    result = review(locked, password="s3cret")
    copy = write_annotated_copy(result, password="s3cret")
    reader = PdfReader(copy.path)
    assert reader.is_encrypted
    reader.decrypt("s3cret")
    assert any(a.get_object()["/Subtype"] == "/Highlight" for a in reader.pages[0]["/Annots"])
