"""Recognise and remove the comments an earlier commented copy left in a DOCX.

A contract that already went through the tool (the reviewer reviewed the
commented copy, or the vendor sent it back) would otherwise get every comment
twice. Each comment the tool writes ends with a tag line
``[contract-reviewer:<item id>]`` (``summary`` for the start note): plain
visible text, because it is the one thing Word and LibreOffice keep through
any save (hidden runs, custom attributes and comment ids are not kept).
Copies made before the tag existed are recognised by author plus a first
line that is one of the tool's note headings. Comments by anyone else, and
the tool author's comments that are not the tool's notes, are kept.

Removing a comment removes its entry in word/comments.xml, its range
markers and reference run in the body, and its entries in Word's
commentsExtended / commentsIds parts (matched by paragraph id).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import XmlPart
from docx.oxml.ns import qn
from lxml import etree  # type: ignore[import-untyped]  # no stubs installed

TAG_FORMAT = "[contract-reviewer:{key}]"
TAG = re.compile(r"^\[contract-reviewer:[^\]\s]+\]$")
SUMMARY_KEY = "summary"
W14_PARA_ID = "{http://schemas.microsoft.com/office/word/2010/wordml}paraId"
# Word's companion parts that list comments by the paragraph id of their text.
COMPANION_PARTS = ("commentsExtended.xml", "commentsIds.xml")
# The contract is untrusted: no entities, no DTD fetched, no network.
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def tag_line(key: str) -> str:
    return TAG_FORMAT.format(key=key)


def _paragraph_texts(comment: Any) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in comment.iter(qn("w:p"))]


def is_tool_comment(comment: Any, author: str, headings: Iterable[str]) -> bool:
    """A ``w:comment`` element the tool wrote: tagged, or (older copies) the tool's
    author with a first line starting with one of ``headings`` ("<item title> — ",
    the start note's title)."""
    texts = [t.strip() for t in _paragraph_texts(comment) if t.strip()]
    if not texts:
        return False
    if TAG.match(texts[-1]):
        return True
    return comment.get(qn("w:author")) == author and texts[0].startswith(tuple(headings))


def _comments_element(doc: Any) -> Any | None:
    try:
        return doc.part.part_related_by(RT.COMMENTS).element
    except KeyError:  # no comments part: nothing to remove (and none is created)
        return None


def _drop_markers(body: Any, ids: set[str]) -> None:
    for tag in ("w:commentRangeStart", "w:commentRangeEnd", "w:commentReference"):
        for el in list(body.iter(qn(tag))):
            if el.get(qn("w:id")) not in ids:
                continue
            parent = el.getparent()
            parent.remove(el)
            # The reference sits in a run of its own (with at most run properties).
            if tag == "w:commentReference" and parent.tag == qn("w:r") and all(
                    child.tag == qn("w:rPr") for child in parent):
                parent.getparent().remove(parent)


def _drop_companions(doc: Any, para_ids: set[str]) -> None:
    if not para_ids:
        return
    for rel in doc.part.rels.values():
        if rel.is_external or not str(rel.target_part.partname).endswith(COMPANION_PARTS):
            continue
        part = rel.target_part
        # python-docx loads these as plain parts (bytes); parse, edit, store back.
        xml_part = isinstance(part, XmlPart)
        root = part.element if xml_part else etree.fromstring(part.blob, _SAFE_XML)
        for child in list(root):
            if any(k.endswith("}paraId") and v in para_ids for k, v in child.attrib.items()):
                root.remove(child)
        if not xml_part:
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                        standalone=True)


def remove_tool_comments(doc: Any, author: str, headings: Iterable[str]) -> int:
    """Remove the tool's comments from an open python-docx document; returns how many."""
    comments = _comments_element(doc)
    if comments is None:
        return 0
    headings = tuple(headings)
    ids: set[str] = set()
    para_ids: set[str] = set()
    for comment in list(comments.iter(qn("w:comment"))):
        if not is_tool_comment(comment, author, headings):
            continue
        ids.add(comment.get(qn("w:id")))
        para_ids.update(p.get(W14_PARA_ID) for p in comment.iter(qn("w:p"))
                        if p.get(W14_PARA_ID))
        comments.remove(comment)
    if ids:
        _drop_markers(doc.element.body, ids)
        _drop_companions(doc, para_ids)
    return len(ids)
