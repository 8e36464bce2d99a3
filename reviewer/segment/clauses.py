"""Segmentation: a Document becomes numbered clauses with headings and parents.

One pass over the blocks in reading order:

- a block that opens with a number ("5.2", "(a)", "第五条", or Word's
  automatic number in `Block.number`) becomes a numbered clause; its heading
  is split off when the text opens with a title ("Response Times. The ...");
  a title with no body is a HEADING clause whose children follow;
- heading blocks, short bold lines and all-caps lines become HEADING clauses;
- definitions ("“Business Day” means ...") get kind DEFINITION and the term;
- every table row becomes a TABLE_ROW clause carrying the header and title
  (the header row itself is no clause); rows of a "Term | Meaning" table
  also name their `defined_term`;
- an unnumbered paragraph is a clause of its own under the clause it
  follows (`Outline.container`). It is kept separate, not merged, so every
  clause points at one paragraph: exports cite and comment it precisely and
  evidence quotes stay short; the parent link gives the number to cite.
  The exception is a PDF paragraph cut by a page or column break: when the
  clause above stops mid-sentence, the piece is merged back into it.

Nothing is dropped: number, heading and text of the clauses hold every
block's text (bar whitespace, the "." or ":" between a heading and its body,
and list bullets, which stay in the text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reviewer.clause import Clause, ClauseKind
from reviewer.document import Block, BlockKind, Document, Location, Table
from reviewer.segment.clause_numbers import LeadingNumber, leading_number, parse_label
from reviewer.segment.headings import (
    clean_heading,
    defined_term,
    has_cjk,
    is_all_caps_title,
    looks_like_heading,
    split_heading,
)
from reviewer.segment.outline import Outline

# A paragraph ending in one of these is complete (closing brackets are not:
# "within four (4)" may go on "hours ..." on the next page).
_SENTENCE_END = ".;:!?。；：！？…”’\"】"
# Styles whose lone title is a heading ("5. Support", "第五条 服务响应"). A
# list item ("(a) Windows") is only one when set bold or as a heading.
_LIST_PREFIXES = ("alpha-", "roman-", "num-", "circled", "bullet:", "label:")
# Styles of list items (that a table after them does not belong to).
_ITEM_PREFIXES = (*_LIST_PREFIXES, "cn-paren", "cn-half")


_CAPTION = re.compile(r"\s*(?:Table|TABLE|Tab\.|表|附表)\s*[\dA-Z一二三四五六七八九十]")


_GLOSSARY_HEADER = re.compile(
    r"(?i)\s*(?:defined\s+)?(?:term|terms|definition|expression)s?\s*|\s*(?:术语|名词|用语|词语|定义)\s*")


def segment(document: Document) -> tuple[Clause, ...]:
    """Split ``document`` into clauses; ``Clause.index`` is the position in the result."""
    return _Segmenter(document).run()


@dataclass
class _Draft:
    """A clause being built; frozen into a `Clause` at the end."""

    kind: ClauseKind
    text: str
    location: Location
    number: str | None = None
    heading: str | None = None
    level: int = 1
    parent: int | None = None
    cells: tuple[str, ...] | None = None
    table_header: tuple[str, ...] | None = None
    table_title: str | None = None
    defined_term: str | None = None
    # May a following PDF paragraph be merged into this one (page break)?
    mergeable: bool = False
    # A list item ("(c) ...", "（三）...") that does not announce what follows.
    closed_item: bool = False


class _Segmenter:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.is_pdf = document.format == "pdf"
        self.outline = Outline()
        self.drafts: list[_Draft] = []

    def run(self) -> tuple[Clause, ...]:
        blocks = self.document.blocks
        caption: str | None = None
        for i, block in enumerate(blocks):
            if block.table is not None:
                self._table(block, block.table, caption)
                caption = None
            elif block.text.strip() or block.number:
                following = blocks[i + 1] if i + 1 < len(blocks) else None
                if following is not None and following.table is not None and not block.number \
                        and _CAPTION.match(block.text):
                    # "Table 1 – Severity Levels" titles the table below; it is
                    # no section heading, so it opens no level of its own.
                    caption = block.text.strip()
                    self._plain(block, caption)
                else:
                    self._paragraph(block)
        return tuple(
            Clause(index=i, kind=d.kind, text=d.text, location=d.location, number=d.number,
                   heading=d.heading, level=d.level, parent=d.parent, cells=d.cells,
                   table_header=d.table_header, table_title=d.table_title,
                   defined_term=d.defined_term)
            for i, d in enumerate(self.drafts)
        )

    # -- paragraphs ---------------------------------------------------------

    def _paragraph(self, block: Block) -> None:
        found = self._number(block)
        if found is None:
            self._unnumbered(block)
            return
        reading = self.outline.choose(found.readings)
        if reading.top_level and not block.number and not self._starts_attachment(block, found):
            # "Schedule 2 (Service Levels) applies ..." cites an attachment.
            self._unnumbered(block)
            return
        if reading.style.startswith("bullet:"):
            # A bullet nests like a number but is no citation: keep it in the text.
            found = LeadingNumber("", f"{found.printed} {found.rest}".strip(), found.readings)
        kind, heading, text, term = _numbered_parts(found.rest.strip(), block, reading.style)
        index = len(self.drafts)
        # A Word heading level nests even a sentence set in a heading style
        # (legal templates number their clauses through Heading 2, 3 ...).
        level_hint = block.level if block.kind is BlockKind.HEADING else None
        parent, level = self.outline.open_numbered(
            index, reading, level_hint, heading_only=kind is ClauseKind.HEADING)
        self.drafts.append(_Draft(
            kind=kind, text=text, location=block.location, number=found.printed or None,
            heading=heading, level=level, parent=parent, defined_term=term,
            mergeable=self.is_pdf and kind is not ClauseKind.HEADING and bool(text),
            closed_item=(reading.style.startswith(_ITEM_PREFIXES) and kind is not ClauseKind.HEADING
                         and not text.rstrip().endswith((":", "："))),
        ))

    @staticmethod
    def _starts_attachment(block: Block, found: LeadingNumber) -> bool:
        """"Schedule 2 – Service Levels" opens an attachment: a title line, not a sentence."""
        rest = found.rest.strip()
        return (not rest or block.kind is BlockKind.HEADING or block.bold
                or looks_like_heading(rest) or is_all_caps_title(rest))

    def _number(self, block: Block) -> LeadingNumber | None:
        if block.number:
            label = parse_label(block.number)
            return LeadingNumber(label.printed, block.text.strip(), label.readings)
        heading_like = block.kind is BlockKind.HEADING or block.bold
        return leading_number(block.text, allow_bare=heading_like)

    def _unnumbered(self, block: Block) -> None:
        text = block.text.strip()
        previous = self.drafts[-1] if self.drafts else None
        if previous is not None and self._title_of_lone_number(previous, block, text):
            previous.heading = clean_heading(text)
            previous.location = _joined(previous.location, block.location)
            return
        titled = looks_like_heading(text, bold=True)
        if block.kind is BlockKind.HEADING or (block.bold and titled) or is_all_caps_title(text):
            index = len(self.drafts)
            level_hint = block.level if block.kind is BlockKind.HEADING else None
            parent, level = self.outline.open_heading(index, level_hint)
            if titled or is_all_caps_title(text):
                self.drafts.append(_Draft(kind=ClauseKind.HEADING, text="",
                                          heading=clean_heading(text), location=block.location,
                                          level=level, parent=parent))
            else:  # a sentence in a heading style: it still opens a level
                term = defined_term(text)
                self.drafts.append(_Draft(
                    kind=ClauseKind.DEFINITION if term else ClauseKind.CLAUSE, text=text,
                    defined_term=term, location=block.location, level=level, parent=parent))
            return
        if previous is not None and previous.mergeable \
                and self._continues(previous, block, text):
            joiner = "" if has_cjk(previous.text[-1:]) and has_cjk(text[:1]) else " "
            previous.text = previous.text + joiner + text
            previous.location = _joined(previous.location, block.location)
            previous.mergeable = text[-1] not in _SENTENCE_END
            if previous.defined_term is None and previous.kind is ClauseKind.CLAUSE:
                term = defined_term(previous.text)
                if term:
                    previous.kind, previous.defined_term = ClauseKind.DEFINITION, term
            return
        self._plain(block, text, mergeable=self.is_pdf)

    def _plain(self, block: Block, text: str, mergeable: bool = False) -> None:
        """A paragraph with no number that opens nothing: body text under the open clause."""
        term = defined_term(text)
        parent, level = self.outline.container()
        self.drafts.append(_Draft(
            kind=ClauseKind.DEFINITION if term else ClauseKind.CLAUSE, text=text,
            location=block.location, level=level, parent=parent, defined_term=term,
            mergeable=mergeable,
        ))

    @staticmethod
    def _title_of_lone_number(previous: _Draft, block: Block, text: str) -> bool:
        """"ARTICLE 5" on one line and "SUPPORT SERVICES" on the next: one heading."""
        return (
            previous.number is not None and previous.kind is ClauseKind.HEADING
            and previous.heading is None and not previous.text
            and (block.kind is BlockKind.HEADING or looks_like_heading(text, bold=block.bold)
                 or is_all_caps_title(text))
        )

    @staticmethod
    def _continues(previous: _Draft, block: Block, text: str) -> bool:
        """Was the PDF paragraph above cut by a page or column break, this block its rest?

        Only across a break: two short lines on one page that lack a full
        stop ("甲方：某公司" / "乙方：某公司") are separate paragraphs.
        """
        if not previous.text or previous.text[-1] in _SENTENCE_END:
            return False
        if not text or text[0].isupper():
            return False
        return _after_break(previous.location, block.location)

    # -- tables -------------------------------------------------------------

    def _table(self, block: Block, table: Table, caption: str | None = None) -> None:
        """One TABLE_ROW clause per body row, under the clause the table stands in.

        That is the innermost open clause, except a finished list item: a
        table after "(c) ... ." belongs to the clause that holds the list.
        """
        parent, level = None, 1
        for index, open_level in self.outline.open_clauses():
            if not self.drafts[index].closed_item:
                parent, level = index, open_level + 1
                break
        header = tuple(h.strip() for h in table.header)
        title = table.title.strip() if table.title else caption
        # A "Term | Meaning" table defines its first column: rows keep their
        # kind (TABLE_ROW) but name the term, as definition clauses do.
        glossary = bool(header) and _GLOSSARY_HEADER.fullmatch(header[0]) is not None
        for i, row in enumerate(table.rows):
            cells = tuple(c.strip() for c in row.cells)
            if not any(cells):
                continue
            location = row.location
            if location == Location():
                location = replace(block.location, row=i)
            self.drafts.append(_Draft(
                kind=ClauseKind.TABLE_ROW, text=render_row(header, cells), location=location,
                level=level, parent=parent, cells=cells,
                table_header=header or None, table_title=title,
                defined_term=cells[0] if glossary and cells[0] and len(cells) > 1 else None,
            ))


def _numbered_parts(rest: str, block: Block,
                    style: str) -> tuple[ClauseKind, str | None, str, str | None]:
    """Kind, heading, text and defined term of what follows a clause number."""
    if not rest:
        return ClauseKind.HEADING, None, "", None  # a lone number: its title may follow
    term = defined_term(rest)
    if block.kind is BlockKind.HEADING and term is None and looks_like_heading(rest, bold=True):
        return ClauseKind.HEADING, clean_heading(rest), "", None
    heading: str | None = None
    body = rest
    if term is None:
        heading, body = split_heading(rest)
        term = defined_term(body)
    # Chinese titles are recognised strictly enough (no verb, no sentence
    # punctuation) to trust them after any number; English list items
    # ("(a) Windows") need bold to be titles.
    bold = block.bold or block.kind is BlockKind.HEADING
    if heading is None and term is None and looks_like_heading(rest, bold=bold) and (
            bold or not style.startswith(_LIST_PREFIXES) or has_cjk(rest[:1])):
        return ClauseKind.HEADING, clean_heading(rest), "", None
    return (ClauseKind.DEFINITION if term else ClauseKind.CLAUSE), heading, body, term


def render_row(header: tuple[str, ...], cells: tuple[str, ...]) -> str:
    """A table row as text: "Severity: P1; Response: 15 minutes", or "P1 | 15 minutes"."""
    if not any(header):
        return " | ".join(c for c in cells if c)
    parts = []
    for i, cell in enumerate(cells):
        if not cell:
            continue
        name = header[i] if i < len(header) else ""
        parts.append(f"{name}: {cell}" if name else cell)
    return "; ".join(parts)


def _after_break(before: Location, after: Location) -> bool:
    """Does ``after`` start on a new page, or at the top of a new column?"""
    last_page = before.boxes[-1].page if before.boxes else before.page
    if after.page is None or last_page is None:
        return False
    if after.page != last_page:
        return True
    if before.boxes and after.boxes:
        # Same page, but higher up and to the right: the next column.
        return (after.boxes[0].top < before.boxes[-1].top
                and after.boxes[0].x0 > before.boxes[-1].x0)
    return False


def _joined(first: Location, second: Location) -> Location:
    """The location of a clause made of two blocks: the first, with both sets of boxes."""
    if not second.boxes:
        return first
    return replace(first, boxes=first.boxes + second.boxes,
                   page=first.page if first.page is not None else second.page)
