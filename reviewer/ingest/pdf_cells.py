"""The text of one table cell: its lines joined, mending mid-word wraps.

A narrow cell forces a long word onto two lines without a hyphen
("Priorit" / "y"). Such a break is joined without a space when the next line
starts in lower case and either the joined form is a word used elsewhere on
the page while the first piece is not, or the first piece fills the cell's
width on its own (a forced break) and the second piece is not a word of the
page. Anything else is joined as a reader would (`join_all`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from reviewer.ingest.pdf_lines import Line, join_all

_WORDS = re.compile(r"[A-Za-z]+")
_TAIL = re.compile(r"([A-Za-z]+)$")
_HEAD = re.compile(r"^([a-z]+)")
_FORCED = 0.7  # a single word this wide a share of the cell was broken by force


class Vocabulary:
    """How often each (lower-case, Latin) word occurs in a page's text."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.counts: Counter[str] = Counter()
        for text in texts:
            self.counts.update(w.lower() for w in _WORDS.findall(text))

    def known(self, word: str, own: int = 0) -> bool:
        """Whether ``word`` occurs more than ``own`` times (its own occurrences)."""
        return self.counts[word.lower()] > own


def _split_word(prev: Line, line: Line, width: float, vocab: Vocabulary) -> bool:
    if prev.text.endswith("-"):
        return False
    tail_m, head_m = _TAIL.search(prev.text), _HEAD.match(line.text)
    if tail_m is None or head_m is None:
        return False
    tail, head = tail_m.group(1), head_m.group(1)
    joined = tail + head
    forced = " " not in prev.text.strip() and prev.x1 - prev.x0 >= _FORCED * width
    if not vocab.known(head, own=1) and (forced or vocab.known(joined)):
        return True
    return vocab.known(joined) and not vocab.known(tail, own=1)


def cell_text(lines: list[Line], width: float, vocab: Vocabulary) -> str:
    """The lines of a cell ``width`` points wide, joined (in linear time)."""
    pieces: list[str] = []  # runs of lines whose breaks are mid-word
    prev: Line | None = None
    for line in lines:
        if pieces and prev is not None and _split_word(prev, line, width, vocab):
            pieces[-1] += line.text
        else:
            pieces.append(line.text)
        prev = line
    return join_all(pieces)
