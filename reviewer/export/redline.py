"""The redline: the buyer's positions as real Word tracked changes.

For a DOCX contract, a copy of it where each chosen change is a revision
(``w:ins`` / ``w:del``, authored by the reviewer and dated) with a comment
giving the reason:

- a hedge in the cited clause ("promptly") is replaced by the position's
  precise substitute ("within 30 minutes") where the item has one;
- a red flag's clause is deleted and the preferred clause inserted after it;
- otherwise the chosen clause is inserted after the clause the item cites,
  or, for a missing item, after the last clause cited by an item of the same
  checklist section, else in a "Requested amendments" schedule at the end.

For a PDF contract the same changes go into a new DOCX, the "Requested
amendments" schedule, all in tracked-change form. Accepting every change
(Word, LibreOffice, or `accept_all_text` here) gives the clean text.

Which changes go in: per item, the reviewer's choice in the annotations
(``position``: "preferred", "fallback" or "skip"); without a choice, every
item that is not already at its preferred position gets the preferred one,
except red flags the contract is silent on. The original is never modified.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docx import Document as new_docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from reviewer.annotations import Annotations
from reviewer.atomic import WriteError, write_atomic
from reviewer.checklist.model import Checklist, ChecklistItem
from reviewer.checklist.schema import compile_term
from reviewer.errors import InputError
from reviewer.export.docx_comments import _Body, initials_of
from reviewer.export.paper import resolve_paper
from reviewer.export.rows import resolve_checklist
from reviewer.language import Language
from reviewer.positions import BandName, band_of, chosen_position, is_red_flag, position_text
from reviewer.review import Evidence, Finding, Review

if TYPE_CHECKING:
    from reviewer.analysis.traditional import ContractScript

Elem = Any  # an lxml element of the document (python-docx has no public type)
DEFAULT_AUTHOR = "Contract Reviewer"
SCHEDULE_TITLE = {"en": "Requested amendments", "zh": "修改要求"}
PAPER_SIZES = {"a4": (Mm(210), Mm(297)), "letter": (Mm(215.9), Mm(279.4))}


@dataclass(frozen=True)
class Change:
    item_id: str
    kind: str  # "replace" (a hedge), "strike" (a red flag's clause), "insert"
    position: str  # "preferred" | "fallback"
    new_text: str
    reason: str
    evidence: Evidence | None  # the clause it applies to / goes after
    hedges: tuple[str, ...] = ()


@dataclass(frozen=True)
class RedlineResult:
    path: Path
    insertions: int
    deletions: int
    comments: int
    scheduled: tuple[str, ...]  # item ids that went to the schedule


def _choice(annotations: Annotations, item: ChecklistItem, band: BandName) -> str | None:
    chosen = chosen_position(item, band, annotations.item(item.id).position)
    return None if chosen == "skip" else chosen


def _reason(item: ChecklistItem, finding: Finding, band: BandName, position: str,
            lang: str) -> str:
    title = item.title.get(lang)
    why = finding.reasons[0].get(lang) if finding.reasons else ""
    if lang == "zh":
        pos = "首选立场" if position == "preferred" else "可接受立场"
        return f"{title}：合同处于“{band.label.zh}”区间。{why} 建议采用{pos}。".strip()
    pos = "preferred position" if position == "preferred" else "fallback position"
    return f"{title}: the contract is {band.label.en}. {why} Proposed: our {pos}.".strip()


def plan_changes(review: Review, checklist: Checklist, annotations: Annotations | None = None,
                 lang: Language = Language.EN, *, vendor: str = "", customer: str = "") -> list[Change]:
    """The changes the redline will make, in checklist order."""
    return _plan(review, checklist, annotations or Annotations(), lang, _script(review, lang),
                 vendor=vendor, customer=customer)


def _plan(review: Review, checklist: Checklist, annotations: Annotations, lang: Language,
          script: ContractScript | None, *, vendor: str, customer: str) -> list[Change]:
    code = lang.value
    # A contract in traditional Chinese gets its new wording in its own characters, and
    # its hedges are found on the reading the checklist's phrases are written for.
    written, read = (script.written, script.read) if script else (str, str)
    out: list[Change] = []
    for item in checklist.items:
        try:
            finding = review.finding(item.id)
        except KeyError:
            continue
        status = annotations.effective_status(finding)
        band = band_of(item, finding, status)
        position = _choice(annotations, item, band)
        if position is None:
            continue
        text = position_text(item, position, code, vendor=vendor, customer=customer)
        if text is None:
            continue
        evidence = finding.evidence[0] if finding.evidence else None
        reason = written(_reason(item, finding, band, position, code))
        hedge_hit = evidence is not None and text.substitute and any(
            compile_term(h, code).search(read(evidence.text)) for h in text.hedges)
        if hedge_hit:
            out.append(Change(item.id, "replace", position, written(text.substitute), reason, evidence,
                              text.hedges))
        elif is_red_flag(item) and evidence is not None:
            out.append(Change(item.id, "strike", position, written(text.clause), reason, evidence))
        else:
            out.append(Change(item.id, "insert", position, written(text.clause), reason, evidence))
    return out


def _script(review: Review, lang: Language) -> ContractScript | None:
    """A traditional contract's script when writing Chinese (`reviewer.analysis.traditional`), else None."""
    if lang is not Language.ZH:
        return None
    from reviewer.analysis.traditional import ContractScript

    return ContractScript.of(review.clauses)


# -- tracked-change XML ---------------------------------------------------------


class _Revisions:
    def __init__(self, author: str) -> None:
        self.author = author
        self.date = datetime.now(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.ids = count(9001)
        self.insertions = self.deletions = 0

    def mark(self, tag: str) -> Elem:
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(next(self.ids)))
        el.set(qn("w:author"), self.author)
        el.set(qn("w:date"), self.date)
        return el

    def ins(self, text: str, rpr: Elem | None = None) -> Elem:
        self.insertions += 1
        wrapper = self.mark("w:ins")
        wrapper.append(_run(text, "w:t", rpr))
        return wrapper

    def delete(self, r: Elem) -> Elem:
        """Wrap run ``r`` (already in the tree) in w:del, its w:t turned into w:delText."""
        self.deletions += 1
        wrapper = self.mark("w:del")
        r.addprevious(wrapper)
        wrapper.append(r)
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        return wrapper

    def inserted_paragraph(self, text: str, after: Elem | None,
                           body: Elem) -> Elem:
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        rpr = OxmlElement("w:rPr")
        rpr.append(self.mark("w:ins"))  # the paragraph mark is inserted too
        ppr.append(rpr)
        p.append(ppr)
        p.append(self.ins(text))
        if after is not None:
            after.addnext(p)
        else:
            sect = body.find(qn("w:sectPr"))
            if sect is not None:
                sect.addprevious(p)
            else:
                body.append(p)
        return p


def _run(text: str, tag: str, rpr: Elem | None) -> Elem:
    r = OxmlElement("w:r")
    if rpr is not None:
        from copy import deepcopy

        r.append(deepcopy(rpr))
    t = OxmlElement(tag)
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    return r


def _split_run(r: Elem, start: int, end: int) -> Elem:
    """Split run ``r`` so [start:end) of its text is a run of its own; return that run."""
    from copy import deepcopy

    t = r.find(qn("w:t"))
    text = t.text or ""
    rpr = r.find(qn("w:rPr"))
    pieces = [(text[:start], False), (text[start:end], True), (text[end:], False)]
    middle = r
    for piece, is_mid in pieces:
        if not piece:
            continue
        new = _run(piece, "w:t", deepcopy(rpr) if rpr is not None else None)
        r.addprevious(new)
        if is_mid:
            middle = new
    r.getparent().remove(r)
    return middle


def _replace_hedge(paragraph: Paragraph, hedges: tuple[str, ...], lang: str, new_text: str,
                   revs: _Revisions, read: Callable[[str], str] = str) -> Elem | None:
    """Delete the first hedge inside a single run, insert ``new_text``; the w:ins or None.

    ``read`` gives the run's text as the hedges are written (a traditional contract's,
    `ContractScript.read`), position for position."""
    patterns = [compile_term(h, lang) for h in hedges]
    for r in paragraph._p.findall(qn("w:r")):
        t = r.find(qn("w:t"))
        if t is None or not t.text or len(r.findall(qn("w:t"))) != 1:
            continue
        text = read(t.text)
        hits = [m for p in patterns if (m := p.search(text))]
        if not hits:
            continue
        m = min(hits, key=lambda h: (h.start(), -h.end()))
        rpr = r.find(qn("w:rPr"))
        middle = _split_run(r, m.start(), m.end())
        deleted = revs.delete(middle)
        ins = revs.ins(new_text, rpr)
        deleted.addnext(ins)
        return ins
    return None


def _strike(paragraph: Paragraph, revs: _Revisions) -> None:
    for r in paragraph._p.findall(qn("w:r")):
        if r.find(qn("w:t")) is not None:
            revs.delete(r)


def _comment(doc: object, paragraph: Paragraph, anchor: Elem, text: str, author: str) -> None:
    run_el = anchor.find(qn("w:r")) if anchor.tag in (qn("w:ins"), qn("w:p")) else anchor
    if anchor.tag == qn("w:p"):
        ins = anchor.find(qn("w:ins"))
        run_el = ins.find(qn("w:r")) if ins is not None else None
    if run_el is None:
        return
    doc.add_comment([Run(run_el, paragraph)], text=text, author=author,  # type: ignore[attr-defined]
                    initials=initials_of(author))


# -- writing ------------------------------------------------------------------


def _section_anchor(review: Review, checklist: Checklist, item_id: str) -> Evidence | None:
    """The last clause cited by an item of the same section (where a missing clause belongs)."""
    section = checklist.item(item_id).section
    best: Evidence | None = None
    for f in review.findings:
        if f.section != section or not f.evidence or f.item_id == item_id:
            continue
        for ev in f.evidence:
            if ev.location.index is not None and (best is None or (best.location.index or 0)
                                                  < ev.location.index):
                best = ev
    return best


class _Writer:
    def __init__(self, doc: object, author: str, lang: str, script: ContractScript | None = None) -> None:
        self.doc = doc
        self.author = author
        self.lang = lang
        # A traditional contract's wording and reading (`ContractScript`), else the text itself.
        self.written: Callable[[str], str] = script.written if script else str
        self.read: Callable[[str], str] = script.read if script else str
        self.revs = _Revisions(author)
        self.comments = 0
        self.body = _Body(list(doc.iter_inner_content()))  # type: ignore[attr-defined]
        self.schedule: list[Change] = []
        self.last_inserted: dict[int, Elem] = {}

    def apply(self, change: Change, anchor: Evidence | None) -> None:
        paragraphs = self.body.find(anchor) if anchor is not None else None
        if not paragraphs:
            self.schedule.append(change)
            return
        target = paragraphs[-1]
        if change.kind == "replace":
            ins = _replace_hedge(paragraphs[0], change.hedges, self.lang, change.new_text, self.revs,
                                 self.read)
            if ins is not None:
                self.note(paragraphs[0], ins, change.reason)
                return
        if change.kind == "strike":
            for p in paragraphs:
                _strike(p, self.revs)
        # After the cell's table, not inside it: insert after the block holding it.
        block = target._p
        while block.getparent() is not None and block.getparent().tag != qn("w:body"):
            block = block.getparent()
        after = self.last_inserted.get(id(block), block)
        p_el = self.revs.inserted_paragraph(change.new_text, after, block.getparent())
        self.last_inserted[id(block)] = p_el
        self.note(Paragraph(p_el, target._parent), p_el, change.reason)

    def note(self, paragraph: Paragraph, anchor: Elem, reason: str) -> None:
        _comment(self.doc, paragraph, anchor, reason, self.author)
        self.comments += 1

    def write_schedule(self, titles: dict[str, str]) -> None:
        if not self.schedule:
            return
        body = self.doc.element.body  # type: ignore[attr-defined]
        title = SCHEDULE_TITLE[self.lang]
        heading = self.revs.inserted_paragraph(self.written(title), None, body)
        del heading
        for change in self.schedule:
            p_el = self.revs.inserted_paragraph(f"{titles[change.item_id]}: {change.new_text}",
                                                None, body)
            paragraph = Paragraph(p_el, self.doc)  # type: ignore[arg-type]
            if change.kind == "replace" and change.evidence is not None:
                self.revs.inserted_paragraph(change.evidence.text, None, body)
            self.note(paragraph, p_el, change.reason)


def _blank_docx(paper: str) -> Any:
    """An empty document on ``paper`` (python-docx's template is US Letter)."""
    doc = new_docx()
    section = doc.sections[0]
    section.page_width, section.page_height = PAPER_SIZES[paper]
    return doc


def write_redline(
    review: Review, path: str | Path, *, checklist: Checklist | None = None,
    annotations: Annotations | None = None, lang: Language | None = None,
    source: str | Path | None = None, vendor: str = "", customer: str = "",
    paper: str | None = None,
) -> RedlineResult:
    """Write the redlined DOCX (a DOCX contract) or the amendments schedule (a PDF one).

    ``paper`` ("a4", "letter"; None: the locale's) sizes the schedule's pages;
    a DOCX contract's redline keeps the contract's own page setup.
    """
    paper = resolve_paper(paper)
    annotations = annotations or Annotations()
    checklist = resolve_checklist(checklist, review.checklist_id)
    lang = lang or Language(review.document.language if review.document.language in ("en", "zh")
                            else "en")
    fmt = review.document.format.lower()
    src = Path(source) if source is not None else Path(review.document.path)
    target = Path(path)
    if target.suffix.lower() != ".docx":
        raise WriteError(f"The redline is a Word file: name it .docx, not {target.name}.")
    if target.exists() and src.exists() and target.resolve() == src.resolve():
        raise WriteError(f"{target.name} is the original contract: the redline never replaces "
                         "it. Choose another file name.")
    if fmt == "docx" and not src.is_file():
        raise InputError(f"The contract {src} is not there any more: the redline is made from it.")
    script = _script(review, lang)
    changes = _plan(review, checklist, annotations, lang, script, vendor=vendor, customer=customer)
    author = annotations.reviewer or DEFAULT_AUTHOR
    written = script.written if script else str
    titles = {i.id: written(i.title.get(lang.value)) for i in checklist.items}
    state: dict[str, _Writer] = {}

    def write(tmp: Path) -> None:
        doc = new_docx(str(src)) if fmt == "docx" else _blank_docx(paper)
        w = _Writer(doc, author, lang.value, script)
        for change in changes:
            anchor = change.evidence
            if fmt != "docx":
                anchor = None
            elif change.kind == "insert" and anchor is None:
                anchor = _section_anchor(review, checklist, change.item_id)
            w.apply(change, anchor)
        w.write_schedule(titles)
        doc.save(str(tmp))
        state["w"] = w

    write_atomic(target, write)
    w = state["w"]
    return RedlineResult(path=target, insertions=w.revs.insertions, deletions=w.revs.deletions,
                         comments=w.comments, scheduled=tuple(c.item_id for c in w.schedule))


# -- checking a redline ----------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def accept_all_text(path: str | Path) -> str:
    """The document's text with every tracked change accepted (deletions gone)."""
    doc = new_docx(str(path))
    lines = []
    for p in doc.element.body.iter(f"{_W}p"):
        parts = [t.text or "" for t in p.iter(f"{_W}t") if not _inside(t, f"{_W}del")]
        lines.append("".join(parts))
    return "\n".join(lines)


def _inside(el: Elem, tag: str) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.getparent()
    return False


def count_revisions(path: str | Path) -> tuple[int, int]:
    """(w:ins, w:del) elements in the body, paragraph-mark insertions not counted."""
    doc = new_docx(str(path))
    body = doc.element.body
    ins = sum(1 for e in body.iter(f"{_W}ins") if e.getparent().tag != f"{_W}rPr")
    dels = sum(1 for _ in body.iter(f"{_W}del"))
    return ins, dels


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
