"""Whether a table's first row is labels over data, in a PDF as in a Word table.

Labels are short and hold no numbers ("Severity | Response | Resolution"), except a
level's code: "版本 | P1 | P2 | P3", "Plan | Severity 1 | Severity 2", "等级 | 1级 | 2级"
name the levels the columns are for, not data.
"""

from __future__ import annotations

import re

_DIGIT = re.compile(r"\d")
# A level's code, with its name after it: "P1", "Sev 2", "Severity 1 (Critical)", "S3 - Minor",
# "Priority 4", "1级", "L2"; not a duration ("4 hours", "1 business day") nor a figure.
_LEVEL_CODE = re.compile(
    r"\s*(?:(?:p|s|sev|severity|priority|prio|level|l|class|category|cat)[\s-]*[0-5](?![\d.:])"
    r"|[0-5]\s*级)(?:\s*(?:[(（\-–—:：]\s*)?[^\d]{0,30})?\s*",
    re.IGNORECASE,
)


def label_cell(text: str) -> bool:
    """A cell that can be a column's label: short, and no number unless a level's code."""
    return bool(text) and len(text) <= 60 and (not _DIGIT.search(text) or _LEVEL_CODE.fullmatch(text) is not None)


def labels_over_data(first: list[str] | tuple[str, ...], rest: list[list[str]] | list[tuple[str, ...]]) -> bool:
    """Short label cells (`label_cell`) above rows with numbers: the first row is the
    table's header. Levels' codes count as labels only as the columns after a first label
    without a number ("版本 | P1 | P2"), two or more of them: "P1 | Service down" over
    "P2 | Degraded" is a table without a header."""
    if len(first) < 2 or not all(label_cell(c) for c in first):
        return False
    coded = sum(1 for c in first if _DIGIT.search(c))
    if coded and (coded < 2 or _DIGIT.search(first[0])):
        return False
    return any(_DIGIT.search(c) for r in rest for c in r)
