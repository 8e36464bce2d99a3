"""A structural check of the PDF/A-2b requirements the report implements.

Not a validator: veraPDF (the reference) cannot be installed here, and no
PyPI or Debian package validates PDF/A. This checks, on the written file,
the clauses of ISO 19005-2 the report relies on: header and binary comment
(6.1.2), file identifier (6.1.3), no encryption (6.1.3), no LZW (6.1.7),
an sRGB output intent with an embedded ICC profile (6.2.3) and no CMYK
drawing without one (6.2.4.3), no transparency (6.2.10: nothing to check
beyond no soft masks / alpha), fonts embedded with a ToUnicode map and the
symbolic TrueType rule (6.2.11.4, 6.2.11.6, 6.2.11.7), no JavaScript or
launch actions (6.5, 6.6), XMP metadata with pdfaid part 2 / conformance B
that agrees with the document information dictionary (6.6.2, 6.6.3).
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

from lxml import etree
from pypdf import PdfReader
from pypdf.generic import ContentStream

from reviewer.export.pdfa import document_fonts, is_embedded

NS = {"x": "adobe:ns:meta/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
      "dc": "http://purl.org/dc/elements/1.1/", "xmp": "http://ns.adobe.com/xap/1.0/",
      "pdf": "http://ns.adobe.com/pdf/1.3/", "pdfaid": "http://www.aiim.org/pdfa/ns/id/"}


def _xmp(reader: PdfReader) -> Any | None:
    meta = reader.trailer["/Root"].get("/Metadata")
    if meta is None:
        return None
    meta = meta.get_object()
    if "/Filter" in meta:
        raise AssertionError("metadata stream is filtered")
    return etree.fromstring(meta.get_data())


def _one(root: Any, path: str) -> str | None:
    found = root.xpath(path, namespaces=NS)
    return str(found[0]).strip() if found else None


def _metadata_problems(reader: PdfReader) -> list[str]:
    root = _xmp(reader)
    if root is None:
        return ["no XMP metadata stream"]
    problems = []
    desc = "//rdf:Description/"
    if _one(root, desc + "pdfaid:part/text()") != "2":
        problems.append("XMP pdfaid:part is not 2")
    if _one(root, desc + "pdfaid:conformance/text()") != "B":
        problems.append("XMP pdfaid:conformance is not B")
    info = reader.metadata or {}
    pairs = {"/Title": desc + "dc:title/rdf:Alt/rdf:li/text()",
             "/Author": desc + "dc:creator/rdf:Seq/rdf:li/text()",
             "/Subject": desc + "dc:description/rdf:Alt/rdf:li/text()",
             "/Creator": desc + "xmp:CreatorTool/text()",
             "/Producer": desc + "pdf:Producer/text()",
             "/Keywords": desc + "pdf:Keywords/text()"}
    for key, path in pairs.items():
        if key in info and str(info[key]) != (_one(root, path) or ""):
            problems.append(f"Info {key} differs from the XMP")
    for key, path, value in (("/CreationDate", desc + "xmp:CreateDate/text()",
                              reader.metadata.creation_date if reader.metadata else None),
                             ("/ModDate", desc + "xmp:ModifyDate/text()",
                              reader.metadata.modification_date if reader.metadata else None)):
        text = _one(root, path)
        if key in info and (text is None or datetime.fromisoformat(text) != value):
            problems.append(f"Info {key} differs from the XMP")
    return problems


def _intent_problems(reader: PdfReader) -> list[str]:
    intents = reader.trailer["/Root"].get("/OutputIntents")
    pdfa = [i.get_object() for i in (intents or []) if i.get_object().get("/S") == "/GTS_PDFA1"]
    if len(pdfa) != 1:
        return ["not exactly one GTS_PDFA1 output intent"]
    profile = pdfa[0].get("/DestOutputProfile")
    if profile is None:
        return ["output intent without an ICC profile"]
    profile = profile.get_object()
    data = profile.get_data()
    problems = []
    if profile.get("/N") != 3 or data[16:20] != b"RGB " or data[36:40] != b"acsp":
        problems.append("output intent profile is not an RGB ICC profile")
    if data[8] > 4:
        problems.append("ICC profile newer than version 4")
    return problems


def _font_problems(reader: PdfReader) -> list[str]:
    problems = []
    for font in document_fonts(reader):
        name = str(font.get("/BaseFont", "?")).lstrip("/")
        if not is_embedded(font):
            problems.append(f"font {name} is not embedded")
        # A Type0 font's map is on the font itself, not its descendant CIDFont.
        if font.get("/Subtype") not in ("/CIDFontType0", "/CIDFontType2") and \
                "/ToUnicode" not in font:
            problems.append(f"font {name} has no ToUnicode map")
        descriptor = font.get("/FontDescriptor")
        if font.get("/Subtype") == "/TrueType" and descriptor is not None:
            symbolic = int(descriptor.get_object().get("/Flags", 0)) & 4
            if symbolic and "/Encoding" in font:
                problems.append(f"symbolic TrueType font {name} has an /Encoding")
            if not symbolic and font.get("/Encoding") not in ("/WinAnsiEncoding",
                                                              "/MacRomanEncoding"):
                problems.append(f"non-symbolic TrueType font {name} lacks a standard encoding")
    return problems


def _page_problems(reader: PdfReader) -> list[str]:
    problems = []
    for number, page in enumerate(reader.pages, start=1):
        group = page.get("/Group")
        if group is not None and group.get_object().get("/S") == "/Transparency":
            problems.append(f"page {number} is a transparency group")
        if "/AA" in page:
            problems.append(f"page {number} has additional actions")
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else {}
        for gs in (resources.get("/ExtGState") or {}).values():
            gs = gs.get_object()
            if gs.get("/SMask", "/None") != "/None" or float(gs.get("/CA", 1)) < 1 or \
                    float(gs.get("/ca", 1)) < 1:
                problems.append(f"page {number} uses transparency")
        ops = {op for _, op in ContentStream(page.get_contents(), reader).operations}
        if ops & {b"k", b"K"}:
            problems.append(f"page {number} paints in DeviceCMYK")
    return problems


def pdfa_2b_problems(path: Path) -> list[str]:
    """What keeps ``path`` from PDF/A-2b, among the requirements listed above; [] if none."""
    data = path.read_bytes()
    problems = []
    if not re.match(rb"%PDF-1\.[0-7]\r?\n%[\x80-\xff]{4}", data):
        problems.append("header is not %PDF-1.n plus a binary comment")
    if b"/LZWDecode" in data or b"/JavaScript" in data or b"/Launch" in data:
        problems.append("LZW, JavaScript or a launch action")
    reader = PdfReader(str(path))
    if reader.is_encrypted or "/Encrypt" in reader.trailer:
        problems.append("encrypted")
    ids = reader.trailer.get("/ID")
    if ids is None or len(ids) != 2:
        problems.append("no file identifier (trailer /ID)")
    if "/AA" in reader.trailer["/Root"] or "/OpenAction" in reader.trailer["/Root"]:
        problems.append("document actions")
    problems += _metadata_problems(reader)
    problems += _intent_problems(reader)
    problems += _font_problems(reader)
    problems += _page_problems(reader)
    return problems
