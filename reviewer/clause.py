"""Clauses: the units the checklist is judged against.

`reviewer.segment.segment(document)` turns a Document into a tuple of Clauses.
Each table row becomes its own clause carrying its table's header and title,
so a row can be cited and understood alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reviewer.document import Location


class ClauseKind(StrEnum):
    CLAUSE = "clause"  # numbered or plain body text
    HEADING = "heading"  # a heading with no body text of its own
    TABLE_ROW = "table-row"
    DEFINITION = "definition"  # "“Business Hours” means ..."


@dataclass(frozen=True)
class Clause:
    """One clause.

    ``index`` is the clause's position in the segmentation (0-based) and its
    identity within one review. ``number`` is the number as printed ("5.2",
    "第五条", "(a)") or None. ``heading`` is the clause's own heading (e.g.
    "Response Times" in "5.2 Response Times. The Supplier ..."), ``text`` the
    body without number and heading. ``parent`` is the index of the enclosing
    clause or heading; ``level`` 1 is the top.

    Table rows: ``cells`` holds the row, ``table_header`` the header cells and
    ``table_title`` the caption; ``text`` is the row rendered as
    "Header: cell; Header: cell" so text matching works on it unchanged.
    Definitions: ``defined_term`` is the term being defined.
    """

    index: int
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

    @property
    def page(self) -> int | None:
        return self.location.page

    @property
    def label(self) -> str:
        """How a reviewer cites the clause: its number, else its heading."""
        return self.number or self.heading or ""

    @property
    def full_text(self) -> str:
        """Number, heading and text as a reader sees them."""
        parts = [p for p in (self.number, self.heading, self.text) if p]
        return " ".join(parts)
