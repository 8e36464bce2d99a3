"""The outline: which clause encloses which, decided as the clauses stream by.

A stack of open numbered clauses and headings (frames), the way a reader
keeps track of "we are in 5.2 (b)". Each new number either continues an open
list (its style is on the stack: close everything deeper, become a sibling),
or opens a new level under the innermost open clause. Three things refine
that plain rule:

- intrinsic order: "2" closes an open "1.1", 第二章 closes an open 第一条,
  "Schedule 1" closes everything (`Reading.family`/`rank`/`top_level`);
- the order styles first nested in (the way lawyers nest): once "(a)" was
  seen inside "1.", a later "(a)" closes an open "(i)" instead of going
  under it;
- heading levels: a Word "Heading 2" closes everything up to the last
  "Heading 1".

A "1." while an open "5." list is on the stack is a nested list when the
number restarts at 1 and does not continue any open list (that is how lists
inside clauses print).
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.segment.clause_numbers import FAMILY_ALPHA_DEC, FAMILY_DEC, FAMILY_EN, FAMILY_ZH, Reading

Key = tuple[str, int]

_KEYWORD_FAMILIES = (FAMILY_EN, FAMILY_ZH)
_DOTTED_FAMILIES = (FAMILY_DEC, FAMILY_ALPHA_DEC)

# The key of headings with no number; guessed headings (no level) share one.
HEADING_STYLE = "heading"


@dataclass
class _Frame:
    key: Key
    index: int  # the clause's index
    level: int
    last: tuple[int, ...]
    heading_level: int | None
    reading: Reading | None
    heading_only: bool = False


def _continues(reading: Reading, last: tuple[int, ...]) -> bool:
    """True when ``reading`` is the next number after ``last`` (1.1 -> 1.2, (a) -> (b))."""
    value = reading.value
    if len(value) != len(last) or not value:
        return False
    return value[:-1] == last[:-1] and value[-1] == last[-1] + 1


def _starts(reading: Reading) -> bool:
    return len(reading.value) == 1 and reading.value[0] == 1


class Outline:
    """Tracks open clauses; tells each new clause its parent and level."""

    def __init__(self) -> None:
        self._stack: list[_Frame] = []
        # (outer key, inner key) pairs seen: outer once enclosed inner.
        self._above: set[tuple[Key, Key]] = set()

    def container(self) -> tuple[int | None, int]:
        """Parent and level for a clause that opens nothing (body text, table row)."""
        if not self._stack:
            return None, 1
        top = self._stack[-1]
        return top.index, top.level + 1

    def open_clauses(self) -> list[tuple[int, int]]:
        """(index, level) of the open clauses, innermost first."""
        return [(f.index, f.level) for f in reversed(self._stack)]

    def choose(self, readings: tuple[Reading, ...]) -> Reading:
        """The reading of an ambiguous number that fits what is open.

        "(i)" right after "(h)" continues the letters; after "(a)" it starts
        roman numerals. A reading that continues an open list wins; else the
        first (likelier) reading.
        """
        if len(readings) > 1:
            for reading in readings:
                for frame in reversed(self._stack):
                    if frame.key == reading.key and _continues(reading, frame.last):
                        return reading
        return readings[0]

    def open_numbered(self, index: int, reading: Reading, heading_level: int | None = None,
                      heading_only: bool = False) -> tuple[int | None, int]:
        """Place a numbered clause; returns its (parent, level) and keeps it open.

        ``heading_level`` is the Word heading level of a numbered heading;
        ``heading_only`` says the clause is a title with no body ("5. Support").
        """
        if reading.top_level:
            self._stack.clear()
        elif heading_level is not None:
            # The number outranks a guessed level: a PDF may set "5.2 Fees" in
            # the same size as "5. Support", and 5.2 still belongs under 5.
            if not (self._close_to_continued(reading) or self._close_to_dotted_parent(reading)):
                self._close_for_heading(heading_level)
        else:
            self._close_for_number(reading)
        return self._push(reading.key, index, reading.value, heading_level, reading,
                          heading_only)

    def open_heading(self, index: int, level: int | None) -> tuple[int | None, int]:
        """Place an unnumbered heading (``level`` None for a guessed one)."""
        if level is not None:
            self._close_for_heading(level)
            return self._push((HEADING_STYLE, level), index, (), level, None)
        key: Key = (HEADING_STYLE, 0)
        self._close_to_same_or_learned(key)
        return self._push(key, index, (), None, None)

    # -- closing rules ------------------------------------------------------

    def _close_for_heading(self, level: int) -> None:
        while self._stack:
            top = self._stack[-1]
            if top.heading_level is not None and top.heading_level < level:
                return
            self._stack.pop()

    def _close_for_number(self, reading: Reading) -> None:
        same = [i for i in range(len(self._stack) - 1, -1, -1)
                if self._stack[i].key == reading.key]
        if same:
            continuing = [i for i in same if _continues(reading, self._stack[i].last)]
            if continuing:
                del self._stack[continuing[0]:]
                return
            top = self._stack[-1]
            nested = _starts(reading) and (same[0] != len(self._stack) - 1 or top.heading_only)
            if not nested:
                del self._stack[same[0]:]
            # Else a restarted list ("1." inside "5.1", or under the title
            # "5. Support") nests under what is open. A restart right after
            # an item of the same style ("(a) (b) ... (a)") is a new list at
            # the same level: nested lists of one style do not occur in print.
            return
        if self._close_to_dotted_parent(reading):
            return
        if reading.family is not None:
            for i, frame in enumerate(self._stack):
                r = frame.reading
                if r is not None and r.family == reading.family and r.rank >= reading.rank:
                    del self._stack[i:]
                    return
        if reading.family in _KEYWORD_FAMILIES:
            # "Article 5" / "第五条" name the contract's own structure: they do
            # not nest inside list items or decimal numbers, unless the text
            # already showed such a nesting.
            while self._stack:
                top = self._stack[-1]
                if (top.reading is None or top.reading.family == reading.family
                        or self._encloses(top.key, reading.key)):
                    break
                self._stack.pop()
            return
        self._close_learned(reading.key)

    def _close_to_continued(self, reading: Reading) -> bool:
        """Close down to the open list ``reading`` continues (5.1 -> 5.2), if any."""
        for i in range(len(self._stack) - 1, -1, -1):
            frame = self._stack[i]
            if frame.key == reading.key and _continues(reading, frame.last):
                del self._stack[i:]
                return True
        return False

    def _close_to_dotted_parent(self, reading: Reading) -> bool:
        """"4.2" belongs under an open "4." whatever opened since (a caption, a
        list): dotted numbers spell out their parent. Close down to it, if open."""
        if reading.family not in _DOTTED_FAMILIES:
            return False
        for i in range(len(self._stack) - 1, -1, -1):
            r = self._stack[i].reading
            if (r is not None and r.family == reading.family and r.depth < reading.depth
                    and reading.value[:r.depth] == r.value):
                del self._stack[i + 1:]
                return True
        return False

    def _close_to_same_or_learned(self, key: Key) -> None:
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i].key == key:
                del self._stack[i:]
                return
        self._close_learned(key)

    def _close_learned(self, key: Key) -> None:
        """Close open levels that ``key`` was earlier seen to enclose."""
        while self._stack:
            top = self._stack[-1].key
            if self._encloses(key, top) and not self._encloses(top, key):
                self._stack.pop()
            else:
                return

    def _encloses(self, outer: Key, inner: Key) -> bool:
        """Was ``outer`` seen enclosing ``inner``, directly or through other styles?"""
        seen = {outer}
        todo = [outer]
        while todo:
            current = todo.pop()
            for a, b in self._above:
                if a == current and b not in seen:
                    if b == inner:
                        return True
                    seen.add(b)
                    todo.append(b)
        return False

    def _push(self, key: Key, index: int, value: tuple[int, ...], heading_level: int | None,
              reading: Reading | None, heading_only: bool = False) -> tuple[int | None, int]:
        parent, level = self.container()
        if self._stack and self._stack[-1].key != key:
            self._above.add((self._stack[-1].key, key))
        self._stack.append(
            _Frame(key, index, level, value, heading_level, reading, heading_only))
        return parent, level
