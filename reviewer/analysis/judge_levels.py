"""Judging the items whose facts are per severity level.

response-times / resolution-times: the times per level (tables, lists,
prose), per support plan where the contract has plans, with contradictions
between clauses reported. severity-definitions: the levels named and whether
each has objective criteria.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from reviewer.analysis import reasons
from reviewer.analysis.context import ReviewContext
from reviewer.analysis.level_durations import LevelTime, times
from reviewer.analysis.level_rows import row_plans_named
from reviewer.analysis.level_times import (
    LevelSummary,
    customer_plan,
    labels_as_levels,
    level_criteria,
    level_times,
    most_comprehensive,
    split_plans,
    summarise,
)
from reviewer.analysis.levels import normalise_level
from reviewer.analysis.matching import Candidate, ClauseView, any_hit, table_intro
from reviewer.analysis.outcome import Outcome, where
from reviewer.analysis.vagueness import EFFORT, GENERALLY, Hedge, VaguenessJudge, looks_back
from reviewer.checklist.model import ChecklistItem
from reviewer.review import Status, Text


def _as_candidate(t: LevelTime, candidates: list[Candidate]) -> Candidate:
    for c in candidates:
        if c.view is t.view:
            return c
    return Candidate(t.view, 0.0, [], False)


def _levels_json(levels: list[tuple[str, float]]) -> list[dict[str, Any]]:
    return [{"level": lv, "minutes": int(m) if m == int(m) else m} for lv, m in levels]


def _levels_or_all(summary: LevelSummary, times: list[LevelTime]) -> list[tuple[str, float]]:
    """The levels; one time and no level ("we respond to every ticket within 4
    hours") applies to all levels (the spec's level "all"). Where the times
    differ, the binding ones decide ("we aim to answer calls within 2 minutes;
    we respond to e-mails within 24 hours": 24 hours is the commitment)."""
    if summary.levels:
        return summary.levels
    for pool in (times, [t for t in times if t.binding]):
        if len(distinct := {t.minutes for t in pool}) == 1:
            return [("all", distinct.pop())]
    return []


def judge_levels(ctx: ReviewContext, item: ChecklistItem, candidates: list[Candidate],
                 judge: VaguenessJudge) -> Outcome | None:
    """None when the candidates give no time at all (the caller says why)."""
    competitors = [t for i, t in ctx.level_keywords.items() if i != item.id]
    times = level_times(item, competitors, candidates, judge, ctx.business_day, ctx.views)
    if not times:
        return None
    facts: dict[str, Any] = {}
    plans = split_plans(times)
    if len(plans) < 2 and (by_section := _plans_by_section(times)):
        plans = by_section
        times = sorted((t for ts in plans.values() for t in ts), key=lambda t: t.view.index)
    selected = times
    if len(plans) >= 2 or (plans and _one_of_several_plans(times, ctx.business_day)):
        chosen = customer_plan(ctx.views, list(plans)) or most_comprehensive(plans)
        selected = plans[chosen] + [t for t in times if t.plan is None]
        facts["plans"] = [{"plan": name, "levels": _levels_json(_levels_or_all(summarise(ts), ts))}
                          for name, ts in plans.items()]
        facts["plan"] = chosen
    summary = summarise(selected)
    if levels := _levels_or_all(summary, selected) or labels_as_levels(selected, ctx.views):
        facts["levels"] = _levels_json(levels)
    binding = [t for t in selected if t.binding]
    evidence: list[Candidate] = []
    for t in (binding or selected):
        cand = _as_candidate(t, candidates)
        if cand not in evidence:
            evidence.append(cand)
    _cite_table_intro(ctx.views, evidence, candidates)
    first = (binding or selected)[:1]
    detail_levels = summary.levels or [("", t.minutes) for t in first]
    printed = summary.printed if summary.levels else [t.text for t in first]
    detail = Text(reasons.levels_text(detail_levels, "en", printed),
                  reasons.levels_text(detail_levels, "zh", printed))
    if summary.contradictions:
        why = []
        for a, b in summary.contradictions[:3]:
            ca, cb = _as_candidate(a, candidates), _as_candidate(b, candidates)
            wa, wb = where(ca), where(cb)
            why.append(reasons.contradiction(a.level or "", (a.text, wa[0], wa[1]), (b.text, wb[0], wb[1])))
        lead = [_as_candidate(a, candidates) for pair in summary.contradictions[:1] for a in pair]
        # Picking either value would be a silent choice: the facts stay empty.
        facts.pop("levels", None)
        return Outcome(Status.VAGUE, lead + evidence, facts, reason=why[0], more_reasons=why[1:])
    hedged_only = _hedged_levels(selected)
    if binding and hedged_only:
        # "一级 | 30分钟 | 尽快恢复，原则上4小时内恢复" beside a binding "二级 | 1个工作日":
        # a level whose every time is hedged has no commitment, and the item asks
        # for one per level.
        t = hedged_only[0]
        return _hedged_outcome(item, _as_candidate(t, candidates), evidence, facts, t.hedges)
    if binding:
        stated = _stated_as_targets(ctx, item, candidates, judge, list(plans))
        if stated is None:
            return Outcome(Status.MET, evidence, facts, detail=detail)
        cand, words = stated
        return _hedged_outcome(item, cand, evidence, facts, words=words, target=True)
    return _hedged_outcome(item, evidence[0], evidence, facts, [h for t in selected for h in t.hedges])


def _plans_by_section(times: list[LevelTime]) -> dict[str, list[LevelTime]]:
    """Times no plan names that differ level by level, each section's consistent within it, under
    headings of their own ("（一）开发者支持（免费）" and "（二）专业支持" over a table each,
    "Priority & Response Plan: Standard" and "...: Support Plus"): the sections are the plans,
    named by their headings, not one scheme that contradicts itself. Empty otherwise."""
    if not summarise(times).contradictions:
        return {}
    sections: dict[str, list[LevelTime]] = {}
    for t in times:
        heading = _section_name(t.view)
        if not heading:
            return {}
        sections.setdefault(heading, []).append(t)
    if len(sections) < 2 or any(summarise(ts).contradictions for ts in sections.values()):
        return {}
    out: dict[str, list[LevelTime]] = {}
    for heading, ts in sections.items():
        # A section one of whose times a plan word already names ("（三）企业支持") keeps that name.
        named = {t.plan for t in ts if t.plan}
        if len(named) > 1:
            return {}
        name = named.pop() if named else heading
        if name in out:
            return {}
        out[name] = [replace(t, plan=name) for t in ts]
    return out


# A heading about the levels or the times themselves ("Priority Levels", "3. Response",
# "故障级别与处理时限") names no plan: a table there and a sentence under it that differ contradict.
_NO_PLAN_HEADING = re.compile(r"\b(?:levels?|priorit\w*|severit\w*|respon\w*|resolu\w*|restor\w*|times?|sla)\b"
                              r"|级别|等级|优先级|时限|时间|响应|解决|恢复|处理", re.IGNORECASE)


def _section_name(view: ClauseView) -> str:
    """The nearest heading over a clause, without what only introduces the name ("Plan: Standard");
    empty where it is no plan's name."""
    heading = view.context.split(" / ", 1)[0].strip()
    if len(tail := re.split(r"[:：]", heading)[-1].strip()) >= 2:
        heading = tail
    return heading if len(heading) <= 40 and not _NO_PLAN_HEADING.search(heading) else ""


def _one_of_several_plans(times: list[LevelTime], business_day: int) -> bool:
    """Whether a table row gave the times under two or more plan columns, only one of which
    states times ("Pro | 4 business hours", "Enterprise | Ask sales"): the times are that
    plan's, and the contract's plans are recorded, though only one has times."""
    return any(t.plan and t.view.clause.cells is not None and len(row_plans_named(t.view, business_day)) >= 2
               for t in times)


def _cite_table_intro(views: list[ClauseView], evidence: list[Candidate], candidates: list[Candidate]) -> None:
    """The paragraph that introduces the leading table row ("各版本的首次响应时间如下："),
    when it is a candidate too, is cited right after that row: the row gives the
    time, the paragraph says what the table is."""
    if not evidence or evidence[0].view.clause.cells is None:
        return
    before = table_intro(views, evidence[0].view)
    intro = next((c for c in candidates if c.view.index == before), None) if before is not None else None
    if intro is not None and intro not in evidence:
        evidence.insert(1, intro)


def _hedged_outcome(item: ChecklistItem, lead: Candidate, evidence: list[Candidate], facts: dict[str, Any],
                    hedges: list[Hedge] | None = None, words: list[str] | None = None,
                    target: bool = False) -> Outcome:
    """Vague, led by `lead`, naming the hedges' words (or `words`) as the reason."""
    if hedges is not None:
        words = list(dict.fromkeys(h.word for h in hedges))
        target = any(h.category == "target" for h in hedges)
    w_en, w_zh = where(lead)
    return Outcome(Status.VAGUE, [lead, *(c for c in evidence if c is not lead)], facts,
                   reason=reasons.hedged(item, w_en, w_zh, words or [], target))


# A clause only the model found says what the item's times are when the model
# is at least this sure of it.
TARGETS_PROPOSED_ABOVE = 0.5


def _hedged_levels(times: list[LevelTime]) -> list[LevelTime]:
    """The times of levels that have no binding time at all, in document order."""
    bound = {normalise_level(t.level) for t in times if t.level and t.binding}
    return [t for t in times if t.level and not t.binding and normalise_level(t.level) not in bound]


def _stated_as_targets(ctx: ReviewContext, item: ChecklistItem, candidates: list[Candidate],
                       judge: VaguenessJudge, plans: list[str]) -> tuple[Candidate, list[str]] | None:
    """A sentence that calls the item's times targets without giving one
    ("Response times are targets.", '"Response Time" means the target time to
    respond', a caption "Target Initial Response Times" read as its own
    paragraph): every time the contract gives is then a target, wherever the
    table stands and however it was read. Not when the sentence names another
    level item too ("respond within the times below; resolution targets ...")."""
    competitors = [t for i, t in ctx.level_keywords.items() if i != item.id]
    for cand in candidates:
        if cand.proposed and (cand.relevance or 0.0) < TARGETS_PROPOSED_ABOVE:
            continue
        if cand.view.clause.cells is not None:
            continue  # a table's rows carry their own header's and title's hedges
        named = False  # whether a sentence so far in the clause named the item
        for sentence in cand.view.sentences:
            text = sentence.text
            here = bool(any_hit(item.keywords, text))
            named = named or here
            # A sentence that says the time just given, or every time, is no guarantee
            # ("Our aim is to answer within one business day. This is a target, not a
            # guarantee.", "No time is guaranteed, either for responding ... or for
            # resolving it.") hedges every time the contract gives.
            if named and (m := _DISCLAIMED.search(text)) and not any(p.lower() in text.lower() for p in plans):
                return cand, [m.group()]
            if not here:
                continue
            # An effort at the times themselves ("will use reasonable efforts to meet the
            # response times below", "shall endeavour to respond to and Resolve all Support
            # Requests within the Response Times and Resolution Targets below") hedges every
            # time it names, another level item's too; a target word may be the other's own.
            effort = _effort_on_times(judge, text)
            if not effort and any(any_hit(t, text) for t in competitors):
                continue
            if times(text, ctx.business_day) or (_REPORT.search(text) and not effort):
                # Its own time was judged with its own hedge; a report "states the
                # actual response times against the targets" calls nothing a target.
                continue
            if any(p.lower() in text.lower() for p in plans):
                continue  # one plan's objective ("Premier accounts have an SLO; Premier Plus an SLA")
            back = looks_back(text)
            words = [h.word for h in judge.hedges(text)
                     if (h.category == "target" or (back and h.word.lower() in GENERALLY))
                     and not _NOT_BEFORE.search(text[:max(text.find(h.word), 0)])]
            words += effort
            if words:
                return cand, list(dict.fromkeys(words))
    return None


# What an effort sentence aims at when it aims at the stated times themselves: "the
# response times below", "within the Response Times", "reach or beat the response targets".
# (Not a count: "misses the response time five (5) times".)
_TIMES_NAMED = re.compile(r"\b(?:(?:response|resolution|reaction|restoration|repair|turnaround)\s+times?"
                          r"|(?:the|these|those|such|stated|agreed)\s+times|time\s*frames?|targets?|service\s+levels?)\b"
                          r"|时限|(?:上述|以下|下列|下表|上表|约定|规定)的?(?:响应|处理|解决|恢复)?时间", re.IGNORECASE)


_EFFORT_REACH = 80  # characters after the effort words in which the times it aims at are named


def _effort_on_times(judge: VaguenessJudge, text: str) -> list[str]:
    """The effort words of a sentence that tries to meet the item's stated times, not
    one whose effort is a second action's ("respond within the times below, and use
    reasonable efforts to resolve")."""
    if not _TIMES_NAMED.search(text) or judge.hedged_next_action(text) is not None:
        return []
    # The effort governs the times named shortly after it, in the same part of the
    # sentence ("Should X miss the response time, ... X uses reasonable efforts to answer
    # promptly once Customer reports the miss; and (b) ... misses the response time"
    # tries at something else).
    return [h.word for h in judge.hedges(text) if h.category == EFFORT
            and (at := text.find(h.word)) >= 0 and not _NOT_BEFORE.search(text[:at])
            and _TIMES_NAMED.search(text[at:at + len(h.word) + _EFFORT_REACH].split(";")[0].split("；")[0])]


# A disclaimer of the times as a guarantee, the times named or pointed back to: "This
# is a target, not a guarantee", "These times are estimates and are not guaranteed",
# "No time is guaranteed", "上述响应时间仅供参考"; not a plan's or a group's alone.
_DISCLAIMED = re.compile(
    r"\b(?:this|these|they|it|(?:the|all|any|these|those|such)\s+(?:(?:above|stated|response|resolution)\s+)*times?)"
    r"\s+(?:is|are)\s+(?:(?:a|an|only|merely)\s+)*(?:targets?|goals?|aims?|estimates?|objectives?|indicative)\b"
    r"[^.;]{0,20}\bnot\s+(?:a\s+|an\s+)?(?:guarantee[sd]?|commitments?|binding)\b"
    r"|\b(?:this|these|they|it|(?:these|those|such)\s+times?)\s+(?:is|are)\s+not\s+(?:a\s+|an\s+)?(?:guarantee[sd]?|commitments?|binding)\b(?!\s+(?:of|that)\b)"
    r"|\bno\s+(?:(?:response|resolution|reply|fix)\s+)?times?\s+(?:is|are)\s+(?:guaranteed|committed|promised)\b"
    # (not one plan's or group's: "no response time is committed for them", "for general customers")
    r"(?!\s+(?:for|to|under|on|in|with)\b)"
    r"|(?:上述|以上|前述|该等?)[^。；，]{0,8}时间[^。；]{0,6}(?:仅供参考|仅为目标|不构成[^。；]{0,6}(?:承诺|保证))",
    re.IGNORECASE)


_REPORT = re.compile(r"\breport|报告|报表", re.IGNORECASE)
# "committed initial response times, not targets".
_NOT_BEFORE = re.compile(r"\b(?:not|no|never|rather than|instead of)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


_DISPUTE = ("dispute", "disagree", "challenge", "escalat", "异议", "争议", "不同意", "协商确定")


def judge_severity(ctx: ReviewContext, item: ChecklistItem, candidates: list[Candidate],
                   judge: VaguenessJudge) -> Outcome:
    found = level_criteria(ctx.views)
    by_level: dict[str, list[Any]] = {}
    order: list[str] = []
    for f in found:
        key = normalise_level(f.level)
        if key not in by_level:
            by_level[key] = []
            order.append(key)
        by_level[key].append(f)
    names = [by_level[k][0].level for k in order]
    with_criteria = [k for k in order if any(f.has_criteria for f in by_level[k])]
    facts: dict[str, Any] = {"levels": names} if names else {}
    crit_views = []
    # Views compared by identity (one view per clause, so the same as `not in
    # crit_views`, which compared them field by field ~43,000 times on 133 pages).
    seen: set[int] = set()
    for k in with_criteria:
        for f in by_level[k]:
            if f.has_criteria and id(f.view) not in seen:
                seen.add(id(f.view))
                crit_views.append(f.view)
    evidence = [next((c for c in candidates if c.view is v), Candidate(v, 0.0, [], False))
                for v in crit_views]
    discretion = None
    for cand in candidates[:6]:
        hit = any_hit(item.vague, cand.view.text)
        if hit and not any(d in cand.view.text.lower() for d in _DISPUTE):
            discretion = (cand, hit.text)
            break
    if len(with_criteria) >= 2 and discretion is None:
        detail = Text(", ".join(names), "、".join(names))
        return Outcome(Status.MET, evidence[:3], facts, detail=detail)
    if discretion is not None:
        cand, word = discretion
        w_en, w_zh = where(cand)
        return Outcome(Status.VAGUE, [cand, *evidence[:2]], facts,
                       reason=reasons.hedged(item, w_en, w_zh, [word], False))
    lead = evidence or candidates[:1]
    w_en, w_zh = where(lead[0])
    return Outcome(Status.VAGUE, lead, facts, reason=reasons.no_fact(
        item, w_en, w_zh, reasons.FACT_NAMES["severity-criteria"]))
