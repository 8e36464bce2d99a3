"""What the judges share for one contract: clause views, definitions, business-day length."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reviewer.analysis import matching
from reviewer.analysis.matching import ClauseView
from reviewer.analysis.quantities import BUSINESS_DAY_MINUTES, find_durations, find_time_ranges
from reviewer.checklist.model import Checklist, Terms
from reviewer.clause import Clause, ClauseKind
from reviewer.review import Evidence

# How much of a lead-in's list its evidence shows (`ReviewContext.list_items`).
LIST_CHARS = 1200
# How many clauses back a list item's lead-in is looked for (`lead_in`): lists longer than
# this are rare, and `list_items` stops at LIST_CHARS characters of items anyway.
LEAD_IN_LOOKBACK = 40


@dataclass
class ReviewContext:
    checklist: Checklist
    views: list[ClauseView]
    definitions: dict[str, ClauseView] = field(default_factory=dict)
    business_day: int = BUSINESS_DAY_MINUTES
    # keywords of the items judged by per-level times, so each can tell its
    # times from the others' ("respond within 1 h and resolve within 4 h")
    level_keywords: dict[str, Terms] = field(default_factory=dict)
    # Every term the contract gives a meaning to (compared by _term_key): its
    # definitions, and terms stated without a definition clause ("Business
    # hours are 9:00 to 18:00, Monday to Friday", '("Business Days")').
    defined_terms: set[str] = field(default_factory=set)
    # The clauses as the contract prints them, when the views read them otherwise (a
    # contract in traditional characters, `traditional.TraditionalReading`): evidence
    # quotes these.
    printed: tuple[Clause, ...] | None = None

    @classmethod
    def build(cls, checklist: Checklist, views: list[ClauseView],
              printed: tuple[Clause, ...] | None = None) -> ReviewContext:
        ctx = cls(checklist, views, printed=printed)
        for v in views:
            term = v.clause.defined_term
            if v.clause.kind is ClauseKind.DEFINITION and term and len(term) >= 2:
                ctx.definitions.setdefault(term, v)
        ctx.business_day = _business_day_length(views)
        ctx.defined_terms = {_term_key(t) for t in ctx.definitions} | _informally_defined(views)
        for item in checklist.items:
            if any("level-durations" in r.facts for r in item.requirements):
                ctx.level_keywords[item.id] = item.keywords
        return ctx

    def is_defined(self, term: str) -> bool:
        """Whether the contract says what `term` means ("Business Hours", "工作时间")."""
        return _term_key(term) in self.defined_terms

    def caption(self, view: ClauseView) -> str | None:
        """A table row's caption when its table has no title: the heading right over the table
        ("Target Initial Response Times" then the rows), which names what the rows give as a
        title would (the views read it as the rows' intro too)."""
        c = view.clause
        if c.cells is None or c.table_title or c.parent is None or not 0 <= c.parent < len(self.views):
            return None
        parent = self.views[c.parent].clause
        if parent.kind is not ClauseKind.HEADING or not parent.heading or parent.index != c.parent:
            return None
        first = c.parent + 1  # the table must start right under the heading
        if first >= len(self.views) or self.views[first].clause.cells is None \
                or matching.table_key(self.views[first].clause) != matching.table_key(c):
            return None
        return parent.heading

    def linked_definitions(self, view: ClauseView) -> list[ClauseView]:
        """Definitions of terms the clause uses ("Business Hours" defined in 1.4)."""
        out = []
        for term, d in self.definitions.items():
            if d is view:
                continue
            flags = 0 if re.search(r"[A-Z]", term) else re.IGNORECASE
            if re.search(r"(?<![\w])" + re.escape(term) + r"(?![\w])", view.text, flags) or (
                re.search(r"[\u4e00-\u9fff]", term) and term in view.text
            ):
                out.append(d)
        return out

    def list_items(self, view: ClauseView) -> list[ClauseView]:
        """The items of the list a lead-in ending in a colon introduces, which a reader of the
        lead-in needs ("由以下原因引起的服务不可用，不计入服务不可用时间：" says nothing
        without them): the clauses under it, or, where the numbering left them beside it, the
        clauses after it at its level up to the first that does not end in a semicolon (the
        list's last). At most LIST_CHARS characters of items."""
        c = view.clause
        if c.cells is not None or c.kind is ClauseKind.HEADING or not c.text.rstrip().endswith((":", "：")):
            return []
        items: list[ClauseView] = []
        size = 0
        for v in self.views[c.index + 1:]:
            item = v.clause
            child = item.parent == c.index
            if (not child and (item.parent != c.parent or item.level != c.level)) or item.cells is not None \
                    or item.kind is ClauseKind.HEADING or size + len(item.text) > LIST_CHARS:
                break
            items.append(v)
            size += len(item.text)
            if not child and not item.text.rstrip().endswith((";", "；")):
                break
        return items

    def lead_in(self, view: ClauseView) -> ClauseView | None:
        """The colon-ended lead-in whose list (`list_items`) holds `view`, if any: the reverse
        of `list_items` ("下列情形不视为停机时间：" over "计划维护窗口（提前24小时通知）。")."""
        i = view.clause.index
        for v in reversed(self.views[max(0, i - LEAD_IN_LOOKBACK):i]):
            if v.clause.text.rstrip().endswith((":", "：")) and any(x is view for x in self.list_items(v)):
                return v
        return None

    def _printed(self, clause: Clause) -> Clause:
        return clause if self.printed is None else self.printed[clause.index]

    def evidence(self, view: ClauseView) -> Evidence:
        c = self._printed(view.clause)
        caption = self.caption(view)
        if caption is not None and self.printed is not None and c.parent is not None:
            caption = self.printed[c.parent].heading  # the same heading, as printed
        title = c.table_title or caption
        text = c.full_text if c.cells is None else (
            f"{title + ': ' if title else ''}{c.text}"
        )
        items = self.list_items(view)
        if items:
            text = " ".join([text, *(self._printed(v.clause).full_text for v in items)])
        return Evidence(text=text, clause_index=c.index, clause_number=view.cite,
                        location=c.location)


# "Business Day: a ten-hour period ...", "“工作日”是指...", "每个工作日按8小时计算",
# "1个工作日按8个工作小时计", "一个“工作日”按8个工作小时计算"
_DAY_DEFINITION = re.compile(
    r"(?:business\s+day|working\s+day|工作日)[”\"']?\s*(?:means|shall mean|is defined as|refers to|[:：]|是指|指)"
    r"|(?:每|一|1)\s*个?[“\"]?工作日[”\"]?\s*(?:按|为|计|折合)"
    r"|\b(?:business|working)\s+days?\s+(?:is|equals|counts? as|shall be|consists? of|(?:runs?|lasts?|spans?)\s+from)\b"
    r"|(?:\d+|eight|nine|ten|eleven|twelve)[- ]hours?\s+(?:business|working)\s+day",
    re.IGNORECASE,
)
# The part of `_DAY_DEFINITION` every English branch holds (the same syntax, ignoring case).
_BUSINESS_DAY = re.compile(r"(?:business|working)\s+day", re.IGNORECASE)
# A definition ends at a semicolon: "“工作日”指法定工作日；“工作时间”指9:30至18:30"
# defines which days are working days, and the hours belong to the next term.
_DEFINITION_END = re.compile(r"[;；]")
# Nor do hours given for another term after the day's definition: "工作日：指法定
# 工作日，工作时间为9:00至18:00" says which days count and, separately, the
# business hours; the day still counts 480 minutes. "“工作日”指法定工作日的9:00至
# 18:00" and "a business day means 8:00 a.m. to 5:00 p.m." define its length.
_NEXT_TERM = re.compile(r"[“\"]?(?:工作时间|工作小时|服务时间|支持时间|business\s+hours?|support\s+hours?)[”\"]?\s*"
                        r"(?:为|是|指|是指|按|means|shall mean|are|is|[:：])", re.IGNORECASE)


def _business_day_length(views: list[ClauseView]) -> int:
    """480 minutes unless the contract defines a business day's length.

    The length comes from a sentence that defines the business day, stated in
    hours ("a ten-hour period", "每个工作日按8小时计算") or as clock times
    ("08:00 to 18:00"; "8:30-12:00、13:30-18:00" adds up to 8 hours). A length
    stated in hours anywhere wins over one added up from clock times: "1个工作日
    按8个工作小时计" settles what a 9:30-18:30 working day with a lunch break
    counts.
    """
    from_ranges: int | None = None
    for v in views:
        if v.clause.cells is not None:
            continue
        for sentence in v.sentences:
            text = sentence.text
            # Every branch of the pattern holds "工作日" or "business day" / "working day"
            # (any case, any space): a sentence without either is skipped, first by a
            # substring test in C (the pattern's leading "\d+" branch otherwise tries
            # every digit of a long contract).
            if "工作日" not in text and ("day" not in text.lower() or _BUSINESS_DAY.search(text) is None):
                continue
            for m in _DAY_DEFINITION.finditer(text):
                end = _DEFINITION_END.search(text, m.end())
                rest = text[m.start():end.start() if end else len(text)]
                other = _NEXT_TERM.search(rest, m.end() - m.start())
                rest = rest[:other.start()] if other else rest
                for d in find_durations(rest):
                    if d.unit == "hour" and 4 <= d.minutes / 60 <= 12:
                        return int(d.minutes)
                ranges = find_time_ranges(rest)
                total = sum(r[0] for r in ranges)
                if from_ranges is None and ranges and 4 * 60 <= total <= 12 * 60:
                    from_ranges = total
    return from_ranges if from_ranges is not None else BUSINESS_DAY_MINUTES


def _term_key(term: str) -> str:
    """"Business Days" and "business day" are one term; so are 工作小时 and 工作时间."""
    low = " ".join(term.lower().split())
    low = low[:-1] if low.endswith("s") and low.isascii() else low
    return _SYNONYMS.get(low, low)


# Names of one calendar term: a contract defining 工作小时 has said what its
# 工作时间 are.
_SYNONYMS = {"工作小时": "工作时间", "营业时间": "工作时间"}


_CALENDAR_TERM = re.compile(r"\b(?:business|working|support)\s+(?:hours?|days?)\b|工作时间|工作小时|营业时间|工作日",
                            re.IGNORECASE)
_WEEKDAYS = re.compile(
    r"\b(?:mon(?:day)?)\s*(?:-|–|to|through)\s*(?:fri(?:day)?)\b|(?:周|星期)一\s*(?:至|到|-|～|~)\s*(?:周|星期)?五",
    re.IGNORECASE,
)
_ALL_CALENDAR_TERMS = {"business hour", "business day", "working hour", "working day", "support hour", "support day",
                        "工作时间", "工作日"}
_PARENTHETICAL = re.compile(r"[(（]\s*[\"“]([^\"”]{2,40})[\"”]\s*[)）]")


def _has_weekdays(text: str) -> bool:
    """``_WEEKDAYS.search(text)``: every match holds "mon" in some case (no other
    character matches m, o or n ignoring case) or "一"; most sentences have
    neither and are told without running the pattern at each position."""
    return ("一" in text or "mon" in text.lower()) and _WEEKDAYS.search(text) is not None


def _informally_defined(views: list[ClauseView]) -> set[str]:
    """Calendar terms stated with their hours or days in the same sentence
    ("Business hours are 9:00 to 18:00, Monday to Friday"; "其他问题在工作日
    9:00至18:00受理"), and terms a parenthesis defines ("... holidays
    (\"Business Days\")"). A reviewer knows what such a term means."""
    out: set[str] = set()
    for v in views:
        for sentence in v.sentences:
            text = sentence.text
            for m in _PARENTHETICAL.finditer(text):
                out.add(_term_key(m.group(1)))
            clock = bool(find_time_ranges(text))
            weekdays = _has_weekdays(text)
            if clock and weekdays:
                # "Monday to Friday, 6:00 AM to 6:00 PM Pacific" (often a footnote
                # to "business hours*") is what the calendar terms mean.
                out.update(_ALL_CALENDAR_TERMS)
            elif clock or weekdays:
                # Hours need the clock times; days are told by the weekdays too.
                out.update(_term_key(t) for t in _CALENDAR_TERM.findall(text)
                           if clock or re.search(r"day|日", t, re.IGNORECASE))
    return out
