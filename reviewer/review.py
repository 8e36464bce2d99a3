"""The Review: frozen results of judging one contract against one checklist.

A `Finding` per checklist item says met / vague / missing, with the clauses it
relied on (`Evidence`), the facts it extracted and the reasons, each reason
in English and Chinese so the output language can follow the user rather
than the contract. The reviewer's corrections live beside it in
`reviewer.annotations.Annotations`, never inside it: the tool's own decision
always stays visible.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from reviewer.bilingual import Text as Text  # its home; imported from here too
from reviewer.clause import Clause
from reviewer.document import Location


class Status(StrEnum):
    MET = "met"
    VAGUE = "vague"
    MISSING = "missing"

    @property
    def credit(self) -> float:
        """Share of an item's weight the status earns in the score."""
        return {Status.MET: 1.0, Status.VAGUE: 0.5, Status.MISSING: 0.0}[self]

    @property
    def rank(self) -> int:
        """The one status order, worst first: missing 0 < vague 1 < met 2."""
        return {Status.MET: 2, Status.VAGUE: 1, Status.MISSING: 0}[self]


@dataclass(frozen=True)
class Evidence:
    """A clause a finding relied on, quoted as the contract prints it."""

    text: str
    clause_index: int | None
    clause_number: str | None
    location: Location = field(default_factory=Location)

    @property
    def page(self) -> int | None:
        return self.location.page


@dataclass(frozen=True)
class Deviation:
    """A value that misses the checklist's policy threshold."""

    fact: str
    value: float
    limit: float
    message: Text


@dataclass(frozen=True)
class Finding:
    item_id: str
    section: str
    status: Status
    evidence: tuple[Evidence, ...] = ()
    reasons: tuple[Text, ...] = ()
    facts: Mapping[str, Any] = field(default_factory=dict)
    deviations: tuple[Deviation, ...] = ()
    # How sure the tool is of the status, 0-1 (None: not computed, e.g. an old
    # review file). From the relevance model's score of the deciding clause and
    # the kind of rule that decided; reviewers check the least sure first.
    confidence: float | None = None


@dataclass(frozen=True)
class DocumentInfo:
    path: str
    format: str
    pages: int | None
    language: str
    sha256: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Review:
    document: DocumentInfo
    checklist_id: str
    checklist_version: str
    findings: tuple[Finding, ...]
    score: float
    clauses: tuple[Clause, ...] = ()
    section_scores: Mapping[str, float] = field(default_factory=dict)

    def finding(self, item_id: str) -> Finding:
        for f in self.findings:
            if f.item_id == item_id:
                return f
        raise KeyError(item_id)

    def counts(self) -> dict[Status, int]:
        out = {s: 0 for s in Status}
        for f in self.findings:
            out[f.status] += 1
        return out
