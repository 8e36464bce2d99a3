"""The commented copy of a DOCX contract: one Word comment per item, over its evidence.

An item whose evidence is several rows of a table, or neighbouring clauses,
gets one comment spanning them all (not a copy per row); see `item_span`.
Comments an earlier run of the tool left in the file are replaced, the
user's own are kept (`docx_comment_cleanup`).

Evidence points at a body block by `Location.index` (paragraphs and tables in
document order, what python-docx's ``iter_inner_content`` yields) and, for a
table, `Location.row`. The index is checked against the quoted text before a
comment is anchored; when they disagree (the file changed, a different
counting of blocks) the paragraph whose text matches best is used instead,
and evidence that matches nothing is listed in the note at the start rather
than pinned to the wrong place. Only comment ranges are added: runs, styles,
numbering, headers and footers are left exactly as they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx import Document as open_docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from rapidfuzz import fuzz

from reviewer.export.docx_comment_cleanup import SUMMARY_KEY, remove_tool_comments, tag_line
from reviewer.export.labels import label
from reviewer.export.rows import ItemRow, missing_lines, note_lines
from reviewer.language import Language
from reviewer.review import Evidence

NEAR_PARAGRAPHS = 3  # evidence this close together gets one comment range
MATCH_THRESHOLD = 80.0  # rapidfuzz score (0-100) for "this is the quoted text"
FUZZY_MAX_CHARS = 50_000  # longer blocks are matched exactly, not fuzzily (time)


@dataclass(frozen=True)
class CommentStats:
    comments: int  # finding comments anchored
    unplaced: tuple[str, ...]  # item ids whose evidence could not be found


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def similarity(quote: str, text: str) -> float:
    """How well a block's text matches an evidence quote (0-100).

    partial_ratio copes with a quote that is part of the block or carries a
    number the block keeps in Word's numbering; token_set_ratio with a table
    row quoted as "Header: cell; Header: cell".
    """
    a, b = _norm(quote), _norm(text)
    if not a or not b:
        return 0.0
    if a in b:
        return 100.0
    if len(b) > FUZZY_MAX_CHARS:
        # Fuzzy matching costs len(a) x len(b): on a hostile one-paragraph
        # document of megabytes it would take hours. Exact containment only.
        return 0.0
    return max(fuzz.partial_ratio(a, b), fuzz.token_set_ratio(a, b))


def _row_paragraphs(table: Table, row: int) -> list[Paragraph]:
    cells = table.rows[row].cells
    seen: list[Paragraph] = []
    for cell in cells:  # merged cells repeat: keep each paragraph once
        for p in cell.paragraphs:
            if all(p._p is not q._p for q in seen):
                seen.append(p)
    return seen


def _row_text(table: Table, row: int) -> str:
    # Cells joined with " | " so a row's cells stay apart for `cells_found`.
    return " | ".join(p.text for p in _row_paragraphs(table, row))


def cells_found(quote: str, row_text: str) -> float:
    """Share (0-100) of a table row's cells that appear in the quote.

    The analysis quotes a row as "Title: Header: cell; Header: cell", so the
    header words dilute any string similarity; every cell of the row appearing
    in the quote is the better test.
    """
    cells = [_norm(c) for c in row_text.split(" | ") if c.strip()]
    if sum(len(c) for c in cells) < 8:  # "P1 | 1 h" would match half the contract
        return 0.0
    q = _norm(quote)
    return 100.0 * sum(1 for c in cells if c in q) / len(cells)


class _Body:
    """The body's blocks, indexed as the ingest indexes them."""

    def __init__(self, blocks: list[Paragraph | Table]) -> None:
        self.blocks = blocks

    def candidates(self) -> list[tuple[list[Paragraph], str, bool]]:
        """(paragraphs, text, is a table row) for every paragraph and row."""
        out: list[tuple[list[Paragraph], str, bool]] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                out.append(([block], block.text, False))
            else:
                for r in range(len(block.rows)):
                    out.append((_row_paragraphs(block, r), _row_text(block, r), True))
        return out

    def at(self, ev: Evidence) -> tuple[list[Paragraph], str, bool] | None:
        index = ev.location.index
        if index is None or not 0 <= index < len(self.blocks):
            return None
        block = self.blocks[index]
        if isinstance(block, Paragraph):
            return [block], block.text, False
        row = ev.location.row if ev.location.row is not None else 0
        if not 0 <= row < len(block.rows):
            return None
        return _row_paragraphs(block, row), _row_text(block, row), True

    @staticmethod
    def score(quote: str, text: str, is_row: bool) -> float:
        if is_row:
            return max(cells_found(quote, text), similarity(quote, text))
        return similarity(quote, text)

    def find(self, ev: Evidence) -> list[Paragraph] | None:
        """The paragraphs holding the evidence: at its index if the text agrees."""
        located = self.at(ev)
        if located is not None and self.score(ev.text, located[1], located[2]) >= MATCH_THRESHOLD:
            return located[0]
        best: tuple[float, list[Paragraph]] | None = None
        for paragraphs, text, is_row in self.candidates():
            score = self.score(ev.text, text, is_row)
            if score >= MATCH_THRESHOLD and (best is None or score > best[0]):
                best = (score, paragraphs)
        return best[1] if best else None


def _anchor_runs(paragraphs: list[Paragraph]) -> list[Run]:
    """First and last run with text across the paragraphs (a comment spans runs)."""
    runs = [r for p in paragraphs for r in p.runs if r.text.strip()]
    if runs:
        return [runs[0], runs[-1]]
    # Text only inside hyperlinks or fields, or an empty cell: anchor on a new
    # empty run at the end of the first paragraph, which changes no formatting.
    return [paragraphs[0].add_run("")]


def _add_comment(doc: object, runs: list[Run], lines: list[str], author: str,
                 initials: str) -> None:
    comment = doc.add_comment(runs, text=lines[0], author=author,  # type: ignore[attr-defined]
                              initials=initials)
    for line in lines[1:]:
        comment.add_paragraph(line)


def initials_of(author: str) -> str:
    words = author.split()
    if not words:
        return "CR"
    if len(words) == 1:
        return words[0][:2]
    return "".join(w[0] for w in words[:3]).upper()


def _document_order(doc: object) -> dict[object, int]:
    """Every body paragraph (cells included) -> its position in reading order."""
    body = doc.element.body  # type: ignore[attr-defined]
    return {p: i for i, p in enumerate(body.iter(qn("w:p")))}


def _table_of(paragraph: Paragraph) -> object | None:
    """The outermost table holding the paragraph (None in the body text)."""
    outer = None
    el = paragraph._p.getparent()
    while el is not None:
        if el.tag == qn("w:tbl"):
            outer = el
        el = el.getparent()
    return outer


def item_span(found: list[list[Paragraph]], order: dict[object, int]
              ) -> tuple[list[Paragraph], bool]:
    """The paragraphs one item's comment spans, and whether evidence lies elsewhere too.

    The places its evidence was found, in reading order, are joined while they
    are rows of the same table or within `NEAR_PARAGRAPHS` of each other: one
    comment covers the whole run of rows or clauses. Evidence further away
    stays out of the range (a comment over pages of text helps nobody); the
    comment then names every clause it cites.
    """
    groups = sorted(found, key=lambda ps: order.get(ps[0]._p, 0))
    span = list(groups[0])
    for group in groups[1:]:
        last, first = span[-1], group[0]
        same_table = _table_of(last) is not None and _table_of(last) is _table_of(first)
        gap = order.get(first._p, 0) - order.get(last._p, 0)
        if not (same_table or gap <= NEAR_PARAGRAPHS):
            return span, True
        span.extend(p for p in group if all(p._p is not q._p for q in span))
    return span, False


def _with_citations(row: ItemRow, lang: Language) -> list[str]:
    colon = "：" if lang == "zh" else ": "
    cited = ("；" if lang == "zh" else "; ").join(row.clause_page.splitlines())
    return [label("clause_page", lang) + colon + cited] if cited else []


def note_headings(rows: list[ItemRow], lang: Language) -> list[str]:
    """How the tool's notes begin, for recognising untagged older copies: "<title> — "
    (then the status) for an item, the start note's title in either language."""
    return ([f"{r.title} — " for r in rows] + [label("missing_intro", other) for other in
                                                (Language.EN, Language.ZH)])


def comment_docx(source: Path, target_tmp: Path, rows: list[ItemRow], lang: Language,
                 author: str) -> CommentStats:
    """Read ``source``, replace the tool's earlier comments with one per item, save to
    ``target_tmp``."""
    doc = open_docx(str(source))
    initials = initials_of(author)
    remove_tool_comments(doc, author, note_headings(rows, lang))
    body = _Body(list(doc.iter_inner_content()))
    order = _document_order(doc)
    placed = 0
    unplaced: list[str] = []
    for row in rows:
        if not row.evidence:
            continue
        found = [ps for ev in row.evidence if (ps := body.find(ev)) is not None]
        if not found:
            unplaced.append(row.item_id)
            continue
        span, elsewhere = item_span(found, order)
        lines = note_lines(row, lang)
        if elsewhere:
            lines += _with_citations(row, lang)
        _add_comment(doc, _anchor_runs(span), [*lines, tag_line(row.item_id)], author,
                     initials)
        placed += 1
    start_lines = missing_lines(rows, lang)
    for item_id in unplaced:
        row = next(r for r in rows if r.item_id == item_id)
        start_lines.extend(["", *note_lines(row, lang)])
    first = next((p for p in doc.paragraphs if p.text.strip()), None)
    if first is None:
        first = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    _add_comment(doc, _anchor_runs([first]), [*start_lines, tag_line(SUMMARY_KEY)], author,
                 initials)
    doc.save(str(target_tmp))
    return CommentStats(comments=placed, unplaced=tuple(unplaced))
