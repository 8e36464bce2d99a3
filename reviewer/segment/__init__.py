"""A Document split into Clauses: numbers ("5.2", "第五条", "(a)"), headings, parents.

    clauses.py         segment(document) -> tuple[Clause, ...]
    headings.py        heading lines, defined terms, heading/body splits
    outline.py         which numbering style nests under which
    clause_numbers.py  recognising a clause number and its style
"""

from reviewer.segment.clauses import render_row, segment

__all__ = ["render_row", "segment"]
