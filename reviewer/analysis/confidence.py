"""How sure the tool is of a finding, so a reviewer can check the doubtful ones first.

Two things decide it: how strongly the relevance model says the deciding
clause is about the item, and which rule decided. A binding sentence with
the required facts ("met") is the surest kind of decision; "vague" rests on
a judgement of wording and is less sure; "missing" is sure when no clause
mentions the item at all, and less sure when clauses mention it but the
model vetoed them as being about something else. The numbers are ranks
more than probabilities: `reviewer eval` reports the accuracy of the least
sure third against the rest, which is what the ordering is for.
"""

from __future__ import annotations

from reviewer.analysis.matching import Candidate
from reviewer.review import Status

NO_MENTION = 0.9  # missing, and no clause even mentions the item's words


def _relevance(candidate: Candidate | None) -> float:
    if candidate is None or candidate.relevance is None:
        return 0.5
    return candidate.relevance


def confidence(status: Status, lead: Candidate | None, candidates: list[Candidate],
               veto_below: float) -> float:
    """0-1; `lead` is the clause the decision rests on, `candidates` all clauses found."""
    if status is Status.MISSING:
        if not candidates:
            return NO_MENTION
        top = max(_relevance(c) for c in candidates)
        return round(0.5 + 0.4 * max(0.0, 1.0 - top / veto_below), 2)
    r = _relevance(lead)
    if status is Status.MET:
        return round(0.55 + 0.4 * r, 2)
    return round(0.35 + 0.45 * r, 2)
