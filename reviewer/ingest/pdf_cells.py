"""The text of one table cell: its lines joined, mending mid-word wraps.

A narrow cell forces a long word onto two lines without a hyphen
("Priorit" / "y"), a very narrow one over several ("P" / "ri" / "o" / "ri" /
"t" / "y": joined when the fragments together make a word of the page).
A two-line break is joined without a space when the next line starts in
lower case and either the joined form is a word used elsewhere on the page
while the first piece is not, or the first piece fills the cell's width on
its own (a forced break) and the second piece is not a word of the page.
The same fragment breaking every row of a column ("Pri" / "orit" / "y 1"),
a word ending inside a line, and a coded level split as "P" / "1" are
mended too; the words of support tables count as known on every page.
Anything else is joined as a reader would (`join_all`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from reviewer.ingest.pdf_lines import Line, join_all

_WORDS = re.compile(r"[A-Za-z]+")
_TAIL = re.compile(r"([A-Za-z]+)$")
_HEAD = re.compile(r"^([a-z]+)")
_VOWEL = re.compile(r"[aeiouy]", re.IGNORECASE)
_FORCED = 0.7  # a single word this wide a share of the cell was broken by force


# Words of support and service tables, known even where a page uses them only
# inside the broken cell itself ("Ur" / "g" / "e" / "nt" with "Urgent" nowhere
# else on the page): each counts as seen once more.
_TABLE_WORDS = frozenset({
    "priority", "priorities", "severity", "urgent", "critical", "emergency", "high", "medium", "low",
    "normal", "minor", "major", "severe", "response", "respond", "resolution", "resolve", "restoration",
    "restore", "recovery", "workaround", "target", "targets", "objective", "commitment", "initial",
    "first", "business", "description", "definition", "impact", "level", "support", "service",
    "services", "time", "times", "hour", "hours", "minute", "minutes", "day", "days", "week", "weeks",
    "month", "update", "updates", "plan", "plans", "standard", "premium", "premier", "enterprise",
    "professional", "basic", "developer", "incident", "incidents", "request", "requests", "ticket",
    "tickets", "category", "communication", "customer", "available", "availability", "escalation",
    # Plan and feature tables: plan names in narrow columns ("Esse" / "ntial", "F" / "r" / "e" / "e",
    # "Dedicat" / "ed Hosted", "Commun" / "it" / "y") and their cells ("Y" / "es", "U" / "nli" / "mi" / "te" / "d").
    "free", "essential", "essentials", "community", "dedicated", "unlimited", "included", "advanced",
    "starter", "hosted", "premise", "yes",
})


class Vocabulary:
    """How often each (lower-case, Latin) word occurs in a page's text."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.counts: Counter[str] = Counter(_TABLE_WORDS)
        for text in texts:
            self.counts.update(w.lower() for w in _WORDS.findall(text))

    def begins(self, prefix: str, longer_than: int = 0) -> bool:
        """Whether a known word longer than ``longer_than`` letters starts with ``prefix``
        (a scan of the page's words: only broken cells ask)."""
        p = prefix.lower()
        return any(len(w) > longer_than and w.startswith(p) for w in self.counts)

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
    # A piece without a vowel is no English word ("Busine" / "ss"): the break
    # was forced even when the cell's padding hides how full the line was.
    forced = " " not in prev.text.strip() and (prev.x1 - prev.x0 >= _FORCED * width
                                               or not _VOWEL.search(head))
    if not vocab.known(head, own=1) and (forced or vocab.known(joined)):
        return True
    if (_ONE_WORD.fullmatch(prev.text.strip()) and len(head) <= 4 and head.lower() not in _SHORT_WORDS
            and (len(joined) >= 6 or joined.lower() in _TABLE_WORDS) and vocab.known(joined)):
        # One word broken the same way in every row of a narrow column ("Priori" /
        # "ty 1", "Priori" / "ty 2", "4 Busi" / "ness Hours"): its pieces are known
        # only from those rows. A short word of support tables counts too ("4 ho" /
        # "urs" in two rows of a column, "1 ho" / "ur, 24x7").
        return True
    if _ONE_WORD.fullmatch(prev.text.strip()) and joined.lower() in _TABLE_WORDS:
        # A word of support tables broken the same way in a header printed over
        # two tables of the page ("Esse" / "ntial" twice): both pieces recur.
        return True
    return vocab.known(joined) and not vocab.known(tail, own=1)


# The line holds one word, or a number and one word ("4 Busi"): the word
# filled what was left of it.
_ONE_WORD = re.compile(r"(?:\d+(?:\.\d+)?\s+)?[A-Za-z]+")
_FRAGMENT = re.compile(r"[a-z]{1,6}")
_LAST_FRAGMENT = re.compile(r"([a-z]{1,6})\s+\S.*")
_SHORT_WORDS = frozenset({"a", "an", "as", "at", "be", "by", "do", "if", "in", "is", "it", "no", "of", "on",
                          "or", "so", "to", "up", "we"})


def _fragment_run(current: str, lines: list[Line], start: int, vocab: Vocabulary) -> int:
    """Where a word broken over several lines of a very narrow cell ends
    ("P" / "ri" / "o" / "ri" / "t" / "y"): lines from ``start`` that are each one
    short lower-case fragment, unknown on the page, which together with the end
    of ``current`` make a word of the page. ``start`` when there is none."""
    tail_m = _TAIL.search(current)
    # A tail of up to three letters says nothing by being known: the same
    # fragment starts every row of a narrow column ("Pri" / "orit" / "y 1"),
    # and "P" of "P1" is a word of the page; only the whole word must be.
    if current.endswith("-") or tail_m is None or (
            len(tail_m.group(1)) > 3 and vocab.known(tail_m.group(1), own=1)):
        return start
    word, best = tail_m.group(1), start
    seen: Counter[str] = Counter()
    for k in range(start, min(len(lines), start + 12)):
        fragment = lines[k].text.strip()
        seen[fragment] += 1  # its own occurrences ("ri" twice in "P ri o ri t y")
        last = _LAST_FRAGMENT.fullmatch(fragment)
        if last and k > start and vocab.known(word + last.group(1)):
            return k + 1  # the word ends inside the line: "Pri" / "orit" / "y 1"
        # A piece that continues a long word of the page is part of it even when
        # the same piece breaks every row ("orit", "4 Bu" / "sines" / "s Hours").
        completes = vocab.begins(word + fragment, longer_than=5)
        # "it" and "a" are words, but not inside "Prior" / "it" / "y", "Norm" / "a" / "l".
        if not _FRAGMENT.fullmatch(fragment) or (fragment in _SHORT_WORDS and not completes) or (
                len(fragment) > 2 and not completes and vocab.known(fragment, own=seen[fragment])):
            break  # a word of its own (one or two letters say nothing: "t", "ri")
        word += fragment
        if k > start and vocab.known(word):
            best = k + 1
    return best


_CODE_LETTER = re.compile(r"(?:^|\s)[PS]$")
_CODE_NUMBER = re.compile(r"[0-5]")


def cell_text(lines: list[Line], width: float, vocab: Vocabulary) -> str:
    """The lines of a cell ``width`` points wide, joined (in linear time)."""
    pieces: list[str] = []  # runs of lines whose breaks are mid-word
    prev: Line | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if pieces and (end := _fragment_run(pieces[-1], lines, i, vocab)) > i:
            pieces[-1] += "".join(ln.text.strip() for ln in lines[i:end])
            prev, i = lines[end - 1], end
            continue
        if pieces and _CODE_LETTER.search(pieces[-1]) and _CODE_NUMBER.fullmatch(line.text.strip()):
            pieces[-1] += line.text.strip()  # a coded level broken in two: "P" / "1"
        elif pieces and prev is not None and _split_word(prev, line, width, vocab):
            pieces[-1] += line.text
        else:
            pieces.append(line.text)
        prev, i = line, i + 1
    return join_all(pieces)
