"""Active content left out of the commented copy, and packages made openable for it.

The commented copy is a file the reviewer forwards and opens: it must not carry
the vendor's active content along.

- DOCX (`clean_docx_source`): before python-docx opens the contract, a cleaned
  copy of the package is made: macros (vbaProject.bin, vbaData.xml) and ActiveX
  controls are dropped, a macro-enabled main part (a .docm renamed .docx) is
  declared as a plain document, relationships to parts outside the package or
  to missing parts are dropped, and a missing ``[Content_Types].xml`` or root
  ``_rels/.rels`` is rebuilt. Every part is read through `DocxPackage`
  (sizes checked, XML without DTDs).
- PDF (`strip_pdf_active_content`): /OpenAction and additional actions (/AA),
  document JavaScript, embedded files, file-attachment and media annotations,
  and link actions that launch programs, open URIs, run JavaScript or submit
  forms are removed from the written copy.

Each returns what it removed, in words, so the copy can say so.
"""

from __future__ import annotations

import mimetypes
import posixpath
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # no stubs installed

from reviewer.ingest.docx_package import DocxPackage, _is_active_part

_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_KNOWN_PARTS = {
    "styles.xml": _WML + "styles+xml", "numbering.xml": _WML + "numbering+xml",
    "settings.xml": _WML + "settings+xml", "fontTable.xml": _WML + "fontTable+xml",
    "webSettings.xml": _WML + "webSettings+xml", "comments.xml": _WML + "comments+xml",
    "footnotes.xml": _WML + "footnotes+xml", "endnotes.xml": _WML + "endnotes+xml",
}
_DOCPROPS = {
    "docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
    "docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
}
_ACTIVE_REL_TYPES = ("/vbaProject", "/control", "/activeXControlBinary", "/wordVbaData")


def _xml_bytes(root: Any) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def clean_docx_source(source: Path, target: Path) -> tuple[str, ...]:
    """Write a cleaned copy of the ``source`` package to ``target``; returns what was removed."""
    removed: list[str] = []
    with DocxPackage(source) as pkg:
        names = [n for n in pkg._zip.namelist() if not n.endswith("/")]
        dropped = [n for n in names if _is_active_part(n)]
        if any(n.lower().endswith(("vbaproject.bin", "vbadata.xml")) for n in dropped):
            removed.append("macros (VBA)")
        if any("activex" in n.lower() for n in dropped):
            removed.append("ActiveX controls")
        kept = [n for n in names if n not in dropped and not n.startswith(("/", "../"))
                and ".." not in n.split("/")]
        parts: dict[str, bytes] = {}
        for name in kept:
            if name.endswith(".rels"):
                parts[name] = _clean_rels(pkg, name, set(kept), removed,
                                          pkg.main_part if name == "_rels/.rels" else None)
            elif name == "[Content_Types].xml":
                continue
            else:
                parts[name] = pkg.read(name)
        if "_rels/.rels" not in parts:
            parts["_rels/.rels"] = _root_rels(pkg.main_part)
        parts["[Content_Types].xml"] = _content_types(pkg, kept, pkg.main_part, removed)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", parts.pop("[Content_Types].xml"))
        for name, data in parts.items():
            z.writestr(name, data)
    return tuple(dict.fromkeys(removed))


def _clean_rels(pkg: DocxPackage, name: str, kept: set[str], removed: list[str],
                main_part: str | None) -> bytes:
    root = pkg.xml(name)
    if root is None:
        return _root_rels(main_part) if main_part else pkg.read(name)
    folder = posixpath.dirname(posixpath.dirname(name))  # word/_rels/x.rels -> word
    for rel in list(root.iter(f"{{{_REL_NS}}}Relationship")):
        rel_type = rel.get("Type", "")
        if rel_type.endswith(_ACTIVE_REL_TYPES):
            root.remove(rel)
            continue
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        joined = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        resolved = posixpath.normpath(joined)
        if resolved.startswith("..") or resolved not in kept:
            root.remove(rel)
            if resolved.startswith(".."):
                removed.append("links to files outside the document")
    if main_part and not any(rel.get("Type") == _OFFICE_DOC
                             for rel in root.iter(f"{{{_REL_NS}}}Relationship")):
        etree.SubElement(root, f"{{{_REL_NS}}}Relationship", Id="rIdReviewerMain",
                         Type=_OFFICE_DOC, Target=main_part)
    return _xml_bytes(root)


def _root_rels(main_part: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{_REL_NS}"><Relationship Id="rId1" Type="{_OFFICE_DOC}" '
            f'Target="{main_part}"/></Relationships>').encode()


def _content_types(pkg: DocxPackage, kept: list[str], main_part: str,
                   removed: list[str]) -> bytes:
    root = pkg.xml("[Content_Types].xml") if "[Content_Types].xml" in kept else None
    if root is None:
        root = etree.Element(f"{{{_CT_NS}}}Types", nsmap={None: _CT_NS})
    present = {"/" + n for n in kept}
    defaults = {el.get("Extension", "").lower() for el in root.iter(f"{{{_CT_NS}}}Default")}
    for ext, default_type in (("rels", "application/vnd.openxmlformats-package.relationships+xml"),
                              ("xml", "application/xml")):
        if ext not in defaults:
            etree.SubElement(root, f"{{{_CT_NS}}}Default", Extension=ext, ContentType=default_type)
    overridden: set[str] = set()
    for el in list(root.iter(f"{{{_CT_NS}}}Override")):
        part = el.get("PartName", "")
        if part not in present:
            root.remove(el)
            continue
        overridden.add(part)
        if part == "/" + main_part and el.get("ContentType") != _MAIN_CT:
            if "macro" in (el.get("ContentType") or "").lower():
                removed.append("the macro-enabled document type")
            el.set("ContentType", _MAIN_CT)
    if "/" + main_part not in overridden:
        etree.SubElement(root, f"{{{_CT_NS}}}Override", PartName="/" + main_part,
                         ContentType=_MAIN_CT)
    defaults = {el.get("Extension", "").lower() for el in root.iter(f"{{{_CT_NS}}}Default")}
    for name in kept:
        if name == "[Content_Types].xml" or "/" + name in overridden:
            continue
        base = posixpath.basename(name)
        ctype: str | None = (_KNOWN_PARTS.get(base) if name.startswith("word/")
                             else _DOCPROPS.get(name))
        ext = base.rsplit(".", 1)[-1].lower() if "." in base else ""
        if ctype is None and ext not in defaults:
            ctype = mimetypes.guess_type(base)[0] or "application/octet-stream"
        if ctype is not None:
            etree.SubElement(root, f"{{{_CT_NS}}}Override", PartName="/" + name,
                             ContentType=ctype)
    return _xml_bytes(root)


# -- PDF ------------------------------------------------------------------------

_BAD_ACTIONS = {"/JavaScript", "/Launch", "/URI", "/SubmitForm", "/ImportData", "/GoToR",
                "/GoToE", "/Rendition", "/Movie", "/Sound", "/RichMediaExecute"}
_BAD_ANNOTS = {"/FileAttachment", "/Screen", "/Movie", "/Sound", "/RichMedia", "/3D"}


def _action_kind(action: Any) -> str:
    try:
        return str(action.get_object().get("/S", ""))
    except Exception:  # a broken reference: treat as hostile
        return "/JavaScript"


def strip_pdf_active_content(writer: Any) -> tuple[str, ...]:
    """Remove active content from a pypdf ``PdfWriter`` in place; returns what went."""
    from pypdf.generic import NameObject

    removed: list[str] = []
    root = writer._root_object
    if "/OpenAction" in root:
        action = root["/OpenAction"].get_object()
        if hasattr(action, "get") and _action_kind(action) in _BAD_ACTIONS | {""}:
            del root[NameObject("/OpenAction")]
            removed.append(f"an action run on opening ({_action_kind(action).lstrip('/') or 'unknown'})")
    if "/AA" in root:
        del root[NameObject("/AA")]
        removed.append("document actions")
    names = root.get("/Names")
    if names is not None:
        names = names.get_object()
        if "/JavaScript" in names:
            del names[NameObject("/JavaScript")]
            removed.append("JavaScript")
        if "/EmbeddedFiles" in names:
            del names[NameObject("/EmbeddedFiles")]
            removed.append("embedded files")
    for page in writer.pages:
        if "/AA" in page:
            del page[NameObject("/AA")]
            removed.append("page actions")
        annots = page.get("/Annots")
        if annots is None:
            continue
        annots = annots.get_object()
        for ref in list(annots):
            annot = ref.get_object()
            subtype = str(annot.get("/Subtype", ""))
            if subtype in _BAD_ANNOTS:
                annots.remove(ref)
                removed.append("embedded files" if subtype == "/FileAttachment" else "media")
                continue
            if "/A" in annot and _action_kind(annot["/A"]) in _BAD_ACTIONS:
                kind = _action_kind(annot["/A"]).lstrip("/")
                del annot[NameObject("/A")]
                removed.append(f"{kind} links")
            if "/AA" in annot:
                del annot[NameObject("/AA")]
                removed.append("form actions")
    return tuple(dict.fromkeys(removed))
