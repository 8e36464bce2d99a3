"""Turn the PDF report that reportlab wrote into a PDF/A-2b file.

reportlab (the open-source edition) has no PDF/A mode, so the parts it lacks
are added afterwards with pypdf: an XMP metadata stream that says
``pdfaid:part=2, conformance=B`` and repeats the document information
(title, author, subject, dates, creator tool, producer) exactly, an
OutputIntent with the sRGB ICC profile shipped in ``resources/color/``, and
a file identifier (trailer /ID) derived from the content.

The rest of PDF/A-2b is the report's own doing (`pdf_report`): every font a
TrueType subset embedded with a ToUnicode map, colours in DeviceRGB/Gray
only, no transparency, no encryption, no actions. Conformance is claimed
(the pdfaid entries) only when every font in the file is embedded: a Chinese
character the embedded fonts lack falls back to a font the viewer supplies,
and such a file is still written, with XMP and output intent but no claim.

Not checked by a full validator (veraPDF is not installable here): the
structural requirements are checked by tests/export/test_pdfa.py.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from reviewer.resources import resource_dir

SRGB_PROFILE = "sRGB.icc"
SRGB_NAME = "sRGB IEC61966-2.1"


def srgb_profile() -> bytes | None:
    """The shipped sRGB profile; None if an installation lost it (the report is then
    written without output intent and without the PDF/A claim rather than not at all)."""
    try:
        return (resource_dir("color") / SRGB_PROFILE).read_bytes()
    except OSError:
        return None


def _fonts_in(resources: Any, seen: set[int]) -> Iterator[Any]:
    """Every font dictionary reachable from a resource dictionary (Form XObjects too)."""
    if resources is None:
        return
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        yield font
        for descendant in font.get("/DescendantFonts") or []:
            yield descendant.get_object()
    for xobj in (resources.get("/XObject") or {}).values():
        ref = getattr(xobj, "idnum", None)
        if ref in seen:
            continue
        seen.add(ref if ref is not None else id(xobj))
        xobj = xobj.get_object()
        if xobj.get("/Subtype") == "/Form":
            yield from _fonts_in(xobj.get("/Resources"), seen)


def document_fonts(reader: PdfReader) -> list[Any]:
    """Font dictionaries used by the pages (each once)."""
    fonts: dict[int, Any] = {}
    seen: set[int] = set()
    for page in reader.pages:
        for font in _fonts_in(page.get("/Resources"), seen):
            fonts.setdefault(id(font), font)
    return list(fonts.values())


def is_embedded(font: Any) -> bool:
    """A font whose program is in the file (a Type0 font counts by its descendant)."""
    if font.get("/Subtype") in ("/Type0", "/Type3"):
        return True
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def xmp_date(value: datetime) -> str:
    return value.isoformat()


def _alt(text: str) -> str:
    return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>'


def xmp_packet(info: dict[str, Any], created: datetime, modified: datetime, lang: str,
               document_id: str, claim: bool) -> bytes:
    """The XMP metadata, equal to the document information dictionary ``info``."""
    fields = []
    if claim:
        fields += ["<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>"]
    fields.append("<dc:format>application/pdf</dc:format>")
    if "/Title" in info:  # every Info entry, even an empty one, is repeated in the XMP
        fields.append(f"<dc:title>{_alt(info['/Title'])}</dc:title>")
    if "/Author" in info:
        fields.append(f"<dc:creator><rdf:Seq><rdf:li>{escape(info['/Author'])}</rdf:li>"
                      "</rdf:Seq></dc:creator>")
    if "/Subject" in info:
        fields.append(f"<dc:description>{_alt(info['/Subject'])}</dc:description>")
    fields.append(f"<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>")
    if "/Keywords" in info:
        fields.append(f"<pdf:Keywords>{escape(info['/Keywords'])}</pdf:Keywords>")
    if "/Producer" in info:
        fields.append(f"<pdf:Producer>{escape(info['/Producer'])}</pdf:Producer>")
    if "/Creator" in info:
        fields.append(f"<xmp:CreatorTool>{escape(info['/Creator'])}</xmp:CreatorTool>")
    fields += [f"<xmp:CreateDate>{xmp_date(created)}</xmp:CreateDate>",
               f"<xmp:ModifyDate>{xmp_date(modified)}</xmp:ModifyDate>",
               f"<xmp:MetadataDate>{xmp_date(modified)}</xmp:MetadataDate>",
               f"<xmpMM:DocumentID>uuid:{document_id}</xmpMM:DocumentID>",
               f"<xmpMM:InstanceID>uuid:{document_id}</xmpMM:InstanceID>"]
    body = "\n   ".join(fields)
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"\n'
        '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"\n'
        '    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">\n'
        f"   {body}\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
    return packet.encode("utf-8")


def _output_intent(writer: PdfWriter, icc: bytes) -> Any:
    raw = DecodedStreamObject()
    raw.set_data(icc)
    raw[NameObject("/N")] = NumberObject(3)
    profile = raw.flate_encode()
    intent = DictionaryObject({
        NameObject("/Type"): NameObject("/OutputIntent"),
        NameObject("/S"): NameObject("/GTS_PDFA1"),
        NameObject("/OutputConditionIdentifier"): TextStringObject(SRGB_NAME),
        NameObject("/Info"): TextStringObject(SRGB_NAME),
        NameObject("/RegistryName"): TextStringObject("http://www.color.org"),
        NameObject("/DestOutputProfile"): writer._add_object(profile),
    })
    return writer._add_object(intent)


def make_pdfa(path: Path, lang: str) -> bool:
    """Rewrite the PDF at ``path`` in place as PDF/A-2b; returns whether conformance
    is claimed (False when some font is not embedded)."""
    reader = PdfReader(str(path))
    icc = srgb_profile()
    claim = icc is not None and all(is_embedded(f) for f in document_fonts(reader))
    meta = reader.metadata
    created = meta.creation_date if meta is not None else None
    modified = (meta.modification_date if meta is not None else None) or created
    if created is None or modified is None:
        raise ValueError("the report has no creation date")  # reportlab always writes one
    info = {k: str(v) for k, v in (meta or {}).items()}
    digest = hashlib.sha256(path.read_bytes()).digest()[:16]
    writer = PdfWriter(clone_from=reader)
    writer.add_metadata(info)  # as reportlab wrote it (pypdf would put itself as producer)
    xmp = DecodedStreamObject()
    xmp.set_data(xmp_packet(info, created, modified, lang, str(uuid.UUID(bytes=digest)), claim))
    xmp[NameObject("/Type")] = NameObject("/Metadata")
    xmp[NameObject("/Subtype")] = NameObject("/XML")
    root = writer.root_object
    root[NameObject("/Metadata")] = writer._add_object(xmp)
    if icc is not None:
        root[NameObject("/OutputIntents")] = ArrayObject([_output_intent(writer, icc)])
    writer._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])
    writer.pdf_header = "%PDF-1.7"  # PDF/A-2 is built on ISO 32000-1 (PDF 1.7)
    with open(path, "wb") as fh:
        writer.write(fh)
    return claim
