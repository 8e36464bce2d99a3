"""Segmentation tests. Helpers here build Documents block by block.

Unit tests build `Document`s directly (the way ingest hands them over) so
each segmentation rule is pinned to a small, readable input; end-to-end tests
in test_files.py go through real generated PDF and DOCX files.
"""

from __future__ import annotations

from reviewer.clause import Clause
from reviewer.document import Block, BlockKind, Document, Location, Table, TableRow


def para(text: str, *, page: int = 1, number: str | None = None, bold: bool = False) -> Block:
    return Block(BlockKind.PARAGRAPH, text, Location(page=page), number=number, bold=bold)


def heading(text: str, level: int | None = None, *, number: str | None = None) -> Block:
    return Block(BlockKind.HEADING, text, Location(page=1), level=level, number=number)


def table(header: tuple[str, ...], rows: list[tuple[str, ...]],
          title: str | None = None) -> Block:
    body = tuple(TableRow(r, Location(page=1, row=i)) for i, r in enumerate(rows))
    return Block(BlockKind.TABLE, "", Location(page=1), table=Table(header, body, title))


def pdf(*blocks: Block) -> Document:
    return Document("contract.pdf", "pdf", tuple(blocks), pages=1)


def docx(*blocks: Block) -> Document:
    located = tuple(
        Block(b.kind, b.text, Location(index=i), b.level, b.number, b.table, b.style, b.bold)
        for i, b in enumerate(blocks)
    )
    return Document("contract.docx", "docx", located)


def outline(clauses: tuple[Clause, ...]) -> list[tuple[str, str | None]]:
    """(label, parent label) per clause: the tree in a form a test can state."""
    def label(c: Clause) -> str:
        return c.number or c.heading or c.text[:12]
    return [(label(c), None if c.parent is None else label(clauses[c.parent]))
            for c in clauses]
