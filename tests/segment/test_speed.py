"""300 pages of blocks (~3000) segment completely.

Time is measured by benchmarks/bench_segment.py (a test must not assert on
time: a loaded machine would fail it); this checks the same input is
segmented whole.
"""

from __future__ import annotations

from reviewer.clause import ClauseKind
from reviewer.document import Block
from reviewer.segment import segment

from . import para, pdf, table


def three_hundred_pages() -> list[Block]:
    blocks: list[Block] = []
    for art in range(1, 101):  # 100 articles of ~30 blocks: ~10 blocks a page
        blocks.append(para(f"ARTICLE {art} – SERVICE TERMS", page=art * 3))
        for sec in range(1, 6):
            blocks.append(para(f"{art}.{sec} Response Times. The Supplier shall respond to "
                               "every Incident within the times in the table below, measured "
                               "in calendar hours from the creation of the ticket.",
                               page=art * 3 + 1))
            for letter in "abcd":
                blocks.append(para(f"({letter}) within {sec} hours for Priority {letter}, "
                                   "unless the Customer agrees otherwise in writing;",
                                   page=art * 3 + 1))
        blocks.append(para("“Business Day” means a day other than a Saturday or Sunday.",
                           page=art * 3 + 2))
        blocks.append(table(("Priority", "Response", "Resolution"),
                            [("P1", "15 minutes", "4 hours"), ("P2", "1 hour", "1 day")]))
    return blocks


def test_three_thousand_blocks_segment_completely() -> None:
    document = pdf(*three_hundred_pages())
    assert len(document.blocks) >= 2800
    clauses = segment(document)
    assert sum(c.kind is ClauseKind.TABLE_ROW for c in clauses) == 200
    assert sum(c.number == "(a)" for c in clauses) == 500
