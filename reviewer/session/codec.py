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


class DecodeError(ValueError):
    """The JSON does not have the shape of a review file."""


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


def decode_value(value: Any) -> Any:
    if isinstance(value, list):
        return [decode_value(v) for v in value]
    if isinstance(value, dict):
        if set(value) == {"$tuple"}:
            return tuple(decode_value(v) for v in value["$tuple"])
        if set(value) == {"$map"}:
            return {_hashable(decode_value(k)): decode_value(v) for k, v in value["$map"]}
        return {k: decode_value(v) for k, v in value.items()}
    return value


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


# --- locations ----------------------------------------------------------------

def encode_location(loc: Location) -> dict[str, Any]:
    return {
        "page": loc.page,
        "boxes": [[b.page, b.x0, b.top, b.x1, b.bottom] for b in loc.boxes],
        "index": loc.index,
        "row": loc.row,
    }


def decode_location(d: Mapping[str, Any]) -> Location:
    return Location(
        page=d.get("page"),
        boxes=tuple(Box(int(b[0]), b[1], b[2], b[3], b[4]) for b in d.get("boxes", ())),
        index=d.get("index"),
        row=d.get("row"),
    )


def encode_text(t: Text) -> dict[str, str]:
    return {"en": t.en, "zh": t.zh}


def decode_text(d: Mapping[str, Any]) -> Text:
    return Text(en=str(d["en"]), zh=str(d["zh"]))


def encode_evidence(ev: Evidence) -> dict[str, Any]:
    return {
        "text": ev.text,
        "clause_index": ev.clause_index,
        "clause_number": ev.clause_number,
        "location": encode_location(ev.location),
    }


def decode_evidence(d: Mapping[str, Any]) -> Evidence:
    return Evidence(
        text=str(d["text"]),
        clause_index=d.get("clause_index"),
        clause_number=d.get("clause_number"),
        location=decode_location(d.get("location", {})),
    )


def _opt_tuple(value: Any) -> tuple[str, ...] | None:
    return None if value is None else tuple(value)


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


def decode_clause(d: Mapping[str, Any]) -> Clause:
    return Clause(
        index=int(d["index"]),
        kind=ClauseKind(d["kind"]),
        text=str(d["text"]),
        location=decode_location(d.get("location", {})),
        number=d.get("number"),
        heading=d.get("heading"),
        level=int(d.get("level", 1)),
        parent=d.get("parent"),
        cells=_opt_tuple(d.get("cells")),
        table_header=_opt_tuple(d.get("table_header")),
        table_title=d.get("table_title"),
        defined_term=d.get("defined_term"),
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


def decode_finding(d: Mapping[str, Any]) -> Finding:
    return Finding(
        item_id=str(d["item_id"]),
        section=str(d["section"]),
        status=Status(d["status"]),
        evidence=tuple(decode_evidence(e) for e in d.get("evidence", ())),
        reasons=tuple(decode_text(r) for r in d.get("reasons", ())),
        facts=decode_value(d.get("facts", {})),
        deviations=tuple(
            Deviation(fact=str(x["fact"]), value=x["value"], limit=x["limit"],
                      message=decode_text(x["message"]))
            for x in d.get("deviations", ())
        ),
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


def decode_review(d: Mapping[str, Any]) -> Review:
    doc = d["document"]
    return Review(
        document=DocumentInfo(
            path=str(doc["path"]), format=str(doc["format"]), pages=doc.get("pages"),
            language=str(doc.get("language", "en")), sha256=str(doc.get("sha256", "")),
            warnings=tuple(doc.get("warnings", ())),
        ),
        checklist_id=str(d["checklist_id"]),
        checklist_version=str(d["checklist_version"]),
        findings=tuple(decode_finding(f) for f in d["findings"]),
        score=d["score"],
        clauses=tuple(decode_clause(c) for c in d.get("clauses", ())),
        section_scores=dict(d.get("section_scores", {})),
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


def decode_annotations(d: Mapping[str, Any]) -> Annotations:
    items: dict[str, ItemAnnotation] = {}
    for item_id, x in d.get("items", {}).items():
        override = x.get("status_override")
        items[str(item_id)] = ItemAnnotation(
            status_override=Status(override) if override else None,
            override_note=str(x.get("override_note", "")),
            note=str(x.get("note", "")),
            asked_vendor=bool(x.get("asked_vendor", False)),
            vendor_response=str(x.get("vendor_response", "")),
            extra_evidence=tuple(decode_evidence(e) for e in x.get("extra_evidence", ())),
            updated=str(x.get("updated", "")),
            position=str(x.get("position", "")),
        )
    return Annotations(items=MappingProxyType(items), reviewer=str(d.get("reviewer", "")))
