"""The literal text every match of a checklist pattern must contain.

Nearly every term of a checklist contains some literal text ("respon",
"工单", "SLA"): a text that lacks it cannot match. Found by parsing the
pattern (Python's own regex parser), here beside the checklist model so that
both the analysis's prefilter and the compiled-checklist cache can use it
(the checklist layer must not depend on the analysis).
"""

from __future__ import annotations

import re
from re import _parser as sre_parse

from reviewer.checklist.model import Checklist, Terms

_LITERAL = sre_parse.LITERAL
_SUBPATTERN = sre_parse.SUBPATTERN
_BRANCH = sre_parse.BRANCH
_IN = sre_parse.IN
_RANGE = sre_parse.RANGE
_DIGITS = frozenset("0123456789")
_MAX_CHOICES = 12  # a run continued by digit classes: at most this many literals ("p0".."p4": 5)
_CJK = re.compile(r"[\u3400-\u9fff]")


def _good(run: str) -> bool:
    """Selective enough: three Latin letters, two Chinese characters, two characters with a
    digit ("24" of 24x7, "c5"), or a rare sign ("@" of an e-mail address, "%"): patterns
    without such a literal run on every clause (a long contract's costliest regex runs)."""
    core = run.strip()
    return (len(core) >= 3 or len(_CJK.findall(run)) >= 2 or (len(core) == 2 and any(c.isdigit() for c in core))
            or "@" in core or "%" in core)


def _requirements(items: list[tuple[object, object]]) -> list[frozenset[str]]:
    """What every match must contain: each entry is a set of literals, one of which appears.

    A literal run gives a one-element set; an alternation whose branches all
    require something gives the union of their best requirements ("(?:customer|
    client)" requires "customer" or "client").
    """
    reqs: list[frozenset[str]] = []
    # The literal run so far; a class of ASCII digits continues it as one run
    # per digit ("P[0-4]": one of "p0" ... "p4"), which no case folding can change.
    runs: list[str] = [""]

    def flush() -> None:
        nonlocal runs
        if runs != [""]:
            lowered = frozenset(run.lower() for run in runs)
            if all(_good(run) for run in lowered):
                reqs.append(lowered)
            runs = [""]

    for op, arg in items:
        if op is _LITERAL:
            char = chr(arg)  # type: ignore[arg-type]
            runs = [run + char for run in runs]
            continue
        if op is _IN:
            digits = _digit_class(arg)
            if digits and len(runs) * len(digits) <= _MAX_CHOICES:
                runs = [run + d for run in runs for d in digits]
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


def _digit_class(members: object) -> list[str] | None:
    """The characters of a class that matches only ASCII digits ("[0-4]", "[13]"), else None."""
    out: set[str] = set()
    for op, arg in members:  # type: ignore[attr-defined]
        if op is _LITERAL:
            chars = {chr(arg)}
        elif op is _RANGE and arg[1] - arg[0] < len(_DIGITS):
            chars = {chr(c) for c in range(arg[0], arg[1] + 1)}
        else:  # a negation, a category (\d is every script's digits), a wide range
            return None
        if not chars <= _DIGITS:
            return None
        out |= chars
    return sorted(out) or None


def _best(reqs: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective requirement: fewest alternatives, then longest literals."""
    if not reqs:
        return None
    return min(reqs, key=lambda r: (len(r), -min(len(x) for x in r)))


def mandatory_literals(pattern: str) -> frozenset[str] | None:
    """Lower-cased literals one of which every match of `pattern` contains, or None."""
    reqs = mandatory_requirements(pattern)
    return reqs[0] if reqs else None


def mandatory_requirements(pattern: str) -> tuple[frozenset[str], ...] | None:
    """Every literal requirement of `pattern`, the most selective (`mandatory_literals`) first.

    Each entry is a set of lower-cased literals one of which every match
    contains; a match contains one of *each* set ("respon" and one of
    "business", "working", "calendar"). The prefilter indexes patterns by the
    first and runs a pattern only where the text meets the others too.
    Entries implied by the first (a superset of it) are left out.
    """
    try:
        parsed = sre_parse.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    reqs = [r for r in _requirements(list(parsed.data)) if len(r) <= 12]
    best = _best(reqs)
    if best is None:
        return None
    out = [best]
    for r in reqs:
        if not best <= r and r not in out:
            out.append(r)
    return tuple(out)


def mandatory_literal(pattern: str) -> str | None:
    """The single literal every match contains, if there is one (for tests and docs)."""
    lits = mandatory_literals(pattern)
    return next(iter(lits)) if lits and len(lits) == 1 else None


def checklist_terms(checklist: Checklist) -> list[Terms]:
    """Every term list of a checklist."""
    out: list[Terms] = list(checklist.vague.values())
    for item in checklist.items:
        # `overridden_by` too: a term list first met mid-review grows the
        # prefilter's literals, and every clause index is then built again.
        out += [item.keywords, item.context, item.headings, item.exclude, item.exclude_always, item.vague,
                item.negation,
                item.overridden_by, item.override_answered_by, item.override_kept_by, item.purpose,
                item.weak_overridden_by, item.weak_override_kept_by,
                item.exclude_lead_in, item.addressed_by, item.vague_exempt]
        out += [r.patterns for r in item.requirements]
        out += [r.unmet_alongside for r in item.requirements]
    return out
