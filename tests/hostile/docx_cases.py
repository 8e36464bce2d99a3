"""Hostile .docx contracts: a real document from python-docx, with its parts edited."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.hostile.xlsx_cases import members, write_members

DOC = "word/document.xml"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NUMBERING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"


def good_docx(folder: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading("Support terms", 1)
    doc.add_paragraph("1. Priority 1 incidents receive a response within 30 minutes, 24x7.")
    doc.add_paragraph("2. Availability is 99.9% per calendar month.")
    path = folder / "good.docx"
    doc.save(path)
    return path


def _edit(name: str, change: Callable[[bytes], bytes]) -> Callable[[Path, Path], Path]:
    def make(good: Path, out: Path) -> Path:
        parts = members(good)
        parts[name] = change(parts[name])
        return write_members(out, parts)
    return make


def _drop(name: str) -> Callable[[Path, Path], Path]:
    def make(good: Path, out: Path) -> Path:
        parts = members(good)
        del parts[name]
        return write_members(out, parts)
    return make


def _paragraphs(body: bytes) -> Callable[[bytes], bytes]:
    return lambda d: re.sub(rb"<w:body>.*<w:sectPr", b"<w:body>" + body + b"<w:sectPr", d, flags=re.S)


def rel_outside(good: Path, out: Path) -> Path:
    parts = members(good)
    parts["_rels/.rels"] = re.sub(rb'Target="/?word/document.xml"', b'Target="../../../etc/passwd"',
                                  parts["_rels/.rels"])
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b'Target="styles.xml"', b'Target="../../../../etc/passwd"')
    return write_members(out, parts)


def docm_renamed(good: Path, out: Path) -> Path:
    parts = members(good)
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml")
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/'
        b'office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
    return write_members(out, parts)


def numbering(start: str, fmt: str = "decimal", paragraphs: int = 3) -> Callable[[Path, Path], Path]:
    def make(good: Path, out: Path) -> Path:
        parts = members(good)
        parts["word/numbering.xml"] = (
            f'<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
            f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/>'
            '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '</w:numbering>').encode()
        rels = "word/_rels/document.xml.rels"
        parts[rels] = parts[rels].replace(b"</Relationships>", (
            f'<Relationship Id="rIdNum" Type="{NUMBERING_REL}" Target="numbering.xml"/>'
            "</Relationships>").encode())
        para = (b'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                b"<w:r><w:t>Priority 1 response within 30 minutes.</w:t></w:r></w:p>")
        parts[DOC] = _paragraphs(para * paragraphs)(parts[DOC])
        return write_members(out, parts)
    return make


def one_paragraph(size: int = 9 * 1024 * 1024) -> Callable[[Path, Path], Path]:
    words = b"Support responds within 30 minutes to P1 incidents and within 4 hours to P2. "
    text = (words * (size // len(words) + 1))[:size]
    return _edit(DOC, _paragraphs(b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>"))


def many_paragraphs(n: int = 100_000) -> Callable[[Path, Path], Path]:
    para = b"<w:p><w:r><w:t>%d. The vendor responds within %d minutes.</w:t></w:r></w:p>"
    return _edit(DOC, _paragraphs(b"".join(para % (i, i % 60 + 1) for i in range(n))))


def numeral_run(n: int = 200_000) -> Callable[[Path, Path], Path]:
    """One paragraph of Chinese numerals not followed by a unit: a duration
    pattern tried from every position of the run was quadratic."""
    text = ("一二三四五六七八九" * (n // 9 + 1))[:n] + "。乙方在4小时内响应。"
    return _edit(DOC, _paragraphs(b"<w:p><w:r><w:t>" + text.encode() + b"</w:t></w:r></w:p>"))


def huge_document_xml(size: int = 190 * 1024 * 1024) -> Callable[[Path, Path], Path]:
    def make(good: Path, out: Path) -> Path:
        parts = members(good)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                if name != DOC:
                    z.writestr(name, data)
                    continue
                head, tail = data.split(b"<w:sectPr", 1)
                with z.open(zipfile.ZipInfo(DOC), "w", force_zip64=True) as fh:
                    fh.write(head)
                    chunk = b"<w:p><w:r><w:t>" + b"x" * 1000 + b"</w:t></w:r></w:p>"
                    for _ in range(size // len(chunk)):
                        fh.write(chunk)
                    fh.write(b"<w:sectPr" + tail)
        return out
    return make


def billion_laughs(good: Path, out: Path) -> Path:
    from tests.hostile.xlsx_cases import BILLION_LAUGHS

    return _edit(DOC, lambda d: BILLION_LAUGHS.encode() + re.sub(rb"^<\?xml[^>]*\?>\s*", b"", d)
                 .replace(b"Availability", b"&lol9;", 1))(good, out)


CASES: dict[str, Callable[[Path, Path], Path]] = {
    "no-content-types": _drop("[Content_Types].xml"),
    "no-root-rels": _drop("_rels/.rels"),
    "rel-outside-package": rel_outside,
    "docm-renamed": docm_renamed,
    "numbering-4000-digits": numbering("9" * 4000),
    "numbering-10-digits-upperletter": numbering("9999999999", "upperLetter"),
    "numbering-10-digits-roman": numbering("9999999999", "upperRoman"),
    "numbering-negative": numbering("-5", "lowerRoman"),
    "one-paragraph-9mb": one_paragraph(),
    "paragraphs-100000": many_paragraphs(),
    "cjk-numeral-run-200000": numeral_run(),
    "document-xml-190mb": huge_document_xml(),
    "billion-laughs": billion_laughs,
}
