"""One row per checklist item, in the output language: what every export shows.

The XLSX, CSV, reports and commented copies all present the same facts (the
effective status, the tool's own status, the reason, the evidence, the
question to the vendor, the reviewer's note and the vendor's answer). They are
computed here once, so the exports cannot drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reviewer.annotations import Annotations
from reviewer.checklist.model import Checklist, ChecklistItem
from reviewer.checklist.resolve import bundled_checklist
from reviewer.checklist.resolve import resolve_checklist as resolve
from reviewer.export.labels import check_lang, label, status_label
from reviewer.language import Language
from reviewer.review import Evidence, Finding, Review, Status


@dataclass(frozen=True)
class ItemRow:
    item_id: str
    section_id: str
    section_title: str
    title: str
    status: Status  # effective: the reviewer's override if any
    tool_status: Status
    finding: str  # the reasons, one per line
    evidence: tuple[Evidence, ...]  # the tool's evidence, then the reviewer's
    evidence_quote: str
    clause_page: str
    deviation: str
    question: str  # empty when the item is met and nobody asked the vendor
    vendor_response: str
    reviewer_note: str
    override_note: str
    tool_finding: str = ""  # the tool's own reasons, whatever the override
    confidence: float | None = None  # the tool's confidence, internal exports only

    @property
    def overridden(self) -> bool:
        return self.status != self.tool_status


# Control characters (PDF text extraction yields some) that XML-based formats
# (XLSX, DOCX) cannot hold; tab and newline are kept.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _CONTROL.sub("", text)


def resolve_checklist(checklist: Checklist | None, checklist_id: str = "") -> Checklist:
    """The given checklist, else the bundled one with ``checklist_id``, else the default
    (an export still gives titles for the items both checklists share)."""
    if checklist is not None:
        return checklist
    return (bundled_checklist(checklist_id) if checklist_id else None) or resolve(None)


def _item(checklist: Checklist | None, item_id: str) -> ChecklistItem | None:
    if checklist is None:
        return None
    try:
        return checklist.item(item_id)
    except KeyError:
        return None


def section_title(checklist: Checklist | None, section_id: str, lang: Language) -> str:
    if checklist is not None:
        try:
            return checklist.section(section_id).title.get(lang)
        except KeyError:
            pass
    return section_id


def cite(ev: Evidence, lang: Language) -> str:
    """How a reader finds the clause: "5.2, p. 4" / "5.2，第4页"."""
    parts = []
    if ev.clause_number:
        parts.append(ev.clause_number)
    if ev.location.page is not None:
        parts.append(label("page", lang).format(page=ev.location.page))
    return ("，" if lang == "zh" else ", ").join(parts)


def _join_unique(values: list[str]) -> str:
    seen: list[str] = []
    for v in values:
        if v and v not in seen:
            seen.append(v)
    return "\n".join(seen)


# Wording that keeps a finding true to the status after the reviewer's override.
_OVERRIDE_WORDS = {
    "en": {"changed": "The reviewer changed this to {status}", "tool": "The tool found"},
    "zh": {"changed": "审核人已将此项改为“{status}”", "tool": "工具的判断"},
}


def finding_text(tool_finding: str, status: Status, tool_status: Status, lang: Language
                 ) -> str:
    """The finding as the reader should see it: the tool's reasons when nobody changed
    the status; else the reviewer's decision (and reason) first, then what the tool found,
    so a finding never says "Met in clause 3" under the status "Missing" unexplained."""
    if status == tool_status:
        return tool_finding
    words = _OVERRIDE_WORDS["zh" if lang == "zh" else "en"]
    colon = "：" if lang == "zh" else ": "
    head = words["changed"].format(status=status_label(status, lang))
    head += "。" if lang == "zh" else "."  # the reason has its own column and line
    if not tool_finding:
        return head
    tool = f"{words['tool']} ({status_label(tool_status, lang)}){colon}" if lang != "zh" else \
        f"{words['tool']}（{status_label(tool_status, lang)}）{colon}"
    return head + "\n" + tool + tool_finding.replace("\n", " ")


def item_row(
    finding: Finding, annotations: Annotations, checklist: Checklist | None, lang: Language
) -> ItemRow:
    check_lang(lang)
    item = _item(checklist, finding.item_id)
    ann = annotations.item(finding.item_id)
    status = annotations.effective_status(finding)
    evidence = tuple(replace(e, text=clean(e.text))
                     for e in tuple(finding.evidence) + tuple(ann.extra_evidence))
    question = ""
    if item is not None and (status != Status.MET or ann.asked_vendor):
        question = item.question.get(lang)
    return ItemRow(
        item_id=finding.item_id,
        section_id=finding.section,
        section_title=section_title(checklist, finding.section, lang),
        title=item.title.get(lang) if item is not None else finding.item_id,
        status=status,
        tool_status=finding.status,
        finding=clean(finding_text(_join_unique([r.get(lang) for r in finding.reasons]), status,
                                   finding.status, lang)),
        evidence=evidence,
        evidence_quote="\n\n".join(e.text for e in evidence),
        clause_page=_join_unique([cite(e, lang) for e in evidence]),
        deviation=_join_unique([d.message.get(lang) for d in finding.deviations]),
        question=question,
        vendor_response=clean(ann.vendor_response),
        reviewer_note=clean(ann.note),
        override_note=clean(ann.override_note),
        tool_finding=clean(_join_unique([r.get(lang) for r in finding.reasons])),
        confidence=finding.confidence,
    )


def item_rows(
    review: Review, annotations: Annotations | None, checklist: Checklist | None, lang: Language
) -> list[ItemRow]:
    """Rows in checklist order (the review's order for items the checklist lacks)."""
    annotations = annotations or Annotations()
    rows = [item_row(f, annotations, checklist, lang) for f in review.findings]
    if checklist is not None:
        order = {item.id: i for i, item in enumerate(checklist.items)}
        rows.sort(key=lambda r: order.get(r.item_id, len(order)))
    return rows


def status_text(row: ItemRow, lang: Language) -> str:
    """"Vague" or "Met (changed by the reviewer; the tool said Vague)"."""
    text = status_label(row.status, lang)
    if row.overridden:
        note = label("overridden", lang).format(status=status_label(row.tool_status, lang))
        text += f"（{note}）" if lang == "zh" else f" ({note})"
    return text


def note_lines(row: ItemRow, lang: Language) -> list[str]:
    """The note attached to the evidence in a commented copy, line by line.

    "Vague: response times are targets only." then the question to the vendor,
    the reviewer's note and the vendor's answer when there are any.
    """
    colon = "：" if lang == "zh" else ": "
    head = f"{row.title} — {status_text(row, lang)}"
    lines = [head]
    if row.finding:
        lines.append(row.finding.replace("\n", " "))
    if row.deviation:
        lines.append(row.deviation.replace("\n", " "))
    if row.question:
        lines.append(label("question_prefix", lang) + colon + row.question)
    if row.reviewer_note:
        lines.append(label("reviewer_note", lang) + colon + row.reviewer_note)
    if row.vendor_response:
        lines.append(label("vendor_response", lang) + colon + row.vendor_response)
    return lines


def _unplaced(row: ItemRow) -> bool:
    """An item the commented copy cannot attach to the text: no evidence, and missing
    or carrying the reviewer's work (an override, a note, an answer)."""
    if row.evidence:
        return False
    return row.status == Status.MISSING or row.overridden or bool(
        row.reviewer_note or row.vendor_response)


def missing_lines(rows: list[ItemRow], lang: Language) -> list[str]:
    """The start-of-document note: every missing item with its question, and every
    item without evidence that the reviewer overrode or annotated (so each override
    and note reaches the commented copy even when there is no clause to hang it on)."""
    colon = "：" if lang == "zh" else ": "
    listed = [r for r in rows if _unplaced(r)]
    if not listed:
        return [label("missing_intro", lang), label("none_missing", lang)]
    lines = [label("missing_intro", lang)]
    for r in listed:
        head = f"• {r.title}"
        if r.status != Status.MISSING or r.overridden:
            head += f" — {status_text(r, lang)}"
        lines.append(head + (colon + r.question if r.question else ""))
        if r.overridden and r.override_note:
            lines.append("  " + label("override_note", lang) + colon + r.override_note)
        if r.reviewer_note:
            lines.append("  " + label("reviewer_note", lang) + colon + r.reviewer_note)
        if r.vendor_response:
            lines.append("  " + label("vendor_response", lang) + colon + r.vendor_response)
    return lines
