"""The reports' document properties, footer, fonts and language, read back from the files."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime, timedelta

import pypdf
import pytest
from docx import Document as open_docx

from reviewer.annotations import Annotations
from reviewer.export import pdf_report, write_docx_report, write_pdf_report
from reviewer.export.report_time import review_times
from reviewer.review import Status

from . import make_checklist, make_review, write_pdf_contract


@pytest.fixture
def reviewed(tmp_path):
    review = make_review(write_pdf_contract(tmp_path / "合同.pdf", "zh"))
    ann = Annotations(reviewer="王芳").with_item("availability", status_override=Status.MISSING)
    return review, ann


def _recent(when: datetime) -> bool:
    return abs(datetime.now(UTC) - when) < timedelta(minutes=5)


def test_review_times_span_the_annotations():
    ann = Annotations().with_item("a", note="x")
    created, modified = review_times(ann)
    assert created == modified and _recent(created)
    fixed = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    assert review_times(None, now=fixed) == (fixed, fixed)


def test_docx_properties_footer_and_east_asian_font(tmp_path, reviewed):
    review, ann = reviewed
    out = write_docx_report(review, tmp_path / "r.docx", lang="zh", annotations=ann,
                            checklist=make_checklist())
    props = open_docx(str(out)).core_properties
    assert props.author == "王芳" and props.last_modified_by == "王芳"
    assert props.title == "合同审核报告 — 合同.pdf"
    assert "python-docx" not in (props.author + props.comments + props.last_modified_by)
    assert props.created.year >= 2025 and _recent(props.created) and _recent(props.modified)
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        assert not any("thumbnail" in n for n in names)
        assert "thumbnail" not in z.read("_rels/.rels").decode()
        app = z.read("docProps/app.xml").decode()
        assert "Contract Reviewer" in app and "Macintosh" not in app
        footer = "".join(z.read(n).decode() for n in names if n.startswith("word/footer"))
        styles = z.read("word/styles.xml").decode()
    assert "PAGE" in footer and "NUMPAGES" in footer and "第" in footer
    assert "eastAsiaTheme" not in styles  # a (Japanese) theme font would win over SimSun
    assert 'w:eastAsia="SimSun"' in styles and 'w:eastAsia="zh-CN"' in styles


def test_english_docx_footer(tmp_path, reviewed):
    out = write_docx_report(reviewed[0], tmp_path / "r.docx", lang="en", checklist=make_checklist())
    with zipfile.ZipFile(out) as z:
        footer = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/footer"))
    assert "Page " in footer and " of " in footer
    assert open_docx(str(out)).core_properties.author == ""


def _fonts(reader: pypdf.PdfReader) -> dict[str, bool]:
    """BaseFont -> whether its file is embedded."""
    out = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in font:
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            out[str(font["/BaseFont"])] = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return out


def test_pdf_language_date_author_and_embedded_cjk_font(tmp_path, reviewed):
    review, ann = reviewed
    out = write_pdf_report(review, tmp_path / "报告.pdf", lang="zh", annotations=ann,
                           checklist=make_checklist())
    reader = pypdf.PdfReader(out)
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"
    meta = reader.metadata
    assert meta.author == "王芳" and meta.title == "合同审核报告 — 合同.pdf"
    assert "Contract Reviewer" in meta.creator
    assert _recent(meta.creation_date)  # not reportlab's invariant 2000-01-01
    fonts = _fonts(reader)
    if pdf_report.embedded_cjk_font() is None:
        pytest.skip("fonts-wqy-microhei is not installed: the STSong-Light fallback is used")
    assert any(name.endswith("WenQuanYiMicroHei-0") and embedded for name, embedded in fonts.items()), fonts
    assert not any("STSong" in name for name in fonts)


def test_pdf_falls_back_to_stsong_without_the_font(tmp_path, reviewed, monkeypatch):
    monkeypatch.setattr(pdf_report, "embedded_cjk_font", lambda: None)
    out = write_pdf_report(reviewed[0], tmp_path / "r.pdf", lang="en", checklist=make_checklist())
    reader = pypdf.PdfReader(out)
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert any("STSong" in name for name in _fonts(reader))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_chinese_pdf_renders(tmp_path, reviewed):
    review, ann = reviewed
    out = write_pdf_report(review, tmp_path / "r.pdf", lang="zh", annotations=ann,
                           checklist=make_checklist())
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
                   check=True, capture_output=True)
    png = next(tmp_path.glob("page*.png"))
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=False).stdout
    assert png.stat().st_size > 10_000
    if pdf_report.embedded_cjk_font() is not None:
        row = next(line for line in listing.splitlines() if "WenQuanYi" in line)
        assert re.search(r"\byes\s+yes\s+(yes|no)\b", row), row  # embedded, subset
