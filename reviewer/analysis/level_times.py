"""Per-level facts read across clauses: times per severity and level criteria.

Contracts give "P1: 30 minutes" in tables (the column header says whether a
time is a response or a resolution), in lists ("(a) Critical: 30 minutes")
and in prose ("Provider will respond to Severity 1 incidents within one
hour and restore service within four hours"). A time belongs to the item
whose keyword stands nearest before it in its sentence piece, so one sentence
can feed both response-times and resolution-times. Support plans appear as
table columns ("Standard | Premium | Enterprise") or table titles. Table rows
are read in `level_rows`, the common part is `level_durations`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from reviewer.analysis.facts import FactHit
from reviewer.analysis.level_durations import (
    EVENT_JUST_BEFORE,
    PLAN,
    LevelTime,
    governing,
    plan_name,
    times,
)
from reviewer.analysis.level_rows import named_level, numbered_level, row_times
from reviewer.analysis.levels import (
    bracketed_levels,
    channels_in,
    find_levels,
    heading_level,
    joined_before,
    level_at_start,
    level_before,
    normalise_level,
    periods_in,
)
from reviewer.analysis.matching import (
    CRITERIA_HEADER,
    Candidate,
    ClauseView,
    any_hit,
    find_hits,
    introduced_rows,
    table_rows,
)
from reviewer.analysis.quantities import find_durations
from reviewer.analysis.sentences import Sentence, sentence_at
from reviewer.analysis.vagueness import Hedge, VaguenessJudge, cast_hedges
from reviewer.checklist.model import ChecklistItem, Terms
from reviewer.clause import ClauseKind


def _prose_times(item: ChecklistItem, competitors: list[Terms], view: ClauseView,
                 judge: VaguenessJudge, business_day: int) -> list[LevelTime]:
    out: list[LevelTime] = []
    # The clause's own heading names its level before its text does: "Severity 2 (High) - Major
    # functionality impaired. Response: 4 hours." is Severity 2's, not a level "Major".
    clause_level = level_at_start(view.clause.heading or "") or level_at_start(view.clause.text)
    context_mine = bool(any_hit(item.keywords, view.context) or any_hit(item.headings, view.context))
    context_theirs = any(any_hit(t, view.context) for t in competitors)
    plan = plan_name(view.context) or None
    lead_plans = _lead_plans(view)
    cast_back = cast_hedges(judge, view)
    # Times with no level: (index in out, the channel and the time of day near it).
    by_channel: list[tuple[int, str | None, str | None]] = []
    owned_in: Sentence | None = None  # the sentence whose last timed piece was this item's
    for piece in view.pieces:
        found = times(piece.text, business_day)
        if not found:
            continue
        plans = _prose_plans(piece.text, found)
        mine = find_hits(item.keywords, piece.text)
        theirs = [h for t in competitors for h in find_hits(t, piece.text)]
        levels = find_levels(piece.text)
        sentence = sentence_at(view.sentences, piece.start)
        commits_from = judge.binding_from(sentence.text) if sentence else 0
        later = [d for d in found if sentence and piece.start + d.start - sentence.start >= commits_from]
        if commits_from and later:
            found = later  # the target before "in any event" is not the commitment
        # "Critical issues get a response within 2 hours; non-critical issues within
        # 48 hours": a piece after a semicolon that names levels and times but no verb of
        # either item goes on with the sentence's previous piece, whose item it keeps.
        # So does one that opens with a plan ("Response time: Business: 1 hour; Enterprise: 15 minutes").
        elided = owned_in is not None and owned_in is sentence and not mine and not theirs \
            and (bool(levels) or any(start == piece.start for start, _ in lead_plans))
        owned_in = None
        for k, d in enumerate(found):
            owner = governing(piece.text, d.start, d.end, mine, theirs)
            if owner is None and elided:
                owner = "mine"
            if owner == "mine":
                owned_in = sentence
            if owner == "theirs" or owner == "skip":
                continue
            if owner is None and (theirs or not (context_mine and not context_theirs)
                                  or EVENT_JUST_BEFORE.search(piece.text[:d.start])):
                continue
            level = _level_after(piece.text, d.end, levels)
            if level is None:
                level = level_before(levels, d.start)
            if level is None:
                level = levels[0][0] if levels else clause_level
            if level is None:
                by_channel.append((len(out), *_names_near(piece.text, found, k)))
            said = sentence.text if sentence else piece.text
            hedges = judge.hedges(said)
            at = piece.start + d.start - (sentence.start if sentence else piece.start)
            if hedges and (cut := judge.hedged_next_action(said)) is not None and at < cut:
                hedges = []  # "15分钟内响应，并尽快排除故障": the hedge is the next action's
            hedges = _not_the_others(said, at, hedges, item, competitors)
            named, hedges = _time_plans(plans.get(d.start) or [_plan_at(lead_plans, piece.start + d.start) or plan],
                                        sentence, piece, at, hedges, cast_back)
            for name in named:
                out.append(LevelTime(level, d.value, view, d.text, list(hedges), name, d.business))
    _levels_by_name(out, by_channel)
    return out


# A sentence that opens with a plan as its label gives that plan's times, up to the next
# such sentence of the clause: "Premium: 1 hour for Critical ... Standard: 4 hours for
# Critical ...", "For Enterprise customers, we respond ...", "企业版客户：紧急故障30分钟内响应",
# a clause headed "Standard Plan". A comma ends the label only after "for"/"对于" ("Basic,
# Standard and Premium plans receive ..." names three plans, no label).
_PLAN_NAMED = (r"(?:(?i:" + PLAN.pattern + r")|[A-Z][A-Za-z0-9]*\+?(?:\s+[A-Z][A-Za-z0-9]*\+?)?"
               r"(?=\s+(?i:plan|tier|edition|package|subscription)\b))")
_PLAN_SUFFIX = (r"(?:\s+(?i:plan|tier|edition|package|subscription|support))?"
                r"(?:\s+(?i:customers?|subscribers?|accounts?|users?|clients?|licensees?|tickets?|requests?))?"
                r"(?:客户|用户|套餐|服务)?")
_LEAD_PLAN = re.compile(
    r"\s*(?:[(（]?(?:[0-9]{1,2}|[a-z]|[ivx]{1,3})[.)）、]\s*)?(?:"
    r"(?:(?i:for|under|on|with)\s+(?:(?i:the|our|all)\s+)?|对于|针对|对)(?P<pre>" + _PLAN_NAMED + r")" + _PLAN_SUFFIX
    + r"\s*[:：,，\-–—]"
    r"|(?P<name>" + _PLAN_NAMED + r")" + _PLAN_SUFFIX + r"\s*(?:[:：\-–—]|$))"
)


def _lead_plans(view: ClauseView) -> list[tuple[int, str]]:
    """Where each plan label of the clause starts (its sentence's start, or 0 for
    the clause's own heading), with the plan it names."""
    out: list[tuple[int, str]] = []
    heading = view.clause.heading
    if heading and (m := _LEAD_PLAN.match(heading)) and len(heading.split()) <= 5:
        out.append((0, (m.group("pre") or m.group("name")).strip()))
    # Sentences, and pieces after semicolons: "Response time: Business: 1 hour; Enterprise: 15 minutes".
    starts = {s.start: s.text for s in view.sentences} | {p.start: p.text for p in view.pieces}
    for start in sorted(starts):
        text = starts[start]
        m = _LEAD_PLAN.match(text)
        if m is None and (label := _LEAD_LABEL.match(text)):
            m = _LEAD_PLAN.match(text, label.end())
        if m and not (out and out[-1][0] == start):
            name = (m.group("pre") or m.group("name")).strip()
            if level_at_start(name) is None:
                out.append((start, name))
    return out


# What a sentence's times are, before its first plan: "Response time: Business: 1 hour".
_LEAD_LABEL = re.compile(r"[^:：;；,，.。]{1,30}[:：]\s*")


def _plan_at(lead_plans: list[tuple[int, str]], at: int) -> str | None:
    return next((name for start, name in reversed(lead_plans) if start <= at), None)


def _names_near(text: str, found: list[FactHit], k: int) -> tuple[str | None, str | None]:
    """The channel and the time of day the k-th time of a sentence piece is for."""
    return (_channel_near(channels_in(text), found, k, len(text)),
            _channel_near(periods_in(text), found, k, len(text)))


def _levels_by_name(out: list[LevelTime], by_channel: list[tuple[int, str | None, str | None]]) -> None:
    """"在线咨询一般在5分钟内接入；工单…一般于2小时内首次答复": times per channel, not
    per severity; the channels are the levels. One channel says nothing of levels.
    Else "工作时间内30分钟内响应，非工作时间2小时内响应": times by the time of day,
    whose names are the levels, as printed."""
    for names in ([(i, ch) for i, ch, _ in by_channel], [(i, period) for i, _, period in by_channel]):
        if len({name for _, name in names if name}) >= 2:
            for i, name in names:
                out[i].level = name
            return


_PART_END = re.compile(r"[，,；;]")


def _not_the_others(said: str, at: int, hedges: list[Hedge], item: ChecklistItem,
                    competitors: list[Terms]) -> list[Hedge]:
    """The hedges of a time at `at` in `said`, less those that stand only in
    another part of the sentence, one about another item: "15分钟内响应，原则上在4小时内
    恢复服务", "2小时内响应，尽快提供解决方案" hedge the restoration, not the response."""
    if not hedges:
        return hedges
    bounds = [0, *(m.end() for m in _PART_END.finditer(said)), len(said) + 1]
    parts = [(a, b) for a, b in pairwise(bounds) if b > a]
    theirs_only = [(a, b) for a, b in parts if not a <= at < b
                   and any(any_hit(t, said[a:b]) for t in competitors) and not any_hit(item.keywords, said[a:b])]
    if not theirs_only:
        return hedges

    def elsewhere(word: str) -> bool:
        spots = [m.start() for m in re.finditer(re.escape(word), said)]
        return not spots or any(not any(a <= p < b for a, b in theirs_only) for p in spots)

    return [h for h in hedges if elsewhere(h.word)]


def _channel_near(named: list[tuple[str, int, int]], found: list[FactHit], k: int, length: int) -> str | None:
    """The channel a time of a sentence piece is for (`named`: the piece's channels,
    `length`: its length): the last one named between the time before it and this
    one, else the first between it and the next."""
    start = found[k - 1].end if k else 0
    end = found[k + 1].start if k + 1 < len(found) else length
    before = [c for c, s, _ in named if start <= s < found[k].start]
    if before:
        return before[-1]
    return next((c for c, s, _ in named if found[k].end <= s < end), None)


# A plan named in a sentence of times, before or after its time: "respond to
# requests from Ship plan customers within two (2) business days", "within 1 hour
# for Enterprise+ customers", "to Pro tickets within one (1) business day". The
# name is capitalised and followed by a word for the customer or their tickets.
_PROSE_PLAN = re.compile(
    r"\b(?:from|for|to|of|on|under)\s+(?:the\s+|our\s+|all\s+)?"
    r"(?P<name>[A-Z][A-Za-z0-9]*\+?(?:\s+[A-Z][A-Za-z0-9]*\+?)?)\s+"
    r"(?:(?:plan|tier|edition|subscription)\s+)?"
    r"(?:customers?|subscribers?|organi[sz]ations?|accounts?|clients?|tickets?|users?|licensees?)\b"
)
_NEAR = 3  # "within 1 hour for Enterprise+ customers": the plan follows its time at once


def _prose_plans(text: str, found: list[FactHit]) -> dict[int, list[str | None]]:
    """The plans each time of a sentence piece is given for, by the time's start;
    only where two or more plans are named (one named plan says nothing of the
    other times). A time naming no plan among them is each plan's ("and to
    other requests within 1 business day")."""
    named: dict[int, str] = {}
    taken = -1  # where the plan right after the time before ends: "within 4 hours for
    # Enterprise customers, and to other requests within 1 business day" names no plan
    for k, d in enumerate(found):
        before_from = max(found[k - 1].end if k else 0, taken)
        after_to = found[k + 1].start if k + 1 < len(found) else len(text)
        after = _PROSE_PLAN.search(text, d.end, after_to)
        if after and after.start() - d.end <= _NEAR:
            name: str | None = after.group("name")
            taken = after.end()
        else:
            befores = list(_PROSE_PLAN.finditer(text, before_from, d.start))
            name = befores[-1].group("name") if befores else None
        if name and level_at_start(name) is None:
            named[d.start] = name
    every: list[str | None] = list(dict.fromkeys(named.values()))
    if len(every) < 2:
        return {}
    return {d.start: [named[d.start]] if d.start in named else every for d in found}


# "标准版与专业版工单，客服一般在1个工作日内回复；企业版工单，客服在4个工作小时内响应":
# Chinese plans named in a sentence of times, the plans named together sharing one time.
_ZH_PLAN_JOIN = re.compile(r"\s*(?:与|和|及|、|/|或)\s*")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _time_plans(named: list[str | None], sentence: Sentence | None, piece: Sentence, at: int,
                hedges: list[Hedge], cast_back: dict[int, list[Hedge]]) -> tuple[list[str | None], list[Hedge]]:
    """The plans a time at `at` of its sentence is given for, with its hedges
    (its sentence's, and those later sentences cast back on it): `named` (the
    English plans `_prose_plans` gives it, else the context's), unless none is
    given and the sentence names Chinese plans before the time."""
    if sentence is None:
        return named, hedges
    back = cast_back.get(sentence.start, [])
    if named == [None] and (zh := _zh_plans_before(sentence.text, at)):
        return list(zh), _own_piece_hedges(hedges, sentence.text, piece.text) + back
    return named, hedges + back


def _own_piece_hedges(hedges: list[Hedge], sentence: str, piece: str) -> list[Hedge]:
    """"标准版…一般在1个工作日内回复；企业版…在4个工作小时内响应": the other plan's
    piece hedges its own time, not this one; what stands before the first plan, all."""
    if piece == sentence:
        return hedges
    lead = sentence[:next((m.start() for m in PLAN.finditer(sentence) if _CJK.search(m.group(0))), 0)]
    return [h for h in hedges if h.word in piece or h.word in lead]


def _zh_plans_before(text: str, at: int) -> list[str]:
    """The Chinese plans the time at `at` of a sentence is given for: the last
    plans named before it; nothing unless the sentence names two or more plans."""
    mentions = [m for m in PLAN.finditer(text) if _CJK.search(m.group(0))]
    if len({m.group(0) for m in mentions}) < 2:
        return []
    groups: list[list[re.Match[str]]] = []
    for m in mentions:
        if groups and _ZH_PLAN_JOIN.fullmatch(text[groups[-1][-1].end():m.start()]):
            groups[-1].append(m)
        else:
            groups.append([m])
    before = [g for g in groups if g[-1].end() <= at]
    return list(dict.fromkeys(m.group(0) for m in before[-1])) if before else []


_FOR_LEVEL = re.compile(r"\s*(?:for|on|in respect of|of|in the case of)\s+(?:all\s+|any\s+|a\s+|an\s+|the\s+)?$",
                        re.IGNORECASE)


def _level_after(text: str, end: int, levels: list[tuple[str, int, int]]) -> str | None:
    """"within 4 hours for Sev 1": the level that follows its time."""
    for lv, s, _ in levels:
        if s >= end and s - end <= 24 and _FOR_LEVEL.fullmatch(text[end:s] + "") is not None:
            return lv
    return None


def level_times(item: ChecklistItem, competitors: list[Terms], candidates: list[Candidate],
                judge: VaguenessJudge, business_day: int,
                views: list[ClauseView] | None = None) -> list[LevelTime]:
    """Every time the candidates give for the item, in document order.

    A table whose rows give the item's times is read whole: "Low | 3 business
    days | 1 business day" under the title "Initial response times" names
    neither a response nor an hour, so no keyword makes it a candidate, but it
    is the same table's last level (``views``: the document's clauses)."""
    out: list[LevelTime] = []
    seen: set[int] = set()
    ordered = sorted(candidates, key=lambda c: c.view.index)
    candidate_rows = {c.view.index for c in ordered}
    for cand in ordered:
        view = cand.view
        if view.index in seen:
            continue
        seen.add(view.index)
        rows: list[ClauseView] = []
        if view.clause.cells is not None and view.clause.table_header:
            found = row_times(item, competitors, view, judge, business_day)
            out.extend(found)
            if found and views is not None:
                rows = table_rows(views, view)
        else:
            found = _with_joined_levels(_prose_times(item, competitors, view, judge, business_day))
            out.extend(found)
            # "...within the times below, by support package." over a table of
            # levels and plans whose rows name no response: the paragraph's table.
            rows = introduced_rows(views, view) if views is not None else []
            for sibling in _level_siblings(views, view) if found and views is not None else []:
                if sibling.index not in seen and sibling.index not in candidate_rows:
                    seen.add(sibling.index)
                    out.extend(_prose_times(item, competitors, sibling, judge, business_day))
        for row in rows:
            if row.index not in seen and row.index not in candidate_rows:
                seen.add(row.index)
                out.extend(row_times(item, competitors, row, judge, business_day))
    return sorted(out, key=lambda t: t.view.index)


def _with_joined_levels(found: list[LevelTime]) -> list[LevelTime]:
    """"对于严重及一般问题，…在1个工作日内回复", "Critical and High priority issues within
    4 hours": the level joined to a time's level shares its time, unless it has its own."""
    if not found:
        return found
    # `found` is one clause's times (`_prose_times`): its levels are read once.
    text = found[0].view.clause.text
    levels = find_levels(text) if any(t.level for t in found) else []
    named_in_clause = {normalise_level(t.level) for t in found if t.level}
    out: list[LevelTime] = []
    for t in found:
        named = set(named_in_clause)
        for lv, start, _ in levels if t.level else []:
            other = joined_before(text, start) if lv == t.level else None
            if other and normalise_level(other) not in named:
                named.add(normalise_level(other))
                out.append(replace(t, level=other, hedges=list(t.hedges)))
        out.append(t)
    return out


def _level_siblings(views: list[ClauseView], view: ClauseView) -> list[ClauseView]:
    """"1） 一级故障，2小时响应，24小时内解决；2） 二级故障，…": the other items of a
    list whose items each open with a level, when `view` is one of them (the model
    may pass over one, as a table's row). Only a list of plain clauses under one parent."""
    if view.clause.cells is not None or level_at_start(view.clause.text) is None:
        return []
    out: list[ClauseView] = []
    for step in (-1, 1):
        i = view.index + step
        while 0 <= i < len(views) and views[i].index == i and views[i].clause.cells is None \
                and views[i].clause.parent == view.clause.parent and level_at_start(views[i].clause.text):
            out.append(views[i])
            i += step
    return out


@dataclass
class LevelSummary:
    """Times per level for one plan (or the only plan), contradictions noted."""

    levels: list[tuple[str, float]]
    times: list[LevelTime]
    contradictions: list[tuple[LevelTime, LevelTime]]
    printed: list[str] = field(default_factory=list)  # each level's time as printed


# A time for tickets raised out of hours ("A Severity 2 ticket raised on a weekend receives its response
# on the next business day", "节假日提交的工单于下一个工作日响应"): when the clock runs, not another
# time for the level. (`level_durations._OUT_OF_HOURS` is narrower and drops the time itself: "outside
# these hours ... on the next business day".)
_RAISED_OUT_OF_HOURS = re.compile(r"\b(?:weekends?|(?:public\s+)?holidays?|outside\s+(?:of\s+)?(?:normal\s+)?"
                                  r"(?:business|office|support|working)\s+hours|after[\s-]hours|non-business\s+(?:hours|days))\b"
                                  r"|周末|节假日|法定假日|休息日|非工作时间|下班后", re.IGNORECASE)


def _raised_out_of_hours(t: LevelTime) -> bool:
    """Whether the sentence that gives the time is about tickets raised out of hours."""
    text = t.view.text
    at = text.find(t.text)
    if at < 0:
        return False
    sentence = sentence_at(t.view.sentences, at)
    return bool(_RAISED_OUT_OF_HOURS.search(sentence.text if sentence is not None else text))


def summarise(times: list[LevelTime]) -> LevelSummary:
    first: dict[str, LevelTime] = {}
    order: list[str] = []
    contradictions: list[tuple[LevelTime, LevelTime]] = []
    # A level's out-of-hours time counts only where the level has no other.
    out_of_hours = [t for t in times if t.level is not None and _raised_out_of_hours(t)]
    timed = {normalise_level(t.level) for t in times if t.level is not None and t not in out_of_hours}
    for t in times:
        if t.level is None or (t in out_of_hours and normalise_level(t.level) in timed):
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
    # "Support package: Silver" in an order's summary.
    r"(?:support\s+(?:plan|tier|package|program(?:me)?)|service\s+plan|plan\s+purchased|subscription)\s*[:：][^\n;]{0,40}|"
    r"(?:甲方|客户)(?:购买|选择|订购|开通)[^。；]{0,30}|(?:服务版本|支持版本|服务等级|套餐)\s*[:：为][^。；]{0,20}",
    re.IGNORECASE,
)


_PLAN_FIELD = re.compile(
    r"(?:support|service|subscription)?\s*(?:plan|tier|level)\b|服务版本|支持计划|技术支持计划|套餐|版本", re.IGNORECASE
)


_CONDITION_BEFORE = re.compile(r"\b(?:unless|if|where|when|whether)\s+(?:the\s+)?$|(?:如|如果|若|除非)\s*$",
                               re.IGNORECASE)


# The plan that applies when the order names none: "订单未载明的，适用基础支持",
# "Where the Order Form does not name a plan, Standard Support applies".
_DEFAULT_PLAN = re.compile(
    r"(?:订单|合同|订购单)(?:中)?(?:未|没有|无|并未)(?:载明|约定|注明|列明|指定|写明|明确)[^。；]{0,10}?的?[，,]?\s*(?:则)?(?:默认)?适用[^。；]{0,20}|"
    r"\b(?:where|if|unless)\s+(?:the|an?)\s+order(?:\s+form)?\s+(?:does\s+not|doesn't|fails\s+to)\s+"
    r"(?:name|specify|state|identify)[^.;]{0,40}|"
    # "Hosted Services include Standard Support unless the Order states another Support Program".
    r"\b(?:includes?|receives?|gets?)\s+[^.;]{0,40}?\bunless\s+(?:the|an?|your)\s+order(?:\s+form)?\s+"
    r"(?:states|specifies|names|provides\s+for)\s+(?:otherwise|another|a\s+different)\b|"
    # "Unless the Order names a different Support Program, Hosted Services come with Standard Support".
    r"\bunless\s+(?:the|an?|your)\s+order(?:\s+form)?\s+(?:states|specifies|names|selects|identifies|provides\s+for)\s+"
    r"(?:otherwise|another|a\s+different)\b[^.;]{0,80}",
    re.IGNORECASE,
)


def customer_plan(views: list[ClauseView], plans: list[str]) -> str | None:
    """The plan the contract names as the customer's, if any; else the plan
    it says applies when the order names none."""
    keys = {p.lower(): p for p in plans}

    def named_in(text: str) -> str | None:
        """The first plan whose first word the text contains."""
        low_text = text.lower()
        return next((orig for low, orig in keys.items() if low.split()[0] in low_text), None)

    default = None
    for v in views:
        if default is None and (m := _DEFAULT_PLAN.search(v.text)):
            default = named_in(m.group(0))
        cells = v.clause.cells
        if cells and len(cells) >= 2 and _PLAN_FIELD.search(cells[0]) and (plan := named_in(cells[1])):
            return plan
        # (A table row's text repeats its header: "Service Plan: Premium Support: 1 hour"
        # is a column, not the customer's plan; rows count only as fields, above.)
        for m in _CUSTOMER_PLAN.finditer(v.text if cells is None else ""):
            if _CONDITION_BEFORE.search(v.text, max(0, m.start() - 12), m.start()) \
                    or len({low for low in keys if low in m.group(0).lower()}) >= 2:
                # "Unless Customer has purchased Premium Support or Premium Support
                # Plus, ... Customer receives Standard Support": a condition, or a
                # choice between plans, names no plan as the customer's.
                continue
            for name in re.findall(PLAN, m.group(0)):
                if name.lower() in keys:
                    return keys[name.lower()]
            if plan := named_in(m.group(0)):
                return plan
    return default


# A clause's leading label: "常规支持：工作日内，我们会在24小时之内答复", "Standard requests: we reply
# within one business day". Short, and no number ("1.1", "24x7").
_LEADING_LABEL = re.compile(r"\s*(?P<label>[^\d:：;；,，.。()（）]{2,24}?)\s*[:：]")
_SENTENCE_END = re.compile(r"[.。!！?？;；]\s*$")


def _leading_label(view: ClauseView) -> str | None:
    m = _LEADING_LABEL.match(view.clause.text)
    if m is None or len(m.group("label").split()) > 4:
        return None
    return " ".join(m.group("label").split())


def labels_as_levels(times: list[LevelTime], views: list[ClauseView]) -> list[tuple[str, float]]:
    """Times with no level, each in its own clause opening with a label of its own
    ("常规支持：…24小时之内答复客户。" / "紧急支持：遇到严重影响业务运行的问题，我们承诺4小时之内
    响应。"): the labels are the levels, as printed. A clause that opens without one and
    goes on from a clause cut mid-sentence (a PDF's broken line) takes that clause's label.
    Nothing unless two or more times differ and every one has a label of its own."""
    if len(times) < 2 or any(t.level for t in times) or len({t.minutes for t in times}) < 2:
        return []
    out: list[tuple[str, float]] = []
    for t in times:
        label = _leading_label(t.view)
        k = t.view.index
        if label is None and t.view.clause.cells is None and 0 < k < len(views) and views[k - 1].index == k - 1:
            before = views[k - 1]
            if before.clause.cells is None and not _SENTENCE_END.search(before.clause.text) \
                    and not find_durations(before.text):
                label = _leading_label(before)
        if label is None:
            return []
        out.append((label, t.minutes))
    return out if len({lv for lv, _ in out}) == len(out) else []


def split_plans(times: list[LevelTime]) -> dict[str, list[LevelTime]]:
    """The times by plan, a plan's name spelt as where it is first named: a heading
    in capitals ("PREMIUM SUPPORT") names the same plan as the prose ("Premium Support")."""
    plans: dict[str, list[LevelTime]] = {}
    spelt: dict[str, str] = {}
    for t in times:
        if t.plan:
            name = spelt.setdefault(" ".join(t.plan.casefold().split()), t.plan)
            plans.setdefault(name, []).append(t)
    # A row for several plans ("白金、金牌 | 四级 | 4小时") belongs to each of them
    # where they have times of their own; plans only ever named together
    # ("Premium and Advanced | Within 2 hours") are one plan, as printed.
    for name in list(plans):
        keys = [" ".join(p.casefold().split()) for p in _PLAN_LIST.split(name) if p.strip()]
        parts = [spelt[k] for k in keys if k in spelt and spelt[k] != name]
        if len(keys) >= 2 and len(parts) == len(keys):
            for part in parts:
                plans[part] = sorted(plans[part] + plans[name], key=lambda t: t.view.index)
            del plans[name]
    return plans


_PLAN_LIST = re.compile(r"[、,，/]|\band\b|和|及")


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


# The words of a level's name ("Critical Impact (Code Red)", "紧急故障"): what is left once they are
# gone describes the level, if anything does.
_NAME_WORDS = re.compile(r"\b(?:impact|business|priority|severity|level|code|red|issues?|incidents?|tickets?|requests?"
                         r"|cases?|problems?|faults?)\b"
                         r"|故障|事件|问题|级别|优先级", re.IGNORECASE)


# What follows a level's name in its cell and still only names it, or names the time the row
# gives ("严重级别 1（紧急）：首次响应"), or says which tickets get the level by default ("（发送至
# support@ 的邮件默认为此级）": no impact described).
_CELL_AFTER_LEVEL = re.compile(r"\s*(?:[(（]|[-–—:：])")
_OTHER_NAME = re.compile(r"[(（]\s*[\"“'‘]?([^()（）\"”'’]{1,30})[\"”'’]?\s*[)）]|[\"“]([^\"”]{1,12})[\"”]")
_ROW_WORDS = re.compile(r"\b(?:first\s+)?(?:response|resolution|restoration)\b|首次响应|响应|解决|恢复", re.IGNORECASE)
_BY_DEFAULT = re.compile(r"默认|\bby\s+default\b|\bdefaults?\b", re.IGNORECASE)


def _criteria_after_level(cell: str, level: str) -> bool:
    """Whether a row's level cell describes the level after naming it: "Urgent (your instance
    cannot be used at all)", "S0 – 平台无法使用，或大多数客户的关键业务功能无法使用"."""
    at = cell.find(level)
    if at < 0 or not _CELL_AFTER_LEVEL.match(cell, at + len(level)):
        return False
    rest = cell[at + len(level):]
    if _BY_DEFAULT.search(rest):
        return False
    rest = _without_names(_ROW_WORDS.sub(" ", rest))
    words = [w for w in rest.split() if not level_at_start(w)]
    # A Chinese description runs longer than its four characters: "紧急影响" is a name.
    return _descriptive(" ".join(words)) and len(re.findall(r"[A-Za-z]{2,}|[\u4e00-\u9fff]", rest)) >= 6


def _heading_names_only_a_level(heading: str, level: str) -> bool:
    """Whether a heading is a level's name and nothing else ("1-Critical", "P0 - Critical", "紧急故障"),
    not a numbered section that starts like one ("S2. Support")."""
    rest = _without_names(heading.replace(level, " ", 1))
    return all(level_at_start(w) for w in re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]+", rest))


def _without_names(text: str) -> str:
    """`text` without a level's other names in brackets or quotes ("（紧急）", "—“紧急”") and the words
    of a level's name ("Critical Business Impact (Code Red)")."""
    return _NAME_WORDS.sub(" ", _OTHER_NAME.sub(
        lambda m: " " if level_at_start(m.group(1) or m.group(2) or "") else m.group(0), text))


def _criteria_below(children: Sequence[ClauseView]) -> bool:
    """Whether a level's heading has its criteria in the items under it ("1-Critical" over "- the
    service as a whole does not work for several users"); not its times ("Response Time: 4 hours")."""
    return any(v.clause.cells is None and not find_durations(v.text) and _descriptive(v.text) for v in children)


# "Priority 1 (Business Critical) means ...": the level's name in brackets may
# stand before the definition, and a quoted name ('"Severity 1" means ...') its quote.
# 'A "Priority 1" or "P1" Incident is one in which ...', "a Priority 1 Incident is a wide
# interruption ...": its other quoted name and the level's noun may stand before the verb.
# ("P2, P3 and P4 tickets are handled during Business Hours" defines nothing: after
# the noun, only a definition's words.)
_MEANS = re.compile(r"^\s*(?:\)|）)?[\"”'’]?\s*(?:[(（][^()（）]{1,40}[)）]\s*)?"
                    r"(?:(?:or\s+[\"“'‘][^\"”'’]{1,12}[\"”'’]\s*)?"
                    r"(?:incident|issue|problem|error|ticket|case|request|fault|defect)\s+"
                    r"(?:is\s+(?:one|a|an|any|when|where|defined|deemed|considered)\b|means\b|refers\s+to\b|shall\s+mean\b)"
                    r"|[:：\-–—]|means\b|covers\b|shall mean\b|is defined as\b|refers to\b|"
                    r"is\b|are\b|applies\b|是指|指|为|即|：)", re.IGNORECASE)
# "紧急（生产环境消息收发大面积不可用）；重要（部分功能异常）": the criteria in brackets right after the level.
_BRACKETED_CRITERIA = re.compile(r"^\s*[(（]([^()（）]{4,120})[)）]")


def level_criteria(views: list[ClauseView]) -> list[LevelCriteria]:
    """Levels named in the contract and whether each comes with criteria."""
    out: list[LevelCriteria] = []
    children: dict[int, list[ClauseView]] = {}
    for v in views:
        if v.clause.parent is not None:
            children.setdefault(v.clause.parent, []).append(v)
    for v in views:
        c = v.clause
        if c.cells is not None:
            # The level names the row: it stands in the first cell ("P1 | ...",
            # or a number under a level header: "Severity | 1 | Critical business impact").
            header = c.table_header or ()
            level = (level_at_start(c.cells[0]) or numbered_level(header, c.cells)
                     or named_level(header, c.cells)) if c.cells else None
            if level is None:
                continue
            crit = any(
                j < len(header) and CRITERIA_HEADER.search(header[j]) and _descriptive(cell)
                for j, cell in enumerate(c.cells)
            ) or any(_descriptive(cell) and not level_at_start(cell) for cell in c.cells[1:]) \
                or _criteria_after_level(c.cells[0], level)
            out.append(LevelCriteria(level, v, crit))
            continue
        if c.defined_term and level_at_start(c.defined_term):
            out.append(LevelCriteria(level_at_start(c.defined_term) or "", v, _descriptive(c.text)))
            continue
        start_level = level_at_start(c.text) or (heading_level(c.heading) if c.heading else None)
        if start_level and (c.heading is None or heading_level(c.heading)):
            rest = c.text[len(start_level):] if c.text.lstrip().startswith(start_level) else c.text
            out.append(LevelCriteria(start_level, v, _descriptive(rest) or (
                c.kind is ClauseKind.HEADING and _heading_names_only_a_level(c.heading or "", start_level)
                and _criteria_below(children.get(c.index, ())))))
        # "Severity 1 means ... Severity 2 means ...": every level one clause
        # defines, not only the one it starts with.
        for piece in v.pieces:
            for lv, _s, e in find_levels(piece.text):
                after = piece.text[e:]
                if lv != start_level and _MEANS.match(after) and _descriptive(after[:200]):
                    out.append(LevelCriteria(lv, v, True))
            for lv, _s, e in bracketed_levels(piece.text):
                bracket = _BRACKETED_CRITERIA.match(piece.text[e:])
                if lv != start_level and bracket is not None and _descriptive(bracket.group(1)):
                    out.append(LevelCriteria(lv, v, True))
    return out + _two_level_scheme(views, out)


# A two-level scheme: one level defined by its criteria ("An issue is critical where a production
# Application is unable to send or receive messages", "A request counts as Urgent when Customer
# cannot use the Service"), the other as everything else, in a clause that names both ("Every other
# issue is non-critical", "respond to Urgent requests within 1 hour ... and to other requests
# within 1 business day"). The second level's criteria are the first's complement.
_ONE_LEVEL_DEFINED = re.compile(
    r"\b(?:issue|incident|request|ticket|case|problem|error)\s+"
    r"(?:is|counts\s+as|is\s+(?:treated|considered|classified|deemed)\s+as)\s+(?:an?\s+)?"
    r"(?P<level>critical|urgent|an\s+emergency)\b(?:\s+(?:issue|incident|request|ticket|case|problem|error))?"
    r"\s+(?:where|when|if)\b(?P<criteria>[^.;]{10,300})", re.IGNORECASE)
_THE_OTHER_LEVEL = re.compile(
    r"\b(?:(?:every|all|any)\s+)?other\s+(?:issues?|incidents?|requests?|tickets?|cases?|problems?|errors?)\b"
    r"|\bnon-?(?:critical|urgent)\b", re.IGNORECASE)


def _two_level_scheme(views: list[ClauseView], found: list[LevelCriteria]) -> list[LevelCriteria]:
    """The two levels of a scheme that defines one level and calls the rest "other"; none where
    the contract defines another level with criteria already (its levels are read as they are)."""
    for v in views:
        low = v.text.lower()
        if v.clause.cells is not None or not ("critical" in low or "urgent" in low or "emergency" in low):
            continue
        m = _ONE_LEVEL_DEFINED.search(v.text)
        if m is None or not _descriptive(m.group("criteria")):
            continue
        level = m.group("level").split()[-1].capitalize()
        key = normalise_level(level)
        if any(f.has_criteria and normalise_level(f.level) != key for f in found):
            return []
        word = re.compile(rf"\b{level}\b", re.IGNORECASE)
        other = next((o for o in views if o.clause.cells is None and word.search(o.text)
                      and _THE_OTHER_LEVEL.search(o.text)), None)
        if other is None:
            return []
        return [LevelCriteria(level, v, True), LevelCriteria(f"Non-{level.lower()}", other, True)]
    return []
