"""Low-confidence OCR text is never the only ground for "met".

Kept outside `reviewer.analysis` on purpose (judging rules are not changed):
`reviewer.pipeline.review_document` applies `guard_ocr_evidence` to the
judge's Review. A finding is met only on evidence; when every quote it relied
on lies in blocks read by OCR with a mean word confidence under
`LOW_CONFIDENCE`, it becomes vague with a reason saying to check the scan, and
the scores are computed again. Born-digital documents are never touched.
"""

from __future__ import annotations

import dataclasses

from reviewer.checklist.model import Checklist
from reviewer.document import Block, Box, Document
from reviewer.review import Evidence, Finding, Review, Status, Text

LOW_CONFIDENCE = 75.0  # Tesseract's 0-100 word confidence, mean over a block

REASON = Text(
    en="The quoted text was read by OCR from a scan with low confidence: check it against the scan "
       "before relying on it (marked vague instead of met).",
    zh="引用的文字是从扫描件经 OCR 识别的，识别置信度低：请对照扫描件核对后再采信（由“符合”改为“模糊”）。",
)


def _overlaps(a: Box, b: Box) -> bool:
    return a.page == b.page and a.x0 < b.x1 and b.x0 < a.x1 and a.top < b.bottom and b.top < a.bottom


def _block_boxes(block: Block) -> list[Box]:
    boxes = list(block.location.boxes)
    if block.table is not None:
        boxes += [x for r in block.table.rows for x in r.location.boxes]
    return boxes


def evidence_confidence(evidence: Evidence, blocks: list[Block]) -> float | None:
    """The lowest OCR confidence of the blocks under a quote (None: not OCR'd text)."""
    found = [b.ocr_confidence for b in blocks if b.ocr_confidence is not None
             and any(_overlaps(e, x) for e in evidence.location.boxes for x in _block_boxes(b))]
    return min(found) if found else None


def unsure(finding: Finding, blocks: list[Block]) -> bool:
    """Met on evidence that is all low-confidence OCR text."""
    if finding.status is not Status.MET or not finding.evidence:
        return False
    confidences = [evidence_confidence(e, blocks) for e in finding.evidence]
    return all(c is not None and c < LOW_CONFIDENCE for c in confidences)


def guard_ocr_evidence(document: Document, review: Review, checklist: Checklist) -> Review:
    """The review with met-on-unsure-OCR findings made vague (unchanged without OCR)."""
    if not document.ocr_pages:
        return review
    blocks = [b for b in document.blocks if b.ocr_confidence is not None]
    findings = tuple(
        dataclasses.replace(f, status=Status.VAGUE, reasons=(*f.reasons, REASON),
                            confidence=min(f.confidence or 1.0, 0.3))
        if unsure(f, blocks) else f
        for f in review.findings)
    if findings == review.findings:
        return review
    from reviewer.analysis.score import compute_scores

    score, sections = compute_scores(checklist, findings)
    return dataclasses.replace(review, findings=findings, score=score, section_scores=sections)
