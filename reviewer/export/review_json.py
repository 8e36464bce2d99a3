"""The review as JSON, in the spec's `contract-review/1` format.

`review_to_dict` is the one place the spec's output shape is produced: the
CLI's `--json`, the JSON export and the batch job all call it. With
`annotations`, the reviewer's overrides, notes and vendor responses are added
under keys the spec does not use, so a consumer of the plain format is not
disturbed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reviewer.annotations import Annotations
from reviewer.atomic import write_json_atomic
from reviewer.language import Language
from reviewer.review import Evidence, Finding, Review

SCHEMA = "contract-review/1"


def evidence_to_dict(ev: Evidence) -> dict[str, Any]:
    return {"text": ev.text, "page": ev.location.page, "clause": ev.clause_number}


def finding_to_dict(
    finding: Finding, lang: Language = Language.EN, annotations: Annotations | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": finding.item_id,
        "section": finding.section,
        "status": finding.status.value,
        "evidence": [evidence_to_dict(e) for e in finding.evidence],
        "reasons": [r.get(lang) for r in finding.reasons],
        "facts": dict(finding.facts),
    }
    if finding.confidence is not None:
        out["confidence"] = finding.confidence
    if finding.deviations:
        out["deviations"] = [
            {"fact": d.fact, "value": d.value, "limit": d.limit, "message": d.message.get(lang)}
            for d in finding.deviations
        ]
    if annotations is not None:
        ann = annotations.item(finding.item_id)
        if not ann.is_empty:
            out["review"] = {
                "status": annotations.effective_status(finding).value,
                "override": ann.status_override.value if ann.status_override else None,
                "override_note": ann.override_note,
                "note": ann.note,
                "asked_vendor": ann.asked_vendor,
                "vendor_response": ann.vendor_response,
                "added_evidence": [evidence_to_dict(e) for e in ann.extra_evidence],
                "updated": ann.updated,
            }
    return out


def review_to_dict(
    review: Review, lang: Language | None = None, annotations: Annotations | None = None
) -> dict[str, Any]:
    """The spec's JSON structure; reasons in `lang` (default: the contract's)."""
    lang = lang or Language.or_english(review.document.language)
    doc = review.document
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "document": {
            "path": doc.path,
            "format": doc.format,
            "pages": doc.pages,
            "language": doc.language,
        },
        "checklist": {"id": review.checklist_id, "version": review.checklist_version},
        "score": round(review.score, 1),
        "items": [finding_to_dict(f, lang, annotations) for f in review.findings],
    }
    if review.section_scores:
        out["section_scores"] = {k: round(v, 1) for k, v in review.section_scores.items()}
    if doc.warnings:
        out["document"]["warnings"] = list(doc.warnings)
    if annotations is not None and annotations.reviewer:
        out["reviewer"] = annotations.reviewer
    return out


def write_review_json(
    review: Review, path: str | Path, lang: Language | None = None,
    annotations: Annotations | None = None,
) -> None:
    data = review_to_dict(review, lang, annotations)
    write_json_atomic(path, data)
