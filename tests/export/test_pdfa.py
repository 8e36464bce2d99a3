"""The PDF report as PDF/A-2b, checked structurally (tests/export/pdfa_structure.py).

No full validator ran: veraPDF cannot be installed here (no Java packages
reachable) and nothing on PyPI or in Debian validates PDF/A. poppler's
pdffonts gives an independent reading of the fonts.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from reviewer.annotations import Annotations
from reviewer.export import write_pdf_report
from reviewer.export.pdf_report import embedded_cjk_font, latin_fonts
from reviewer.resources import resource_dir

from . import make_checklist, make_review, write_pdf_contract
from .pdfa_structure import pdfa_2b_problems

needs_fonts = pytest.mark.skipif(
    latin_fonts()[2] is None or embedded_cjk_font() is None,
    reason="Liberation Sans or DejaVu Sans and WenQuanYi Micro Hei (dev.sh's packages) "
           "are needed to embed")


@needs_fonts
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_report_meets_the_pdfa_2b_structure(tmp_path, lang):
    review = make_review(write_pdf_contract(tmp_path / "vendor.pdf", lang))
    ann = Annotations(reviewer="Jane Doe & Co <legal>").with_item(
        "availability", note="Ask for 99.95% ≥ 99.9% → 供应商")  # Latin, symbols, Chinese
    out = write_pdf_report(review, tmp_path / "r.pdf", lang=lang, annotations=ann,
                           checklist=make_checklist())
    assert pdfa_2b_problems(out) == []
    reader = PdfReader(str(out))
    xmp = reader.xmp_metadata
    assert xmp is not None and xmp.dc_creator == ["Jane Doe & Co <legal>"]
    assert reader.trailer["/Root"]["/Lang"] == ("zh-CN" if lang == "zh" else "en")
    intent = reader.trailer["/Root"]["/OutputIntents"][0].get_object()
    profile = intent["/DestOutputProfile"].get_object().get_data()
    assert profile == (resource_dir("color") / "sRGB.icc").read_bytes()


@needs_fonts
@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_poppler_sees_every_font_embedded_with_unicode(tmp_path):
    review = make_review(write_pdf_contract(tmp_path / "vendor.pdf", "zh"))
    out = write_pdf_report(review, tmp_path / "r.pdf", lang="zh", checklist=make_checklist())
    rows = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True,
                          text=True).stdout.splitlines()[2:]
    names = " ".join(row.split()[0] for row in rows)
    assert latin_fonts()[0] in names and "WenQuanYiMicroHei" in names
    for row in rows:  # columns: name type encoding emb sub uni object ID
        assert re.search(r"\byes\s+yes\s+yes\s+\d+\s+\d+$", row), row


def test_the_checker_finds_what_a_plain_reportlab_file_lacks(tmp_path):
    """The check can fail: reportlab's own output (Helvetica, no XMP, no intent)."""
    plain = tmp_path / "plain.pdf"
    c = canvas.Canvas(str(plain), pagesize=A4)
    c.drawString(72, 720, "Hello")
    c.save()
    problems = pdfa_2b_problems(plain)
    assert "no XMP metadata stream" in problems
    assert "not exactly one GTS_PDFA1 output intent" in problems
    assert "font Helvetica is not embedded" in problems


@needs_fonts
def test_no_conformance_claimed_when_a_character_needs_an_unembedded_font(tmp_path):
    review = make_review(write_pdf_contract(tmp_path / "vendor.pdf", "en"))
    # U+1D11E (musical G clef) is in neither embedded font: it falls back to STSong-Light.
    ann = Annotations().with_item("availability", note="clef \U0001d11e")
    out = write_pdf_report(review, tmp_path / "r.pdf", annotations=ann,
                           checklist=make_checklist())
    problems = pdfa_2b_problems(out)
    assert "XMP pdfaid:part is not 2" in problems
    assert any(p.startswith("font STSong-Light") for p in problems)


def test_shipped_profile_is_the_one_its_licence_names():
    folder = resource_dir("color")
    digest = hashlib.sha256((folder / "sRGB.icc").read_bytes()).hexdigest()
    assert digest in (folder / "sRGB.LICENSE.txt").read_text(encoding="utf-8")
