"""A cheap substring test in front of the checklist's regexes.

Python's `re` cannot skip ahead in an alternation of forty branches that
start with word boundaries, so scanning every clause with every term list
costs most of the analysis time. Nearly every term must contain some literal
text ("respon", "工单", "SLA"); a clause that lacks it cannot match, and a
`str in str` test finds that out in C. Patterns with no mandatory literal
are always run.

One pass per text: the literals of every term list in use (all items of the
loaded checklists) are found in each clause text at once, by looking up the
text's two- and three-character pieces (`_Index`); each term list then picks
its patterns by a set intersection. The
analysis is linear in clauses x items with a small constant, instead of one
scan per term list per clause. `ONE_PASS = False` checks each term list's
literals with plain substring tests instead (the reference the tests compare
against).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import add
from typing import Any, cast

from reviewer.checklist.compiled import KNOWN_REQUIREMENTS
from reviewer.checklist.literals import _CJK, checklist_terms, mandatory_requirements
from reviewer.checklist.literals import mandatory_literals as mandatory_literals  # re-exported for tests
from reviewer.checklist.model import Terms


@dataclass(frozen=True)
class Prefiltered:
    """A term list split into literal-gated patterns and always-run ones.

    ``by_literal`` maps each mandatory literal to the positions in ``order``
    of the patterns that need it, so choosing the patterns to run for a text
    costs one set intersection with the literals the text holds (found once
    per text for every term list: see `text_scan`). ``also`` holds, for the
    patterns that have them, their other requirements: "respon" chooses
    ``respon...(?:business|working) hours``, which runs only
    where "business" or "working" is there too (half of the regex runs of a
    long contract were of patterns whose second word was missing).
    """

    by_literal: dict[str, tuple[int, ...]]
    order: tuple[re.Pattern[str], ...]
    literals: frozenset[str]
    always: re.Pattern[str] | None
    also: dict[int, tuple[frozenset[str], ...]] = field(default_factory=dict)
    needed: frozenset[str] = frozenset()  # every literal `chosen` looks at: `literals` and those in `also`
    firsts: dict[int, frozenset[str]] = field(default_factory=dict)  # the indexing literals of `also`'s patterns
    free: frozenset[str] = frozenset()  # literals that choose a pattern with no other requirement

    def chosen(self, found: frozenset[str]) -> list[re.Pattern[str]]:
        """The patterns to run on a text that holds the literals `found`, in the checklist's order."""
        hit = self.literals & found
        if not hit:
            return [self.always] if self.always is not None else []
        if len(hit) == 1:
            picked: Iterable[int] = self.by_literal[next(iter(hit))]
        else:
            picked = sorted({i for lit in hit for i in self.by_literal[lit]})
        also = self.also
        if also:
            active = [self.order[i] for i in picked
                      if i not in also or all(not req.isdisjoint(found) for req in also[i])]
        else:
            active = [self.order[i] for i in picked]
        if self.always is not None:
            active.append(self.always)
        return active

    def candidates(self, lowered: str) -> list[re.Pattern[str]]:
        """The patterns to run on a lower-cased text."""
        return self.chosen(literals_in(lowered))


_UNKNOWN: Any = object()


@lru_cache(maxsize=8192)
def _literals_of(pattern: str) -> tuple[frozenset[str], ...] | None:
    """The pattern's literal requirements, the one it is indexed by first."""
    found = KNOWN_REQUIREMENTS.get(pattern, _UNKNOWN)  # stored with a cached checklist
    return mandatory_requirements(pattern) if found is _UNKNOWN else found


def prefiltered(terms: Terms, cjk: bool) -> Prefiltered:
    """The term list's patterns for a text with Chinese (`cjk`) or without."""
    return _prefiltered_both(terms)[cjk]


@lru_cache(maxsize=4096)
def _prefiltered_both(terms: Terms) -> tuple[Prefiltered, Prefiltered]:
    """(for a text without Chinese, for a text with), made in one pass over the patterns: a
    review prepares both for every term list of the checklist (~2,000 patterns each)."""
    plain, every = _Builder(), _Builder()
    for p in terms.patterns():
        reqs = _literals_of(p.pattern)
        every.add(p, reqs)
        # (an ASCII text holds no Chinese character: str.isascii is one flag test,
        # the search a scan of the whole text)
        if p.pattern.isascii() or not _CJK.search(p.pattern):  # else it needs a Chinese character
            plain.add(p, reqs)
    with_cjk = every.build()  # first: its literals are added to the universe first, as before
    return plain.build(), with_cjk


class _Builder:
    """One `Prefiltered` being made, pattern by pattern in the checklist's order."""

    __slots__ = ("also", "firsts", "free", "lists", "order", "rest")

    def __init__(self) -> None:
        self.lists: dict[str, list[int]] = {}
        self.rest: list[re.Pattern[str]] = []
        self.order: list[re.Pattern[str]] = []
        self.also: dict[int, tuple[frozenset[str], ...]] = {}
        self.firsts: dict[int, frozenset[str]] = {}
        self.free: set[str] = set()

    def add(self, p: re.Pattern[str], reqs: tuple[frozenset[str], ...] | None) -> None:
        if reqs is None:
            self.rest.append(p)
            return
        position = len(self.order)
        lists = self.lists
        for lit in sorted(reqs[0]):
            lists.setdefault(lit, []).append(position)
        if len(reqs) > 1:
            self.also[position] = reqs[1:]
            self.firsts[position] = reqs[0]
        else:
            self.free |= reqs[0]
        self.order.append(p)

    def build(self) -> Prefiltered:
        lists, also, rest = self.lists, self.also, self.rest
        needed = frozenset(lists).union(*(req for reqs in also.values() for req in reqs))
        _UNIVERSE.add(needed)
        always: re.Pattern[str] | None = None
        if rest:
            from reviewer.checklist.compiled import LazyPattern

            # Compiled when first run: every term list of a loaded checklist is
            # prefiltered up front, and most never meet a text they could match.
            always = cast("re.Pattern[str]",
                          LazyPattern("|".join(f"(?:{p.pattern})" for p in rest), re.IGNORECASE))
        return Prefiltered({k: tuple(v) for k, v in lists.items()}, tuple(self.order), frozenset(lists), always,
                           also, needed, self.firsts, frozenset(self.free))


# -- one pass per text for every term list's literals ---------------------------


class _Index:
    """Literals looked up by the text's own short pieces, not tested one by one.

    A literal is in a text exactly when the text holds it, so: the two-character
    literals are the text's two-character pieces that are literals (one set
    intersection), and a longer literal is tested only when the text holds its
    first three characters (a look-up per three-character piece of the text,
    then ~1.7 substring tests per piece that begins a literal). One-character
    literals (rare) are tested directly. ~30 us a clause where a substring test
    per literal (~2,200 of them) took ~115 us and a trie-shaped regex ~90 us
    (and ~35 ms to compile per process).
    """

    __slots__ = ("by_three", "single", "three", "two")

    def __init__(self, literals: Iterable[str]) -> None:
        single: list[str] = []
        two: set[str] = set()
        by_three: dict[str, list[str]] = {}
        for lit in literals:
            if len(lit) >= 3:
                by_three.setdefault(lit[:3], []).append(lit)
            elif len(lit) == 2:
                two.add(lit)
            else:
                single.append(lit)
        self.single = tuple(single)
        self.two = frozenset(two)
        self.by_three = by_three
        self.three = frozenset(by_three)

    def scan(self, lowered: str) -> set[str]:
        """The literals `lowered` holds."""
        found = {lit for lit in self.single if lit in lowered}
        # The text's two- and three-character pieces built in C (each three from a
        # two and the next character), not by a Python-level slice per position.
        twos = list(map(add, lowered, lowered[1:]))
        if self.two:
            found.update(self.two.intersection(twos))
        if self.three:
            by_three = self.by_three
            for piece in self.three.intersection(map(add, twos, lowered[2:])):
                found.update([lit for lit in by_three[piece] if lit in lowered])
        return found


class _Universe:
    """Every literal of every term list in use, found in a text by one scan.

    Term lists add their literals when first prefiltered, and the term lists
    of every checklist loaded in the process are added before the first
    scan, so a clause is scanned once for all items. A text scanned before a
    literal was added is scanned again for the new literals only: the set of
    literals found is always exactly the set the text holds.
    """

    def __init__(self) -> None:
        self.lits: list[str] = []
        self.known: set[str] = set()
        self.indexes: dict[int, _Index] = {}
        self.checklists = -1
        self.lock = threading.Lock()

    def add(self, literals: Iterable[str]) -> None:
        new = [lit for lit in literals if lit not in self.known]
        if not new:
            return
        with self.lock:
            for lit in sorted(set(new)):
                if lit not in self.known:
                    self.known.add(lit)
                    self.lits.append(lit)
            self.indexes = {}

    def sync_checklists(self) -> None:
        """Add the literals of checklists loaded since the last call."""
        from reviewer.checklist.compiled import loaded_checklists

        count, checklists = loaded_checklists(self.checklists)
        if count == self.checklists:
            return
        self.checklists = count
        for checklist in checklists:
            for terms in checklist_terms(checklist):
                _prefiltered_both(terms)

    def index(self, start: int) -> _Index:
        """The index of the literals added after the first `start`."""
        found = self.indexes.get(start)
        if found is None:
            found = self.indexes[start] = _Index(self.lits[start:])
        return found

    def scan(self, lowered: str, start: int = 0) -> set[str]:
        """The literals (of those added after the first `start`) that `lowered` holds."""
        return self.index(start).scan(lowered)


_UNIVERSE = _Universe()


@dataclass(frozen=True)
class TextScan:
    """A text as the prefilter sees it: lower-cased, whether it has Chinese, the literals it holds."""

    lowered: str
    cjk: bool
    known: int  # how many literals of the universe `found` covers
    found: frozenset[str]


_SCANS: dict[str, TextScan] = {}
_MAX_SCANS = 50_000


def text_scan(text: str) -> TextScan:
    """The literals `text` holds, found in one pass for every term list; memoised per text."""
    scan = _SCANS.get(text)
    universe = _UNIVERSE
    if universe.checklists < 0 or scan is None:
        universe.sync_checklists()
    total = len(universe.lits)
    if scan is None:
        lowered = text.lower()
        cjk = not text.isascii() and _CJK.search(text) is not None  # (as above)
        scan = TextScan(lowered, cjk, total, frozenset(universe.scan(lowered)))
        if len(_SCANS) >= _MAX_SCANS:
            _SCANS.clear()
        _SCANS[text] = scan
    elif scan.known < total:
        more = universe.scan(scan.lowered, scan.known)
        scan = TextScan(scan.lowered, scan.cjk, total, scan.found | more)
        _SCANS[text] = scan
    return scan


def literals_in(lowered: str) -> frozenset[str]:
    """The literals of the universe a lower-cased text holds."""
    return text_scan(lowered).found if lowered == lowered.lower() else frozenset(
        _UNIVERSE.scan(lowered))


_PREPARED: dict[int, tuple[Terms, Prefiltered, Prefiltered]] = {}
ONE_PASS = True


def _prepared(terms: Terms) -> tuple[Terms, Prefiltered, Prefiltered]:
    """(terms, its patterns for a text without Chinese, for a text with), looked up by identity.

    A term list is immutable and kept alive here, so its id cannot be reused.
    """
    pres = _PREPARED.get(id(terms))
    if pres is None or pres[0] is not terms:
        if len(_PREPARED) >= 8192:
            _PREPARED.clear()
        # Both variants add the term list's literals before any text is scanned.
        pres = _PREPARED[id(terms)] = (terms, prefiltered(terms, False), prefiltered(terms, True))
    return pres


def active_patterns(terms: Terms, text: str) -> list[re.Pattern[str]]:
    """The patterns of `terms` that can match `text`: those whose literal it holds, and the rest.

    The hot path of the analysis (items x clauses x term lists): two dict
    look-ups and a set intersection.
    """
    pres = _PREPARED.get(id(terms))
    if pres is None or pres[0] is not terms:
        pres = _prepared(terms)
    if not ONE_PASS:
        pre = pres[2] if _CJK.search(text) else pres[1]
        lowered = text.lower()
        return pre.chosen(frozenset(lit for lit in pre.needed if lit in lowered))
    scan = _SCANS.get(text)
    if scan is None or scan.known != len(_UNIVERSE.lits):
        scan = text_scan(text)
    return (pres[2] if scan.cjk else pres[1]).chosen(scan.found)


class TextIndex:
    """Many texts (a contract's clauses), and for each literal the texts that hold it.

    ``possible(terms)`` is the set of texts for which `active_patterns` would
    return a pattern, found with one look-up per literal of the term list
    instead of one call per text: an item's clauses are then chosen without
    touching the clauses that cannot match it. Built once per contract from
    the same scans `active_patterns` uses, and rebuilt if literals were added
    to the universe since (another checklist loaded), so it always agrees.
    """

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.known = -1
        self.cjk: list[bool] = []
        self.with_cjk: frozenset[int] = frozenset()
        self.without_cjk: frozenset[int] = frozenset()
        self.by_literal: dict[str, list[int]] = {}
        self.holding: dict[frozenset[str], frozenset[int]] = {}
        self.lock = threading.Lock()

    def _build(self) -> None:
        scans = [text_scan(t) for t in self.texts]
        by_literal: dict[str, list[int]] = {}
        for i, scan in enumerate(scans):
            for lit in scan.found:
                found = by_literal.get(lit)
                if found is None:
                    by_literal[lit] = [i]
                else:
                    found.append(i)
        self.cjk = [scan.cjk for scan in scans]
        self.with_cjk = frozenset(i for i, c in enumerate(self.cjk) if c)
        self.without_cjk = frozenset(range(len(scans))) - self.with_cjk
        self.by_literal = by_literal
        self.known = min((scan.known for scan in scans), default=len(_UNIVERSE.lits))

    def prepare(self) -> None:
        """Build the index now, as the first `possible` or `active_by_text` would: the texts'
        scans and each literal's texts. A process forked afterwards inherits it built."""
        with self.lock:
            self._refresh()

    def _refresh(self) -> None:
        """Rebuild the index when the literal universe grew since it was built (call under `lock`)."""
        if self.known != len(_UNIVERSE.lits) or self.known < 0:
            _UNIVERSE.sync_checklists()
            self._build()
            self.holding = {}

    def possible(self, terms: Terms) -> set[int]:
        """Indices of the texts in which some pattern of `terms` may match (see `active_patterns`)."""
        if not terms:
            return set()
        _, plain, cjk = _prepared(terms)
        with self.lock:
            self._refresh()
            if not self.with_cjk:
                return self._possible(plain)
            if not self.without_cjk:
                return self._possible(cjk)
            return (self._possible(plain) & self.without_cjk) | (self._possible(cjk) & self.with_cjk)

    def active_by_text(self, terms: Terms) -> dict[int, list[re.Pattern[str]]]:
        """``active_patterns(terms, texts[i])`` for every text ``i`` that has some (the others
        are left out), found for all texts at once.

        An item visiting a contract's clauses asked `active_patterns` once per
        (term list, clause): a set intersection, a sort and the other
        requirements checked per pattern, ~13,000 times on the 133-page
        benchmark. Here each pattern's texts come from the index in one set
        operation per requirement, as `possible` finds them, and each text's
        list is its patterns in the checklist's order (positions ascending, as
        `Prefiltered.chosen` picks them), then the always-run pattern.
        """
        if not terms:
            return {}
        _, plain, cjk = _prepared(terms)
        with self.lock:
            self._refresh()
            out: dict[int, list[re.Pattern[str]]] = {}
            if self.without_cjk:
                self._active(plain, None if not self.with_cjk else self.without_cjk, out)
            if self.with_cjk:
                self._active(cjk, None if not self.without_cjk else self.with_cjk, out)
            return out

    def _active(self, pre: Prefiltered, texts: frozenset[int] | None,
                out: dict[int, list[re.Pattern[str]]]) -> None:
        """Add to `out` the patterns ``pre.chosen`` picks for each of `texts` (None: every text)."""
        holders = self._holders(pre)
        order = pre.order
        for i in sorted(holders):
            pattern = order[i]
            where = holders[i] if texts is None else texts.intersection(holders[i])
            for k in where:
                patterns = out.get(k)
                if patterns is None:
                    out[k] = [pattern]
                else:
                    patterns.append(pattern)
        if pre.always is not None:
            always = pre.always
            for k in range(len(self.texts)) if texts is None else texts:
                patterns = out.get(k)
                if patterns is None:
                    out[k] = [always]
                else:
                    patterns.append(always)

    def _holders(self, pre: Prefiltered) -> dict[int, set[int] | frozenset[int]]:
        """For each literal-gated pattern of `pre` (its position), the texts ``pre.chosen`` picks it
        for: those holding one of its first literals and, if it has others, each of them."""
        by_literal, also = self.by_literal, pre.also
        united: dict[int, set[int]] = {}
        for lit, positions in pre.by_literal.items():
            found = by_literal.get(lit)
            if not found:
                continue
            for i in positions:
                if i not in also:  # chosen by any of its literals (their texts, united)
                    known = united.get(i)
                    if known is None:
                        united[i] = set(found)
                    else:
                        known.update(found)
        holders: dict[int, set[int] | frozenset[int]] = dict(united)
        for i, reqs in also.items():
            held = self._holding(pre.firsts[i])
            for req in reqs:
                if not held:
                    break
                held = held & self._holding(req)
            if held:
                holders[i] = held
        return holders

    def _possible(self, pre: Prefiltered) -> set[int]:
        """The texts for which ``pre.chosen`` picks a pattern (whichever variant the text needs)."""
        out: set[int] = set()
        if pre.always is not None:
            out.update(range(len(self.texts)))
        by_literal = self.by_literal
        for lit in pre.free:
            texts = by_literal.get(lit)
            if texts:
                out.update(texts)
        for i, reqs in pre.also.items():
            found = self._holding(pre.firsts[i])
            for req in reqs:
                if not found:
                    break
                found = found & self._holding(req)
            out |= found
        return out

    def _holding(self, literals: frozenset[str]) -> frozenset[int]:
        """The texts that hold one of `literals` (requirements repeat across patterns: kept)."""
        found = self.holding.get(literals)
        if found is None:
            by_literal = self.by_literal
            found = self.holding[literals] = frozenset().union(*(by_literal.get(lit, ()) for lit in literals))
        return found


def clear() -> None:
    """Forget every prepared term list and scanned text (tests switch paths with it)."""
    _PREPARED.clear()
    _SCANS.clear()
    _prefiltered_both.cache_clear()
    _literals_of.cache_clear()


