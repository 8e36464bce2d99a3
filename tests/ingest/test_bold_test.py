"""`pdf_chars._BoldTest` (unchecked PDFium calls, a font name's answer kept) says what
the plain test says: the font name, its ForceBold flag or its weight, read with
pypdfium2's checked calls, for both ends of every fragment of real pages."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from reviewer.ingest import pdf as pdf_module
from reviewer.ingest.pdf_chars import _BOLD_WORDS, _FORCE_BOLD_FLAG, _BoldTest, extract_fragments
from tests.fixtures.pdf_factory import support_terms_pdf

TESTS = Path(__file__).resolve().parents[1]


def _plain(textpage: object, index: int, buf: ctypes.Array[ctypes.c_char], flags: ctypes.c_int) -> bool:
    """The test as it was written first (one buffer per page, as there)."""
    pdfium_c.FPDFText_GetFontInfo(textpage, index, buf, len(buf), ctypes.byref(flags))
    name = buf.value.decode("latin-1").lower()
    if any(w in name for w in _BOLD_WORDS) or flags.value & _FORCE_BOLD_FLAG:
        return True
    return int(pdfium_c.FPDFText_GetFontWeight(textpage, index)) >= 600


def _pdfs(tmp_path: Path) -> list[Path]:
    corpus = sorted((TESTS / "corpus").glob("*.pdf"))[:6]
    return [support_terms_pdf(tmp_path / "terms.pdf"), *corpus]


def test_bold_test_answers_as_the_plain_test(tmp_path: Path) -> None:
    ends = bold = 0
    for path in _pdfs(tmp_path):
        doc = pdfium.PdfDocument(str(path))
        try:
            for i in range(len(doc)):
                page = doc[i]
                textpage = page.get_textpage()
                frags, _, _ = extract_fragments(textpage.raw, pdf_module._frame(page))
                fast = _BoldTest(textpage.raw)
                buf, flags = ctypes.create_string_buffer(128), ctypes.c_int()
                for f in frags:
                    for index in (f.first, f.last):
                        expected = _plain(textpage.raw, index, buf, flags)
                        assert fast(index) == expected, (path.name, i, index)
                        ends += 1
                        bold += expected
                    assert f.bold == (_plain(textpage.raw, f.first, buf, flags)
                                      and (f.last == f.first or _plain(textpage.raw, f.last, buf, flags)))
                textpage.close()
                page.close()
        finally:
            doc.close()
    assert ends > 500 and 0 < bold < ends  # both answers were checked
