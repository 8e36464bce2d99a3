"""Review and Annotations to plain JSON values and back, losslessly.

Used by the review file (`reviewer.session.review_file`). Unlike the spec's output JSON
(`reviewer.export.review_json`), which is a report in one language, this keeps every
field of every type so `decode(encode(x)) == x`: both languages of reasons,
clause segmentation, locations with boxes, deviations and section scores.

Facts are free-form values from the analysis. JSON has no tuples and only
string keys, so tuples are written as ``{"$tuple": [...]}`` and mappings with
non-string keys as ``{"$map": [[key, value], ...]}``; everything else is
plain JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from reviewer.annotations import Annotations, ItemAnnotation
from reviewer.clause import Clause, ClauseKind
from reviewer.document import Box, Location
from reviewer.review import (
    Deviation,
    DocumentInfo,
    Evidence,
    Finding,
    Review,
    Status,
    Text,
)
from reviewer.session.codec_types import (
    DecodeError,
    array,
    boolean,
    check_text,
    integer,
    number,
    obj,
    opt_integer,
    opt_text,
    text,
    texts,
    without_controls,
    wrong,
)

# --- free-form values (facts) -------------------------------------------------

def encode_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return {"$tuple": [encode_value(v) for v in value]}
    if isinstance(value, list):
        return [encode_value(v) for v in value]
    if isinstance(value, Mapping):
        if all(isinstance(k, str) and not k.startswith("$") for k in value):
            return {k: encode_value(v) for k, v in value.items()}
        return {"$map": [[encode_value(k), encode_value(v)] for k, v in value.items()]}
    if isinstance(value, Status):
        return value.value
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot store a value of type {type(value).__name__} in a review file")


def decode_value(value: Any, where: str = "facts") -> Any:
    if isinstance(value, list):
        return [decode_value(v, where) for v in value]
    if isinstance(value, dict):
        if set(value) == {"$tuple"}:
            return tuple(decode_value(v, where) for v in array(value, "$tuple", where))
        if set(value) == {"$map"}:
            out = {}
            for pair in array(value, "$map", where):
                if not isinstance(pair, list) or len(pair) != 2:
                    raise wrong(f"{where}.$map", "a list of [key, value] pairs", pair)
                out[_hashable(decode_value(pair[0], where), where)] = decode_value(pair[1], where)
            return out
        return {k: decode_value(v, where) for k, v in value.items()}
    if isinstance(value, float) and value != value:
        raise wrong(where, "a number", value)
    return value


def _hashable(value: Any, where: str) -> Any:
    value = tuple(value) if isinstance(value, list) else value
    try:
        hash(value)
    except TypeError:
        raise wrong(where, "a key that is text, a number or a list of those", value) from None
    return value


# --- locations ----------------------------------------------------------------

def encode_location(loc: Location) -> dict[str, Any]:
    return {
        "page": loc.page,
        "boxes": [[b.page, b.x0, b.top, b.x1, b.bottom] for b in loc.boxes],
        "index": loc.index,
        "row": loc.row,
    }


def decode_location(d: Any, where: str = "location") -> Location:
    d = obj(d, where)
    boxes = []
    for i, b in enumerate(array(d, "boxes", where, ())):
        at = f"{where}.boxes[{i}]"
        if not isinstance(b, list) or len(b) != 5:
            raise wrong(at, "a list of 5 numbers (page, x0, top, x1, bottom)", b)
        page = b[0]
        if isinstance(page, bool) or not isinstance(page, int):
            raise wrong(f"{at}[0]", "a whole page number", page)
        boxes.append(Box(page, *(number(v, f"{at}[{j}]") for j, v in enumerate(b[1:], 1))))
    return Location(
        page=opt_integer(d, "page", where),
        boxes=tuple(boxes),
        index=opt_integer(d, "index", where),
        row=opt_integer(d, "row", where),
    )


def encode_text(t: Text) -> dict[str, str]:
    return {"en": t.en, "zh": t.zh}


def decode_text(d: Any, where: str = "text") -> Text:
    d = obj(d, where)
    return Text(en=text(d, "en", where), zh=text(d, "zh", where))


def encode_evidence(ev: Evidence) -> dict[str, Any]:
    return {
        "text": ev.text,
        "clause_index": ev.clause_index,
        "clause_number": ev.clause_number,
        "location": encode_location(ev.location),
    }


def decode_evidence(d: Any, where: str = "evidence") -> Evidence:
    d = obj(d, where)
    return Evidence(
        text=text(d, "text", where),
        clause_index=opt_integer(d, "clause_index", where),
        clause_number=opt_text(d, "clause_number", where),
        location=decode_location(d.get("location", {}), f"{where}.location"),
    )


def encode_clause(c: Clause) -> dict[str, Any]:
    return {
        "index": c.index,
        "kind": c.kind.value,
        "text": c.text,
        "location": encode_location(c.location),
        "number": c.number,
        "heading": c.heading,
        "level": c.level,
        "parent": c.parent,
        "cells": None if c.cells is None else list(c.cells),
        "table_header": None if c.table_header is None else list(c.table_header),
        "table_title": c.table_title,
        "defined_term": c.defined_term,
    }


def decode_clause(d: Any, where: str = "clause") -> Clause:
    d = obj(d, where)
    kind = text(d, "kind", where)
    if kind not in {k.value for k in ClauseKind}:
        raise DecodeError(f"'{where}.kind' is '{kind[:40]}', not one of "
                          f"{', '.join(k.value for k in ClauseKind)}")
    return Clause(
        index=integer(d, "index", where),
        kind=ClauseKind(kind),
        text=text(d, "text", where),
        location=decode_location(d.get("location", {}), f"{where}.location"),
        number=opt_text(d, "number", where),
        heading=opt_text(d, "heading", where),
        level=integer(d, "level", where, 1),
        parent=opt_integer(d, "parent", where),
        cells=texts(d, "cells", where),
        table_header=texts(d, "table_header", where),
        table_title=opt_text(d, "table_title", where),
        defined_term=opt_text(d, "defined_term", where),
    )


# --- findings and the review --------------------------------------------------

def encode_finding(f: Finding) -> dict[str, Any]:
    return {
        "item_id": f.item_id,
        "section": f.section,
        "status": f.status.value,
        "evidence": [encode_evidence(e) for e in f.evidence],
        "reasons": [encode_text(r) for r in f.reasons],
        "facts": encode_value(dict(f.facts)),
        "deviations": [
            {"fact": d.fact, "value": d.value, "limit": d.limit,
             "message": encode_text(d.message)}
            for d in f.deviations
        ],
        "confidence": f.confidence,
    }


def _status(value: Any, where: str) -> Status:
    if value not in {s.value for s in Status}:
        raise wrong(where, "met, vague or missing", value) if not isinstance(value, str) \
            else DecodeError(f"'{where}' is '{value[:40]}', not met, vague or missing")
    return Status(value)


def decode_finding(d: Any, where: str = "finding") -> Finding:
    d = obj(d, where)
    facts = d.get("facts", {})
    if not isinstance(facts, dict):
        raise wrong(f"{where}.facts", "an object", facts)
    deviations = []
    for i, x in enumerate(array(d, "deviations", where, ())):
        at = f"{where}.deviations[{i}]"
        x = obj(x, at)
        deviations.append(Deviation(
            fact=text(x, "fact", at), value=number(x.get("value"), f"{at}.value"),
            limit=number(x.get("limit"), f"{at}.limit"),
            message=decode_text(x.get("message"), f"{at}.message")))
    return Finding(
        item_id=text(d, "item_id", where),
        section=text(d, "section", where),
        status=_status(d.get("status"), f"{where}.status"),
        evidence=tuple(decode_evidence(e, f"{where}.evidence[{i}]")
                       for i, e in enumerate(array(d, "evidence", where, ()))),
        reasons=tuple(decode_text(r, f"{where}.reasons[{i}]")
                      for i, r in enumerate(array(d, "reasons", where, ()))),
        facts=decode_value(facts, f"{where}.facts"),
        deviations=tuple(deviations),
        confidence=_confidence(d.get("confidence")),
    )


def _confidence(value: Any) -> float | None:
    """A finding's confidence from a review file: a number in 0-1, else unknown."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if 0.0 <= value <= 1.0 else None


def encode_review(r: Review) -> dict[str, Any]:
    doc = r.document
    return {
        "document": {
            "path": doc.path, "format": doc.format, "pages": doc.pages,
            "language": doc.language, "sha256": doc.sha256, "warnings": list(doc.warnings),
        },
        "checklist_id": r.checklist_id,
        "checklist_version": r.checklist_version,
        "score": r.score,
        "section_scores": dict(r.section_scores),
        "findings": [encode_finding(f) for f in r.findings],
        "clauses": [encode_clause(c) for c in r.clauses],
    }


def decode_review(d: Any, where: str = "review") -> Review:
    d = obj(d, where)
    doc = obj(d.get("document"), f"{where}.document")
    at = f"{where}.document"
    scores = d.get("section_scores", {})
    if not isinstance(scores, dict):
        raise wrong(f"{where}.section_scores", "an object", scores)
    return Review(
        document=DocumentInfo(
            path=text(doc, "path", at), format=text(doc, "format", at),
            pages=opt_integer(doc, "pages", at),
            language=text(doc, "language", at, "en"), sha256=text(doc, "sha256", at, ""),
            warnings=tuple(check_text(w, f"{at}.warnings[{i}]", person=True)
                           for i, w in enumerate(array(doc, "warnings", at, ()))),
        ),
        checklist_id=text(d, "checklist_id", where),
        checklist_version=text(d, "checklist_version", where),
        findings=tuple(decode_finding(f, f"{where}.findings[{i}]")
                       for i, f in enumerate(array(d, "findings", where))),
        score=number(d.get("score"), f"{where}.score"),
        clauses=tuple(decode_clause(c, f"{where}.clauses[{i}]")
                      for i, c in enumerate(array(d, "clauses", where, ()))),
        section_scores={str(k): number(v, f"{where}.section_scores.{k}")
                        for k, v in scores.items()},
    )


# --- the reviewer's annotations -----------------------------------------------

def encode_annotations(a: Annotations) -> dict[str, Any]:
    items = {}
    for item_id, ann in a.items.items():
        items[item_id] = {
            "status_override": ann.status_override.value if ann.status_override else None,
            "override_note": ann.override_note,
            "note": ann.note,
            "asked_vendor": ann.asked_vendor,
            "vendor_response": ann.vendor_response,
            "extra_evidence": [encode_evidence(e) for e in ann.extra_evidence],
            "updated": ann.updated,
            **({"position": ann.position} if ann.position else {}),
        }
    return {"reviewer": a.reviewer, "items": items}


def clean_annotations(a: Annotations) -> Annotations:
    """Annotations without the control characters `decode_annotations` refuses.

    Applied on save, so a file this program wrote always opens again.
    """
    def clean(ann: ItemAnnotation) -> ItemAnnotation:
        return replace(ann, override_note=without_controls(ann.override_note),
                       note=without_controls(ann.note),
                       vendor_response=without_controls(ann.vendor_response))

    items = {k: clean(v) for k, v in a.items.items()}
    if all(items[k] == v for k, v in a.items.items()) and a.reviewer == without_controls(
            a.reviewer):
        return a
    return Annotations(items=MappingProxyType(items), reviewer=without_controls(a.reviewer))


def decode_annotations(d: Any, where: str = "annotations") -> Annotations:
    d = obj(d, where)
    items: dict[str, ItemAnnotation] = {}
    for item_id, x in obj(d.get("items", {}), f"{where}.items").items():
        at = f"{where}.items.{item_id}"
        x = obj(x, at)
        override = x.get("status_override")
        items[str(item_id)] = ItemAnnotation(
            status_override=_status(override, f"{at}.status_override") if override else None,
            override_note=text(x, "override_note", at, "", person=True),
            note=text(x, "note", at, "", person=True),
            asked_vendor=boolean(x, "asked_vendor", at, False),
            vendor_response=text(x, "vendor_response", at, "", person=True),
            extra_evidence=tuple(decode_evidence(e, f"{at}.extra_evidence[{i}]")
                                 for i, e in enumerate(array(x, "extra_evidence", at, ()))),
            updated=text(x, "updated", at, ""),
            position=text(x, "position", at, ""),
        )
    return Annotations(items=MappingProxyType(items),
                       reviewer=text(d, "reviewer", where, "", person=True))
