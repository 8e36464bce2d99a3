"""A cheap substring test in front of the checklist's regexes.

Python's `re` cannot skip ahead in an alternation of forty branches that
start with word boundaries, so scanning every clause with every term list
costs most of the analysis time. Nearly every term must contain some literal
text ("respon", "工单", "SLA"); a clause that lacks it cannot match, and a
`str in str` test finds that out in C. Patterns with no mandatory literal
are always run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from re import _parser as sre_parse  # type: ignore[attr-defined]

from reviewer.checklist.model import Terms

_LITERAL = sre_parse.LITERAL
_SUBPATTERN = sre_parse.SUBPATTERN
_BRANCH = sre_parse.BRANCH
_CJK = re.compile(r"[\u3400-\u9fff]")


def _good(run: str) -> bool:
    """Long enough to be selective: three Latin letters, or two Chinese characters."""
    return len(run.strip()) >= 3 or len(_CJK.findall(run)) >= 2


def _requirements(items: list[tuple[object, object]]) -> list[frozenset[str]]:
    """What every match must contain: each entry is a set of literals, one of which appears.

    A literal run gives a one-element set; an alternation whose branches all
    require something gives the union of their best requirements ("(?:customer|
    client)" requires "customer" or "client").
    """
    reqs: list[frozenset[str]] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            run = "".join(current).lower()
            if _good(run):
                reqs.append(frozenset([run]))
            current.clear()

    for op, arg in items:
        if op is _LITERAL:
            current.append(chr(arg))  # type: ignore[arg-type]
            continue
        flush()
        if op is _SUBPATTERN:
            reqs.extend(_requirements(list(arg[-1].data)))  # type: ignore[index]
        elif op is _BRANCH:
            options: set[str] = set()
            for branch in arg[1]:  # type: ignore[index]
                best = _best(_requirements(list(branch.data)))
                if best is None:
                    options = set()
                    break
                options |= best
            if options:
                reqs.append(frozenset(options))
    flush()
    return reqs


def _best(reqs: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective requirement: fewest alternatives, then longest literals."""
    if not reqs:
        return None
    return min(reqs, key=lambda r: (len(r), -min(len(x) for x in r)))


def mandatory_literals(pattern: str) -> frozenset[str] | None:
    """Lower-cased literals one of which every match of `pattern` contains, or None."""
    try:
        parsed = sre_parse.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    best = _best(_requirements(list(parsed.data)))
    return best if best and len(best) <= 12 else None


def mandatory_literal(pattern: str) -> str | None:
    """The single literal every match contains, if there is one (for tests and docs)."""
    lits = mandatory_literals(pattern)
    return next(iter(lits)) if lits and len(lits) == 1 else None


@dataclass(frozen=True)
class Prefiltered:
    """A term list split into literal-gated patterns and always-run ones.

    ``scanner`` finds, in one C-level scan, every literal that starts at each
    position of the text (the longest; its prefixes are implied through
    ``prefixes``), so choosing the patterns to run costs a set intersection.
    """

    by_literal: dict[str, tuple[re.Pattern[str], ...]]
    order: tuple[re.Pattern[str], ...]
    scanner: re.Pattern[str] | None
    prefixes: dict[str, frozenset[str]]
    always: re.Pattern[str] | None

    def candidates(self, lowered: str) -> list[re.Pattern[str]]:
        active: list[re.Pattern[str]] = []
        if self.scanner is not None:
            found: set[str] = set()
            for m in self.scanner.finditer(lowered):
                lit = m.group(1)
                found.add(lit)
                found |= self.prefixes.get(lit, frozenset())
            chosen = {p for lit in found for p in self.by_literal.get(lit, ())}
            # In the checklist's order, so results never depend on set order.
            active = [p for p in self.order if p in chosen]
        if self.always is not None:
            active.append(self.always)
        return active


@lru_cache(maxsize=4096)
def prefiltered(terms: Terms, cjk: bool) -> Prefiltered:
    by_literal: dict[str, list[re.Pattern[str]]] = {}
    rest: list[re.Pattern[str]] = []
    for p in terms.patterns():
        if not cjk and _CJK.search(p.pattern):
            continue  # needs a Chinese character the text does not have
        literals = mandatory_literals(p.pattern)
        if literals is None:
            rest.append(p)
            continue
        for lit in literals:
            by_literal.setdefault(lit, []).append(p)
    lits = sorted(by_literal, key=len, reverse=True)
    scanner = re.compile("(?=(" + "|".join(re.escape(x) for x in lits) + "))") if lits else None
    prefixes = {a: frozenset(b for b in lits if b != a and a.startswith(b)) for a in lits}
    always = re.compile("|".join(f"(?:{p.pattern})" for p in rest), re.IGNORECASE) if rest else None
    order = tuple(p for p in terms.patterns() if any(p in v for v in by_literal.values()))
    return Prefiltered({k: tuple(v) for k, v in by_literal.items()}, order, scanner, prefixes, always)
