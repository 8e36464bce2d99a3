"""Checklist types: what a checklist file (checklists/*.yaml) holds once loaded.

The analysis reads only these types, never raw YAML. See docs/checklists.md
for the file format. Patterns are kept per language ("en", "zh"); a term is a
plain phrase (matched case-insensitively; English phrases on word boundaries)
unless written as ``/regex/``, in which case it is a Python regex (compiled
with re.IGNORECASE).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from reviewer.bilingual import Text
from reviewer.checklist.key_facts import KeyFact
from reviewer.checklist.positions import Positions

LANGUAGES = ("en", "zh")

# Every dataclass here has a docstring: `dataclass()` otherwise writes one from
# `inspect.signature` (~0.5 M instructions a class, in every process that loads
# a checklist).


@dataclass(frozen=True)
class Terms:
    """A list of phrases/regexes per language, compiled once at load time."""

    en: tuple[str, ...] = ()
    zh: tuple[str, ...] = ()
    compiled_en: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    compiled_zh: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)

    def patterns(self, lang: str | None = None) -> tuple[re.Pattern[str], ...]:
        """Compiled patterns for one language, or for both when lang is None.

        Contracts mix languages (English product names in Chinese text,
        Chinese glosses in English ones), so analysis usually asks for both.
        """
        if lang == "en":
            return self.compiled_en
        if lang == "zh":
            return self.compiled_zh
        return self.compiled_en + self.compiled_zh

    def __bool__(self) -> bool:
        return bool(self.en or self.zh)


@dataclass(frozen=True)
class Requirement:
    """What a clause must state for the item to be met.

    ``facts``: names of built-in fact extractors that must all find something
    in the binding part of the clause (e.g. "duration", "percent",
    "availability-period", "months", "region", "certification",
    "encryption-standard", "channel", "frequency", "platform",
    "severity-criteria", "level-durations"). ``patterns``: at least one must
    match in the clause (plain phrases or regexes, per language). A
    requirement with both needs both.
    """

    facts: tuple[str, ...] = ()
    patterns: Terms = field(default_factory=Terms)
    min_count: int = 1  # e.g. two distinct channels or platforms
    # A sentence whose patterns meet the requirement on their own is not hedged
    # by the item's own vague words: "主流浏览器（Chrome、Edge、Firefox）" names the
    # platforms. (Not for items whose vague words qualify the named thing:
    # "aligned with ISO 27001" names a standard that is not held.)
    named_outweighs_vague: bool = False
    # Wording that, anywhere in the clause, leaves this alternative unmet there:
    # support-scope's help for the customer's side offered only as a hedge
    # ("Support does not cover Customer's own code, for which we will give
    # reasonable guidance", "超出支持范围的问题，乙方将尽力提供协助"). The item asks
    # what is offered beyond the boundary; a hedged offer makes it vague.
    unmet_alongside: Terms = field(default_factory=Terms)


@dataclass(frozen=True)
class Policy:
    """A threshold a value should meet; missing it is a deviation, not a status."""

    fact: str  # e.g. "top-response-minutes", "percent", "months", "hours"
    max: float | None = None
    min: float | None = None
    message: Text | None = None


@dataclass(frozen=True)
class ChecklistItem:
    """One thing a contract is judged on: how its clauses are found and judged."""

    id: str
    section: str
    title: Text
    description: Text
    question: Text
    weight: float = 1.0
    # Finding the clauses that address the item.
    keywords: Terms = field(default_factory=Terms)  # any one addresses the item
    context: Terms = field(default_factory=Terms)  # only counts with a keyword
    headings: Terms = field(default_factory=Terms)  # in heading/parent/table header
    exclude: Terms = field(default_factory=Terms)  # clause is about something else
    # Wording so plainly about something else that the exclude list holds
    # however sure the relevance model is ("questions about this Policy" for
    # support channels). Empty: the model decides (KEEP_EXCLUDED_ABOVE).
    exclude_always: Terms = field(default_factory=Terms)
    # What a keyword clause must also name, in its text, context or table
    # title, to address the item: an e-mail address given "to delete your
    # account" is no support channel. Empty: no such condition.
    purpose: Terms = field(default_factory=Terms)
    # A list item whose lead-in names these is about something else: a
    # suspension listed under "Downtime does not include:" is an SLA
    # exclusion, not the vendor's right to suspend. Empty: no such condition.
    exclude_lead_in: Terms = field(default_factory=Terms)
    # Wording that by itself shows a keyword clause addresses the item: a pointer
    # to where the item is set out ("赔偿标准以《…服务等级协议》为准", "are those set
    # out in the Order Form"), an availability promise with its exclusions ("available
    # 24x7, except for planned maintenance"). Over one of the clause's keyword hits
    # it keeps the clause whatever the relevance model says, as a denial does.
    # Empty: no such wording.
    addressed_by: Terms = field(default_factory=Terms)
    # Judging it.
    requirements: tuple[Requirement, ...] = ()  # any one satisfied => met
    vague: Terms = field(default_factory=Terms)  # item-specific vague wording
    # Shared vague categories that do not apply to this item: a clock rule is
    # binding even where the times it measures are targets.
    ignore_vague: tuple[str, ...] = ()
    # Wording in which a shared hedge qualifies something beside the item, not the
    # item: a hedge inside it does not count. For proactive-notice, when maintenance
    # is done ("原则上安排在22:00至次日6:00", "will try to schedule it outside business
    # hours"), not whether it is announced. Empty: every hedge counts.
    vague_exempt: Terms = field(default_factory=Terms)
    negation: Terms = field(default_factory=Terms)  # "does not offer credits"
    # Wording that, in any clause addressing the item and not negated there,
    # outweighs a clause that meets it: a broad grant elsewhere ("may use
    # Customer Data to develop and improve its products") undoes a limit
    # ("only to provide the Services").
    overridden_by: Terms = field(default_factory=Terms)
    # Wording that, after such a grant in the same clause, answers it: "以乙方
    # 监控系统记录为依据。甲方对统计结果有异议的，可提供其自身的访问日志" leaves the
    # customer its own records, so the grant no longer outweighs.
    override_answered_by: Terms = field(default_factory=Terms)
    # Wording that, in the clause that meets the item, keeps it met whatever
    # grant elsewhere: data stored "in the region Customer selects" stays
    # there though traffic "may be processed in any country where ...".
    override_kept_by: Terms = field(default_factory=Terms)
    # A weaker grant: wording that outweighs a met clause as `overridden_by`
    # does, except a clause holding `weak_override_kept_by` wording. A right to
    # change the functions "as the vendor's plans require" undoes a notice of an
    # upgrade's downtime, not a notice period for breaking changes themselves.
    weak_overridden_by: Terms = field(default_factory=Terms)
    weak_override_kept_by: Terms = field(default_factory=Terms)
    # A definition of another term can address the item: the measurement basis
    # sits in the definition of an outage ("... as measured by X's server logs").
    in_definitions: bool = False
    policies: tuple[Policy, ...] = ()
    facts: tuple[str, ...] = ()  # fact keys the item reports (for docs/exports)
    line: int | None = None  # where the item starts in its file
    positions: Positions | None = None  # negotiation positions (checklist/positions.py)
    key_fact: KeyFact | None = None  # what comparisons show (checklist/key_facts.py)


@dataclass(frozen=True)
class Section:
    """A weighted group of items."""

    id: str
    title: Text
    weight: float
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class ScorecardDimension:
    """One weighted part of a scorecard: the checklist items (by id) it averages."""

    id: str
    title: Text
    weight: float
    items: tuple[str, ...]


@dataclass(frozen=True)
class Scorecard:
    """A named weighting over the checklist's items (see docs/scorecards.md)."""

    id: str
    title: Text
    dimensions: tuple[ScorecardDimension, ...]

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(i for d in self.dimensions for i in d.items)


@dataclass(frozen=True)
class Checklist:
    """A checklist file as loaded: its sections, shared vague wording and scorecards."""

    id: str
    version: str
    title: Text
    sections: tuple[Section, ...]
    # Shared vague wording, by category ("hedge", "discretion", "target", ...).
    vague: Mapping[str, Terms] = field(default_factory=lambda: MappingProxyType({}))
    path: str = ""
    scorecards: tuple[Scorecard, ...] = ()  # named weightings, in file order

    @property
    def items(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for s in self.sections for item in s.items)

    def item(self, item_id: str) -> ChecklistItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)
