"""The grid of a ruled table: column and row boundaries and its vertical rules.

Shared by the ruled tables (`pdf_tables`) and the open ones drawn with
horizontal rules only (`pdf_open_tables`), so neither imports the other's
module for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.ingest.pdf_chars import Rule


@dataclass(slots=True)
class Grid:
    xs: list[float]
    ys: list[float]
    vrules: list[Rule]
    # Open tables (horizontal rules only) may hold several rows between two
    # rules: a line with text in the first column starts a new row.
    split_rows: bool = False
