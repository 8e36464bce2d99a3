"""Per-level facts read across clauses: times per severity and level criteria.

Contracts give "P1: 30 minutes" in tables (the column header says whether a
time is a response or a resolution), in lists ("(a) Critical: 30 minutes")
and in prose ("Provider will respond to Severity 1 incidents within one
hour and restore service within four hours"). A time belongs to the item
whose keyword stands nearest before it in its sentence piece, so one sentence
can feed both response-times and resolution-times. Support plans appear as
table columns ("Standard | Premium | Enterprise") or table titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reviewer.analysis.facts import THRESHOLD, FactHit, durations
from reviewer.analysis.levels import find_levels, level_at_start, normalise_level
from reviewer.analysis.matching import Candidate, ClauseView, Hit, any_hit, find_hits
from reviewer.analysis.quantities import find_durations
from reviewer.analysis.sentences import sentence_at, split_sentences
from reviewer.analysis.vagueness import Hedge, VaguenessJudge
from reviewer.checklist.model import ChecklistItem, Terms

_PLAN = re.compile(
    r"\b(?:basic|standard|premium|premier|enterprise|professional|business|advanced|"
    r"gold|silver|bronze|platinum|developer|starter|essential|elite)\b(?:\s+(?:support|plan|tier))?"
    r"|基础版|标准版|专业版|企业版|旗舰版|尊享版|高级版|至尊版|白金版|金牌|银牌",
    re.IGNORECASE,
)
_CRITERIA_HEADER = re.compile(
    r"definition|description|criteria|impact|condition|example|meaning|scenario|"
    r"定义|描述|判定|标准|说明|影响|情形|场景|示例|特征", re.IGNORECASE,
)


@dataclass
class LevelTime:
    level: str | None
    minutes: float
    view: ClauseView
    text: str  # the duration as printed
    hedges: list[Hedge] = field(default_factory=list)
    plan: str | None = None
    business: bool = False

    @property
    def binding(self) -> bool:
        return not self.hedges


def _plan_name(text: str) -> str | None:
    m = _PLAN.search(text)
    return m.group(0).strip() if m else None


def _context_is_mine(item: ChecklistItem, competitors: list[Terms], context: str) -> bool | None:
    """True when the context names this item only, False when not, None when both."""
    mine = bool(any_hit(item.keywords, context) or any_hit(item.headings, context))
    theirs = any(any_hit(t, context) for t in competitors)
    if mine and theirs:
        return None
    return mine


# "three times during a calendar month": the period something is counted over.
_PERIOD_BEFORE = re.compile(r"\b(?:during|throughout)\s+(?:a|an|any|each|the|one)?\s*$|"
                            r"\b(?:in|over)\s+(?:any|each|a\s+given|any\s+given)\s*$", re.IGNORECASE)
# "within 15 days after the end of the month": a deadline counted from the end
# of a period (a credit claim, a report), not from the incident.
_FROM_PERIOD_END = re.compile(r"\s*(?:\(\w+\)\s*)?(?:after|following|of|from)\s+the\s+(?:end|close)\s+of\b",
                              re.IGNORECASE)


def _times(text: str, business_day: int) -> list[FactHit]:
    """Durations that can be a response or resolution time in `text`."""
    found = [d for d in durations(text, business_day)
             if _plausible(d.value) and not THRESHOLD.search(text[max(0, d.start - 16):d.start])
             and not _PERIOD_BEFORE.search(text[max(0, d.start - 24):d.start])
             and not _FROM_PERIOD_END.match(text[d.end:])]
    # "1 Business Day (12 Business Hours)": the bracket says how long it is.
    return [d for i, d in enumerate(found)
            if not (i + 1 < len(found) and re.fullmatch(r"\s*[(（]\s*", text[d.end:found[i + 1].start])
                    and re.match(r"\s*[)）]", text[found[i + 1].end:]))]


def _plausible(minutes: float) -> bool:
    """Response and resolution times run in minutes to weeks, not months or years."""
    return 0 < minutes <= 60 * 1440


# Chinese puts the verb after the time ("在4小时内恢复服务"): a keyword this
# close after a time governs it.
_RIGHT_AFTER = re.compile(r"^\s*(?:内|以内|之内)?\s*(?:予以|完成|进行|作出|给予)?\s*$")
# A keyword that is negated ("not resolved within 2 hours", "2小时内未恢复")
# states an escalation trigger, not a commitment.
_NEGATED_BEFORE = re.compile(r"(?:\bnot(?:\s+been)?|\bno|未能?|无法|没有|尚未)\s*$", re.IGNORECASE)
# A keyword followed by "after" marks the event a later deadline counts from
# ("恢复后3个工作日内提交报告"; "within 72 hours after the incident is resolved").
# "自响应起2小时仍未恢复" counts from the response ("起"), like "after".
_AFTER_EVENT = re.compile(r"^\s*(?:后|之后|以后|完成后|起|时起|之时起)")
_EVENT_BEFORE = re.compile(r"(?:\bafter|\bfollowing|\bof|\bupon|\bonce)\s+(?:the\s+)?(?:\w+\s+){0,5}$",
                           re.IGNORECASE)


_EVENT_JUST_BEFORE = re.compile(r"(?:后|之后|\bafter|\bfollowing)\s*$", re.IGNORECASE)


_CJK_VERB_AFTER = re.compile(r"^\s*(?:内|以内|之内)\s*[\u4e00-\u9fff]")


def _governing(text: str, start: int, end: int, mine: list[Hit], theirs: list[Hit]) -> str | None:
    """Whose time is the duration at text[start:end]: "mine", "theirs", "skip" or None."""
    tagged = [(h, "mine") for h in mine] + [(h, "theirs") for h in theirs]
    for h, owner in sorted(tagged, key=lambda t: t[0].start):
        if h.start >= end and _RIGHT_AFTER.match(text[end:h.start]) and h.start - end <= 8:
            return "skip" if _NEGATED_BEFORE.search(text[end:h.start]) or text[h.start - 1:h.start] == "未" \
                else owner
        if h.start >= end and h.start - end <= 8 and re.match(r"^\s*(?:内|以内)?\s*(?:未能?|无法|没有)\s*$",
                                                               text[end:h.start]):
            return "skip"
    # "4小时内到达现场": another verb right after the time owns it.
    if _CJK_VERB_AFTER.match(text[end:]) and not any(0 <= h.start - end <= 8 for h, _ in tagged):
        return "skip"
    before = [(h, o) for h, o in tagged if h.end <= start]
    if before:
        h, owner = max(before, key=lambda t: t[0].start)
        if _NEGATED_BEFORE.search(text[max(0, h.start - 12):h.start]) or _AFTER_EVENT.match(text[h.end:]):
            return "skip"
        return owner
    after = [(h, o) for h, o in tagged if h.start >= end and h.start - end <= 40]
    if after:
        h, owner = min(after, key=lambda t: t[0].start)
        if _EVENT_BEFORE.search(text[end:h.start]) or re.search(r"(?:后|之后)", text[end:h.start]):
            return "skip"
        return owner
    return None


def _row_times(item: ChecklistItem, competitors: list[Terms], view: ClauseView,
               judge: VaguenessJudge, business_day: int) -> list[LevelTime]:
    clause = view.clause
    cells = clause.cells or ()
    header = clause.table_header or ()
    # The first cell, then a numbered level column ("Severity | 1"), then the
    # second cell: "Severity: 1; Definition: Critical business impact..." is
    # Severity 1, not "Critical".
    level = (level_at_start(cells[0]) if cells else None) or _numbered_level(header, cells) \
        or next((lv for c in cells[1:2] if (lv := level_at_start(c))), None)
    out: list[LevelTime] = []
    row_plan = _plan_name(cells[0]) if cells else None
    level_cols = [j for j, h in enumerate(header) if j > 0 and level_at_start(h)]
    if level is None and row_plan and len(level_cols) >= 2 and (
        any_hit(item.keywords, view.context) or any_hit(item.headings, view.context)
    ) and not any(any_hit(t, view.context) for t in competitors):
        # Plans as rows, levels as columns: "Standard | Sev A: 1 hour | Sev B: 4 hours".
        for j in level_cols:
            found = _times(cells[j], business_day) if j < len(cells) else []
            if found:
                lv = level_at_start(header[j])
                out.append(LevelTime(lv, found[0].value, view, found[0].text,
                                     judge.hedges(f"{header[j]} {cells[j]}"), cells[0].strip(), found[0].business))
        return out
    title_plan = _plan_name(clause.table_title or "")
    if level is None and len(level_cols) >= 2 and cells and _names_only(item, competitors, cells[0]):
        return _time_kind_row(view, level_cols, judge, business_day, title_plan)
    item_cols: list[int] = []
    for j, h in enumerate(header):
        if any_hit(item.keywords, h) and not any(any_hit(t, h) for t in competitors):
            item_cols.append(j)
    plan_cols: list[int] = []
    row_mine = bool(cells) and any_hit(item.keywords, cells[0]) is not None \
        and not any(any_hit(t, cells[0]) for t in competitors)
    context_mine = _context_is_mine(item, competitors, view.context)
    if context_mine is None:  # the context names both: the table's own title decides
        context_mine = _context_is_mine(item, competitors, clause.table_title or "")
    plan_names: dict[int, str] = _plans_in_item_headers(item, header, item_cols)
    plan_cols = list(plan_names)
    item_cols = [j for j in item_cols if j not in plan_names]
    if not item_cols and not plan_cols and (row_mine or context_mine):
        plan_names = _plan_columns(header, cells, business_day)
        plan_cols = list(plan_names)
    for j in item_cols + plan_cols:
        if j >= len(cells):
            continue
        found = _times(cells[j], business_day)
        if not found:
            continue
        d = found[0]
        # A title that calls the times targets ("Target initial response
        # times") hedges every row: the times are recorded but not binding.
        hedges = judge.hedges(f"{header[j]} {cells[j]}") + _table_hedges(view, judge)
        plans: list[str | None] = [plan_names[j]] if j in plan_cols else [*_row_plans(header, cells)] or [title_plan]
        for plan in plans:
            out.append(LevelTime(level, d.value, view, d.text, hedges, plan, d.business))
    if level is not None and not item_cols and not plan_cols:
        out.extend(_labelled_cell_times(item, competitors, view, level, judge, business_day, title_plan))
    return out


# A column that names the support plan of each row: "服务等级 | 故障等级 | 远程响应"
# ("白金 | 一级 | 15分钟"), "Support plan | Priority | Response".
_PLAN_HEADER = re.compile(r"\b(?:(?:support|service)\s+)?(?:plan|tier|edition|package)s?\b|"
                          r"套餐|服务等级|服务级别|服务计划|支持计划|支持级别", re.IGNORECASE)


def _row_plans(header: tuple[str, ...], cells: tuple[str, ...]) -> list[str]:
    """The plans a row belongs to, from a plan column ("白金、金牌": both)."""
    for j in range(min(2, len(header), len(cells))):
        cell = cells[j].strip()
        if (_PLAN_HEADER.search(header[j]) and 0 < len(cell) <= 30
                and level_at_start(cell) is None and not durations(cell)):
            return [p.strip() for p in re.split(r"[、,，/]|\band\b|和|及", cell) if p.strip()]
    return []


def _table_hedges(view: ClauseView, judge: VaguenessJudge) -> list[Hedge]:
    """What hedges every row of a table: its title's vague wording, and a
    target or an effort named in the paragraph that introduces it ("the SLA
    targets are given in the table below"), and an effort in a sentence that
    cites it by label ("will use commercially reasonable efforts to meet the
    Response Times in Table E1")."""
    intro = [h for h in judge.hedges(view.intro) if h.category in ("target", "effort")] if view.intro else []
    # A sentence citing the table by label counts for its efforts only: "the
    # actual times against the targets in Table 1" (a report) hedges nothing.
    cited = [h for text in view.referrers for h in judge.hedges(text) if h.category == "effort"]
    return judge.hedges(view.clause.table_title or "") + intro + cited


def _plans_in_item_headers(item: ChecklistItem, header: tuple[str, ...], item_cols: list[int]) -> dict[int, str]:
    """Plans named in the item's own columns: "Basic Success: first response |
    Premier Success: first response" are two plans' response times."""
    if len(item_cols) < 2:
        return {}
    names: dict[int, str] = {}
    for j in item_cols:
        hits = find_hits(item.keywords, header[j])
        prefix = header[j][:min(h.start for h in hits)].strip(" :：-–—(（/") if hits else ""
        prefix = re.sub(r"\s*(?:first|initial|首次)$", "", prefix, flags=re.IGNORECASE).strip(" :：-–—")
        if not prefix or level_at_start(prefix) or len(prefix) > 40:
            return {}
        names[j] = prefix
    return names if len(set(names.values())) == len(names) else {}


def _time_kind_row(view: ClauseView, level_cols: list[int], judge: VaguenessJudge, business_day: int,
                   plan: str | None) -> list[LevelTime]:
    """Kinds of time as rows, levels as columns: "Acknowledgement | 8 hours |
    24 hours | 48 hours" under "Timeframe | Severity 1 | Severity 2 | ..."."""
    cells, header = view.clause.cells or (), view.clause.table_header or ()
    out: list[LevelTime] = []
    for j in level_cols:
        found = _times(cells[j], business_day) if j < len(cells) else []
        if found:
            hedges = judge.hedges(f"{cells[0]} {cells[j]}") + _table_hedges(view, judge)
            out.append(LevelTime(level_at_start(header[j]), found[0].value, view, found[0].text,
                                 hedges, plan, found[0].business))
    return out


def _names_only(item: ChecklistItem, competitors: list[Terms], text: str) -> bool:
    return any_hit(item.keywords, text) is not None and not any(any_hit(t, text) for t in competitors)


def _labelled_cell_times(item: ChecklistItem, competitors: list[Terms], view: ClauseView, level: str,
                         judge: VaguenessJudge, business_day: int, plan: str | None) -> list[LevelTime]:
    """Times a level's row states inside a descriptive cell under a header that
    names no item ("Support level: Initial response: within one hour. Ongoing
    communication: every hour. Resolution target: ... within four hours"): each
    sentence's time belongs to the item whose keyword governs it there."""
    out: list[LevelTime] = []
    title_hedges = _table_hedges(view, judge)
    for cell in view.clause.cells or ():
        if level_at_start(cell):
            continue
        for sentence in split_sentences(cell, semicolons=True):
            found = _times(sentence.text, business_day)
            mine = find_hits(item.keywords, sentence.text) if found else []
            if not mine:
                continue
            theirs = [h for t in competitors for h in find_hits(t, sentence.text)]
            for d in found:
                if _governing(sentence.text, d.start, d.end, mine, theirs) == "mine":
                    out.append(LevelTime(level, d.value, view, d.text, judge.hedges(sentence.text) + title_hedges,
                                         plan, d.business))
                    break
    return out


_NOT_OFFERED = re.compile(r"^\s*(?:n/?a|none|-+|—|not (?:available|included|offered)|不支持|不提供|无|/)\s*$",
                          re.IGNORECASE)


def _plan_columns(header: tuple[str, ...], cells: tuple[str, ...], business_day: int) -> dict[int, str]:
    """Which columns of a level's row are support plans, with each plan's name.

    Columns whose header is a known plan word ("Premium", "企业版") are plans.
    Vendors name plans freely ("Bootstrap", "Premier Success", "卓越级"), so a
    table whose row holds a time under at least two short headers that are
    neither levels nor descriptions ("Ticket Priority | Free | Bootstrap |
    Premium") has its plans in those columns too.
    """
    named = {j: p for j, h in enumerate(header) if (p := _plan_name(h))}
    structural = {
        j: " ".join(h.split()) for j, h in enumerate(header)
        if 0 < j < len(cells) and _plan_like(h)
        and (_times(cells[j], business_day) or _NOT_OFFERED.match(cells[j]))
    }
    timed = [j for j in structural if _times(cells[j], business_day)]
    if len(structural) >= 2 and timed and set(named) <= set(structural):
        # "Free | Bootstrap | Premium | Personalized": one known plan word
        # among freely named plans; the row's shape names them all.
        return {j: named.get(j, name) for j, name in structural.items()}
    return named


# A level column whose cells are bare numbers: "Ticket Priority | 1 | ...",
# "等级 | 1 | ...": the level is the header's word with the number.
_LEVEL_HEADER = re.compile(r"\b(priority|severity|sev|level)\b|(等级|级别|优先级)", re.IGNORECASE)
_BARE_LEVEL = re.compile(r"\s*([0-5]|[A-D]|I{1,3}|IV)\s*")
# "Incident level | 1: critical incident": a number with the level's name; the
# cell as printed is the level.
_DESCRIBED_LEVEL = re.compile(r"\s*(?:[0-5]|[A-D]|I{1,3}|IV)\s*[:：.\-–—]\s*[^\W\d][^;；。.]{0,40}")


def _numbered_level(header: tuple[str, ...], cells: tuple[str, ...]) -> str | None:
    for j in range(min(2, len(header), len(cells))):
        head = _LEVEL_HEADER.search(header[j])
        if not head:
            continue
        if bare := _BARE_LEVEL.fullmatch(cells[j]):
            word = head.group(1)
            return f"{word.capitalize()} {bare.group(1)}" if word else f"{bare.group(1)}级"
        if _DESCRIBED_LEVEL.fullmatch(cells[j]):
            return " ".join(cells[j].split())
    return None


def _plan_like(header: str) -> bool:
    text = header.strip()
    words = re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]", text)
    return (0 < len(words) <= 4 and not _CRITERIA_HEADER.search(text) and level_at_start(text) is None
            and not re.search(r"\d", text) and not _TIME_HEADER.search(text))


# Headers that name a kind of time, not a plan ("Target", "Hours", "时限").
_TIME_HEADER = re.compile(r"time|target|hour|minute|day|sla|coverage|window|status|"
                          r"时间|时限|时效|目标|覆盖|状态", re.IGNORECASE)


def _prose_times(item: ChecklistItem, competitors: list[Terms], view: ClauseView,
                 judge: VaguenessJudge, business_day: int) -> list[LevelTime]:
    out: list[LevelTime] = []
    clause_level = level_at_start(view.clause.text) or level_at_start(view.clause.heading or "")
    context_mine = bool(any_hit(item.keywords, view.context) or any_hit(item.headings, view.context))
    context_theirs = any(any_hit(t, view.context) for t in competitors)
    plan = _plan_name(view.context) or None
    for piece in view.pieces:
        found = _times(piece.text, business_day)
        if not found:
            continue
        mine = find_hits(item.keywords, piece.text)
        theirs = [h for t in competitors for h in find_hits(t, piece.text)]
        levels = find_levels(piece.text)
        sentence = sentence_at(view.sentences, piece.start)
        commits_from = judge.binding_from(sentence.text) if sentence else 0
        later = [d for d in found if sentence and piece.start + d.start - sentence.start >= commits_from]
        if commits_from and later:
            found = later  # the target before "in any event" is not the commitment
        for d in found:
            owner = _governing(piece.text, d.start, d.end, mine, theirs)
            if owner == "theirs" or owner == "skip":
                continue
            if owner is None and (theirs or not (context_mine and not context_theirs)
                                  or _EVENT_JUST_BEFORE.search(piece.text[:d.start])):
                continue
            level = _level_after(piece.text, d.end, levels)
            if level is None:
                level = next((lv for lv, s, _ in reversed(levels) if s < d.start), None)
            if level is None:
                level = levels[0][0] if levels else clause_level
            hedges = judge.hedges(sentence.text if sentence else piece.text)
            out.append(LevelTime(level, d.value, view, d.text, hedges, plan, d.business))
    return out


_FOR_LEVEL = re.compile(r"\s*(?:for|on|in respect of|of|in the case of)\s+(?:all\s+|any\s+|a\s+|an\s+|the\s+)?$",
                        re.IGNORECASE)


def _level_after(text: str, end: int, levels: list[tuple[str, int, int]]) -> str | None:
    """"within 4 hours for Sev 1": the level that follows its time."""
    for lv, s, _ in levels:
        if s >= end and s - end <= 24 and _FOR_LEVEL.fullmatch(text[end:s] + "") is not None:
            return lv
    return None


def level_times(item: ChecklistItem, competitors: list[Terms], candidates: list[Candidate],
                judge: VaguenessJudge, business_day: int) -> list[LevelTime]:
    """Every time the candidates give for the item, in document order."""
    out: list[LevelTime] = []
    for cand in sorted(candidates, key=lambda c: c.view.index):
        view = cand.view
        if view.clause.cells is not None and view.clause.table_header:
            out.extend(_row_times(item, competitors, view, judge, business_day))
        else:
            out.extend(_prose_times(item, competitors, view, judge, business_day))
    return out


@dataclass
class LevelSummary:
    """Times per level for one plan (or the only plan), contradictions noted."""

    levels: list[tuple[str, float]]
    times: list[LevelTime]
    contradictions: list[tuple[LevelTime, LevelTime]]
    printed: list[str] = field(default_factory=list)  # each level's time as printed


def summarise(times: list[LevelTime]) -> LevelSummary:
    first: dict[str, LevelTime] = {}
    order: list[str] = []
    contradictions: list[tuple[LevelTime, LevelTime]] = []
    for t in times:
        if t.level is None:
            continue
        key = normalise_level(t.level)
        if key not in first:
            first[key] = t
            order.append(key)
        elif (abs(first[key].minutes - t.minutes) > 0.01 and first[key].view.index != t.view.index
              and first[key].binding and t.binding):
            contradictions.append((first[key], t))
    levels = [(first[k].level or "", first[k].minutes) for k in order]
    return LevelSummary(levels, [t for t in times if t.level is not None] or times, contradictions,
                        [first[k].text for k in order])


_CUSTOMER_PLAN = re.compile(
    r"(?:customer|client|licensee|you)(?:'s)?\s+(?:has\s+)?(?:purchased|subscribed|ordered|selected|"
    r"elected|is entitled to|support plan|plan|subscription)[^.;]{0,60}|"
    r"(?:support\s+plan|support\s+tier|service\s+plan|plan\s+purchased|subscription)\s*[:：][^\n;]{0,40}|"
    r"(?:甲方|客户)(?:购买|选择|订购|开通)[^。；]{0,30}|(?:服务版本|支持版本|服务等级|套餐)\s*[:：为][^。；]{0,20}",
    re.IGNORECASE,
)


_PLAN_FIELD = re.compile(
    r"(?:support|service|subscription)?\s*(?:plan|tier|level)\b|服务版本|支持计划|技术支持计划|套餐|版本", re.IGNORECASE
)


def customer_plan(views: list[ClauseView], plans: list[str]) -> str | None:
    """The plan the contract names as the customer's, if any."""
    keys = {p.lower(): p for p in plans}
    for v in views:
        cells = v.clause.cells
        if cells and len(cells) >= 2 and _PLAN_FIELD.search(cells[0]):
            for low, orig in keys.items():
                if low.split()[0] in cells[1].lower():
                    return orig
        for m in _CUSTOMER_PLAN.finditer(v.text):
            for name in re.findall(_PLAN, m.group(0)):
                if name.lower() in keys:
                    return keys[name.lower()]
            for low, orig in keys.items():
                if low.split()[0] in m.group(0).lower():
                    return orig
    return None


def split_plans(times: list[LevelTime]) -> dict[str, list[LevelTime]]:
    plans: dict[str, list[LevelTime]] = {}
    for t in times:
        if t.plan:
            plans.setdefault(t.plan, []).append(t)
    return plans


def most_comprehensive(plans: dict[str, list[LevelTime]]) -> str:
    """The plan with the fastest top time, then the shortest times on average
    (ties: the later column, usually the top tier). Not the smallest sum: a
    plan with one time for everything ("1 business day") would beat one with
    "2 hours critical, 48 hours non-critical"."""
    def key(name: str) -> tuple[float, float]:
        minutes = [t.minutes for t in plans[name]]  # split_plans never leaves a plan empty
        return min(minutes), sum(minutes) / len(minutes)
    names = list(plans)
    return min(reversed(names), key=key)


# --------------------------------------------------------------- criteria


@dataclass
class LevelCriteria:
    level: str
    view: ClauseView
    has_criteria: bool


def _descriptive(text: str) -> bool:
    """Text that describes impact, not just a time ("30 minutes", "24x7")."""
    rest = text
    for d in find_durations(text):
        rest = rest.replace(d.text, " ")
    letters = re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]", rest)
    words = [w for w in letters if len(w) > 1 or "\u4e00" <= w <= "\u9fff"]
    return len(words) >= 4


_MEANS = re.compile(r"^\s*(?:\)|）)?\s*(?:[:：\-–—]|means\b|shall mean\b|is defined as\b|refers to\b|"
                    r"is\b|are\b|applies\b|是指|指|为|即|：)", re.IGNORECASE)


def level_criteria(views: list[ClauseView]) -> list[LevelCriteria]:
    """Levels named in the contract and whether each comes with criteria."""
    out: list[LevelCriteria] = []
    for v in views:
        c = v.clause
        if c.cells is not None:
            # The level names the row: it stands in the first cell ("P1 | ...",
            # or a number under a level header: "Severity | 1 | Critical business impact").
            header = c.table_header or ()
            level = (level_at_start(c.cells[0]) or _numbered_level(header, c.cells)) if c.cells else None
            if level is None:
                continue
            crit = any(
                j < len(header) and _CRITERIA_HEADER.search(header[j]) and _descriptive(cell)
                for j, cell in enumerate(c.cells)
            ) or any(_descriptive(cell) and not level_at_start(cell) for cell in c.cells[1:])
            out.append(LevelCriteria(level, v, crit))
            continue
        if c.defined_term and level_at_start(c.defined_term):
            out.append(LevelCriteria(level_at_start(c.defined_term) or "", v, _descriptive(c.text)))
            continue
        start_level = level_at_start(c.text) or (level_at_start(c.heading) if c.heading else None)
        if start_level and (c.heading is None or level_at_start(c.heading)):
            rest = c.text[len(start_level):] if c.text.lstrip().startswith(start_level) else c.text
            out.append(LevelCriteria(start_level, v, _descriptive(rest)))
        # "Severity 1 means ... Severity 2 means ...": every level one clause
        # defines, not only the one it starts with.
        for piece in v.pieces:
            for lv, _s, e in find_levels(piece.text):
                after = piece.text[e:]
                if lv != start_level and _MEANS.match(after) and _descriptive(after[:200]):
                    out.append(LevelCriteria(lv, v, True))
    return out
