"""Turning a judge's outcome into a Finding: evidence, negation, reasons, policy."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reviewer.analysis import matching, reasons
from reviewer.analysis.context import ReviewContext
from reviewer.analysis.facts import EXTRACTORS
from reviewer.analysis.matching import Candidate, ClauseView, Hit, any_hit
from reviewer.analysis.percentages import is_band
from reviewer.analysis.sentences import sentence_at, split_sentences
from reviewer.checklist.model import ChecklistItem
from reviewer.clause import ClauseKind
from reviewer.review import Deviation, Finding, Status, Text

MAX_EVIDENCE = 3


@dataclass
class Outcome:
    status: Status
    candidates: list[Candidate]  # the clauses the decision rests on, best first
    facts: dict[str, Any] = field(default_factory=dict)
    detail: Text | None = None  # what a met item commits to ("P1 30 min, P2 2 h")
    reason: Text | None = None  # why a vague item is vague; for a met one, who met it when no rule did
    more_reasons: list[Text] = field(default_factory=list)


# A refusal scoped to some plans or accounts, beside the commitment for the
# others: "For Enterprise customers, X commits to 99.99%. Starter and Team plans
# carry no availability commitment." (the plans rule: the customer's plan, else
# the most comprehensive one, decides).
_PLAN_SCOPE = re.compile(
    r"\b(?:plans?|tiers?|editions?)\b|套餐|版(?:本)?(?:用户|客户)",
    re.IGNORECASE)


# "plans" the verb: "maintenance that Odeon plans and for which ...", "Acme plans to".
_PLANS_VERB_BEFORE = re.compile(r"\b(?:that|which|who|we|it|they)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_PLANS_VERB_AFTER = re.compile(r"\s+to\b", re.IGNORECASE)


def _other_plans(text: str, pos: int) -> bool:
    """Whether the refusal at `pos` stands in a sentence of its own that names
    plans or accounts, with another sentence of the clause left to commit."""
    sentences = split_sentences(text)
    own = sentence_at(sentences, pos)
    if own is not None:
        # Only the refusal's own branch of a list: "(a) scheduled maintenance announced ... beforehand;
        # ... (f) customers on the Free or Starter plans" names plans in another branch.
        own = sentence_at(split_sentences(own.text, semicolons=True), pos - own.start) or own
    return own is not None and len(sentences) > 1 and any(
        not (m.group().lower().startswith("plan") and (_PLANS_VERB_BEFORE.search(own.text, 0, m.start())
                                                       or _PLANS_VERB_AFTER.match(own.text, m.end())))
        for m in _PLAN_SCOPE.finditer(own.text))


def where(candidate: Candidate) -> tuple[str, str]:
    view = candidate.view
    return (reasons.cite(view.cite, view.clause.page, "en"),
            reasons.cite(view.cite, view.clause.page, "zh"))


def _negation_hit(ctx: ReviewContext, item: ChecklistItem, cand: Candidate) -> Hit | None:
    """The item's negation in the clause, or one that a list item's colon-ended lead-in begins
    and the item itself completes ("下列情形不视为停机时间：" over "计划维护窗口（提前24小时通知）"):
    the lead-in alone negates nothing in the item."""
    hit = any_hit(item.negation, cand.view.text)
    lead_in = ctx.lead_in(cand.view) if not cand.view.intro and hit is None else None
    intro = cand.view.intro or (lead_in.text if lead_in is not None else "")
    if hit is not None or not intro:
        return hit
    joined = any_hit(item.negation, f"{intro} {cand.view.text}")
    if joined is None or joined.end <= len(intro) + 1:
        return None
    # (Positions in the item's own text, where the plans rule looks.)
    return Hit(max(0, joined.start - len(intro) - 1), joined.end - len(intro) - 1, joined.text)


def finish(ctx: ReviewContext, item: ChecklistItem, candidates: list[Candidate],
           outcome: Outcome) -> Finding:
    status = outcome.status
    lead = list(outcome.candidates)
    why: list[Text] = []
    if item.negation:
        # An explicit "no credits" overrides a met decision only when it stands
        # in the clause the decision rests on; "no SLA for trial accounts"
        # elsewhere does not undo a committed SLA for the customer's plan.
        pool = candidates if status is not Status.MET else lead[:1]
        for cand in pool:
            hit = _negation_hit(ctx, item, cand)
            if hit and status is Status.MET and _other_plans(cand.view.text, hit.start):
                hit = None
            if hit:
                w_en, w_zh = where(cand)
                why.append(reasons.negated(item, w_en, w_zh, hit.text))
                lead = [cand, *[c for c in lead if c is not cand]]
                status = Status.VAGUE
                break
    if status is Status.MET:
        # A met outcome's own reason says who decided it (`reasons.learned_met`); the rules' say where.
        w_en, w_zh = where(lead[0])
        why.append(outcome.reason if outcome.reason is not None else reasons.met(item, w_en, w_zh, outcome.detail))
    elif outcome.reason is not None and outcome.status is not Status.MET:
        why.append(outcome.reason)
    why.extend(outcome.more_reasons)

    candidates = sorted(candidates, key=lambda c: (-(c.score + CITE_BY_RELEVANCE * c.order_relevance),
                                                   c.view.index))
    strong, evidence_views = _cite_order(item, lead, candidates)
    # A met item cites every clause its decision rests on; any item, its best
    # candidates up to MAX_EVIDENCE (a met one too: "the availability is 99.9%"
    # leads, how it is measured and what it excludes follow).
    # (Its last one may stand after the likely candidates put before the weak ones.)
    limit = MAX_EVIDENCE if status is not Status.MET else max(
        [MAX_EVIDENCE, *(evidence_views.index(c.view) + 1 for c in lead)])
    cited = _rows_give_way(evidence_views, limit, status is Status.MET,
                           _prose_first(ctx, strong, candidates, evidence_views),
                           lambda v: _table_start(ctx.views, v), {id(c.view) for c in strong})
    cited = _most_severe_row_first(ctx, cited, limit if status is not Status.MET else None)
    cited = _items_through_lead_ins(ctx, cited)
    cited = _fact_source_early(ctx, outcome.facts, [c.view for c in [*lead, *candidates]], cited,
                               limit if status is not Status.MET else None)
    if len(cited) < MAX_EVIDENCE:
        # Not a list item a cited lead-in shows already.
        shown = [*cited, *(i for v in cited for i in ctx.list_items(v))]
        cited += _likely_about(ctx, item, shown)[: MAX_EVIDENCE - len(cited)]
    evidence = tuple(ctx.evidence(v) for v in cited)
    return Finding(
        item_id=item.id, section=item.section, status=status, evidence=evidence,
        reasons=tuple(why), facts=outcome.facts, deviations=_deviations(item, outcome.facts),
    )


# A clause the decision rests on, after the first, that the relevance model finds this
# unlikely to address the item: a definition the deciding clause uses ('"Monthly Uptime
# Percentage" means 100% less ...' beside a credit table), a row of another table.
WEAK_BELOW = 0.1
# How much the model's probability adds to a candidate's keyword score when the candidates
# the decision does not rest on are ordered for citing: twice `matching.RANK_BY_RELEVANCE`,
# which orders them for judging. Which clause is cited second is the model's question more
# than the keywords' ("我们有权不经向您特别通知而对软件进行更新" before a clause naming
# 版本 twice). Out of fold 8 -> 16: evidence study +2, check +1 (12 to 32 alike on study).
CITE_BY_RELEVANCE = 16.0


def _relevance(item: ChecklistItem, view: ClauseView) -> float | None:
    model = matching.load_model()
    if model is None or model.index_of(item.id) is None:
        return None
    return view.item_relevance(model, item.id)


def _likely(item: ChecklistItem, view: ClauseView) -> bool:
    p = _relevance(item, view)
    return p is not None and p >= FILL_ABOVE


def _cite_order(item: ChecklistItem, lead: list[Candidate],
                candidates: list[Candidate]) -> tuple[list[Candidate], list[ClauseView]]:
    """The decision's clauses the model does not find weak (`_weak_lead`), and every clause to
    cite in order: those, the candidates the model finds likely in as many of the first
    MAX_EVIDENCE places as the weak ones leave, the weak ones, the other candidates."""
    weak = _weak_lead(item, lead)
    strong = [c for c in lead if c.view not in weak]
    strong_views: list[ClauseView] = []
    for c in strong:
        if c.view not in strong_views:
            strong_views.append(c.view)
    likely = [c.view for c in candidates if weak and c.view not in strong_views and _likely(item, c.view)]
    likely = likely[:max(0, MAX_EVIDENCE - len(strong_views))]
    views: list[ClauseView] = []
    for view in [*strong_views, *likely, *weak, *(c.view for c in candidates)]:
        if view not in views:
            views.append(view)
    return strong, views


def _weak_lead(item: ChecklistItem, lead: list[Candidate]) -> list[ClauseView]:
    """The clauses after the first the decision rests on that the model finds less than
    WEAK_BELOW likely about the item. They are still cited (a met item cites all it rests
    on), after the candidates the model finds likely (FILL_ABOVE): the claim procedure
    beside a credit table tells a reader more than the definition of the uptime percentage
    the table's bands use, though the decision read that definition."""
    out = []
    for c in lead[1:]:
        p = _relevance(item, c.view)
        if p is not None and p < WEAK_BELOW and c.view not in out:
            out.append(c.view)
    return out


# A place left free among the first MAX_EVIDENCE goes to a clause the relevance model
# finds more likely about the item than not, though no keyword found it and the model
# was not sure enough to propose it (`matching.ADD_ABOVE`): cited, never judged.
FILL_ABOVE = 0.5


def _likely_about(ctx: ReviewContext, item: ChecklistItem, cited: list[ClauseView]) -> list[ClauseView]:
    """Clauses not yet cited that the model finds at least FILL_ABOVE likely to address the
    item, most likely first (ties in document order): "By service availability we mean the
    portion of a given period in which the products can be reached. To measure it we run
    automated tests" beside the one clause the keywords found. Not a heading, nor a clause
    naming the item's `exclude_always` wording."""
    model = matching.load_model()  # the model `find_candidates` reads
    if model is None or model.index_of(item.id) is None:
        return []
    likely: list[tuple[float, int, ClauseView]] = []
    known = {id(v) for v in cited}
    for view in ctx.views:
        if view.clause.kind is ClauseKind.HEADING or id(view) in known:
            continue
        p = view.item_relevance(model, item.id)
        if p is not None and p >= FILL_ABOVE and not any_hit(item.exclude_always, view.text):
            likely.append((-p, view.index, view))
    likely.sort(key=lambda t: (t[0], t[1]))
    return [view for _, _, view in likely]


# A lead-in's colon followed by the caption of the table it introduces, which the reader left
# in the paragraph: "乙方将以下指标作为直播服务的质量目标：表1 直播质量目标值", "...as follows:
# Table 2 - Response Times".
_COLON_THEN_CAPTION = re.compile(
    r"[:：]\s*(?:table\s+[A-Z]?\d+(?:\.\d+)?|表\s*[一二三四五六七八九十\d]+)[^:：.。;；]{0,40}$", re.IGNORECASE)


def _introduces_list(view: ClauseView) -> bool:
    c = view.clause
    if c.cells is not None or c.kind is ClauseKind.HEADING:
        return False
    text = c.text.rstrip()
    return text.endswith((":", "：")) or _COLON_THEN_CAPTION.search(text[-60:]) is not None


def _is_row(view: ClauseView) -> bool:
    return view.clause.cells is not None


def _prose_first(ctx: ReviewContext, lead: list[Candidate], candidates: list[Candidate],
                 views: list[ClauseView]) -> list[ClauseView]:
    """The clauses that are not rows, in the order they take the places rows give way
    (`_rows_give_way`): the decision's own; candidates the model finds likely about the
    item (`FILL_ABOVE`); the paragraphs that go with the first cited row's table
    (`_table_companions`), which no keyword may have found; the other candidates."""
    prose = [c.view for c in lead if not _is_row(c.view)]
    prose += [c.view for c in candidates if not _is_row(c.view) and c.view not in prose
              and c.relevance is not None and c.relevance >= FILL_ABOVE]
    first_row = next((v for v in views[:MAX_EVIDENCE] if _is_row(v)), None)
    if first_row is not None:
        prose += [v for v in _table_companions(ctx.views, first_row) if v not in prose]
    prose += [v for v in views if not _is_row(v) and v not in prose]
    return prose


def _table_companions(views: list[ClauseView], row: ClauseView) -> list[ClauseView]:
    """The paragraphs that go with a row's table: the one right before it that introduces
    it, ending in a colon ("乙方按下表时限响应并处理故障：", "Response times are as follows:"),
    and the one right after it that points back at it ("上述时限是乙方的处理目标", "The times
    above are targets": the rows' `followers`). A reader of the row needs them: what the
    table is of, and how far its figures bind."""
    out = []
    intro = matching.table_intro(views, row)
    if intro is not None and _introduces_list(views[intro]):
        out.append(views[intro])
    last = max(v.index for v in [row, *matching.table_rows(views, row)])
    if row.followers and last + 1 < len(views):
        out.append(views[last + 1])
    return [v for v in out if v.clause.kind is not ClauseKind.HEADING and not _is_row(v)]


def _table_start(views: list[ClauseView], row: ClauseView) -> int:
    """The index of the first row of a row's table: which table the row belongs to."""
    return min(v.index for v in [row, *matching.table_rows(views, row)])


def _second_row(views: list[ClauseView], table_of: Callable[[ClauseView], int], deciding: set[int]) -> int | None:
    """The position in `views` (the first MAX_EVIDENCE) of the first row after another row
    that gives way: one of the same table, or one the decision does not rest on (`deciding`:
    the ids of the views it rests on), if any."""
    seen: set[int] = set()
    for i, v in enumerate(views):
        if _is_row(v):
            table = table_of(v)
            if seen and (table in seen or id(v) not in deciding):
                return i
            seen.add(table)
    return None


def _rows_give_way(views: list[ClauseView], limit: int, keep_all: bool,
                   prose: list[ClauseView], table_of: Callable[[ClauseView], int],
                   deciding: set[int]) -> list[ClauseView]:
    """The first `limit` of `views` (the clauses to cite, best first), where the rows of
    one table take at most one of the first MAX_EVIDENCE places while a clause that is
    not a row is left: a table's rows say the same thing level by level, band by band,
    and the first one shows it; the sentence that qualifies the table ("These times are
    targets, not guarantees"), the claim procedure beside a credit table or the clause
    that states the commitment the table prices says what the rows cannot. A row of
    another table (`table_of`: a row's table) that the decision rests on (`deciding`: the
    ids of its views) keeps its place: two tables the decision read say different things
    (a severity's support and its definition). The clause pushed in goes before the row
    that gives way, the first of `prose` (the clauses that are not rows, in the order
    they take the places: `_prose_first`) not yet among the first MAX_EVIDENCE; with
    `keep_all` (a met item citing every clause it rests on) no row drops out, otherwise
    the list stays `limit` long."""
    cited = views[:limit]
    while _second_row(cited[:MAX_EVIDENCE], table_of, deciding) is not None:
        top = cited[:MAX_EVIDENCE]
        other = next((v for v in prose if v not in top), None)
        if other is None:
            break
        if other in cited:
            cited.remove(other)
        second = _second_row(cited, table_of, deciding)
        if second is None:  # not reached: taking out a clause that is not a row leaves the rows
            break
        cited.insert(second, other)
        if not keep_all:
            cited = cited[:limit]
    return cited


# A level table's row names its level first: "Severity 1", "P2", "Level 3: Medium", "二级故障";
# or only in words, one of which marks the most severe ("Business-critical system down").
# A bare number ranks a level only under a level column ("Severity | 1"), not a row count ("序号 | 3").
_NUMBERED_LEVEL = re.compile(
    r"^\s*(?:(severity|sev|priority|prio|level|p|s|l)\s*[-:.]?\s*)?([0-9])(?![0-9.%])", re.IGNORECASE)
_LEVEL_COLUMN = re.compile(r"severity|priority|level|impact|urgency|等级|级别|优先级|严重", re.IGNORECASE)
_CHINESE_LEVEL = re.compile(r"^\s*([一二三四五六])\s*级")
_TOP_LEVEL_WORD = re.compile(r"\bcritical\b|\burgent\b|\bemergency\b|紧急|致命", re.IGNORECASE)


def _level_rank(cell: str, column: str) -> int | None:
    m = _NUMBERED_LEVEL.match(cell)
    if m and (m.group(1) or _LEVEL_COLUMN.search(column)):
        return int(m.group(2))
    m = _CHINESE_LEVEL.match(cell)
    return "一二三四五六".index(m.group(1)) + 1 if m else None


def _most_severe(rows: list[ClauseView]) -> ClauseView | None:
    """The row of a level table that names the most severe level: the lowest number when
    every row's first cell numbers its level, else the one row whose first cell, under a level
    column, says critical / urgent / 紧急; None when the rows do not name levels so."""
    firsts = [(v.clause.cells or ("",))[0] for v in rows]
    column = (rows[0].clause.table_header or ("",))[0]
    ranks = [_level_rank(c, column) for c in firsts]
    if all(r is not None for r in ranks) and len(set(ranks)) == len(ranks):
        return rows[ranks.index(min(r for r in ranks if r is not None))]
    # Words rank only under a level column: "Feature | Emergency hotline" is no level.
    top = [v for v, c in zip(rows, firsts, strict=True) if _TOP_LEVEL_WORD.search(c)]
    return top[0] if len(top) == 1 and _LEVEL_COLUMN.search(column) else None


def _most_severe_row_first(ctx: ReviewContext, cited: list[ClauseView], limit: int | None) -> list[ClauseView]:
    """The one row of a level table cited among the first MAX_EVIDENCE is its most severe
    level's row, whatever order the table runs in ("General guidance" down to "Business-critical
    system down"): the row a reader checks first, where a commitment bites. The row it replaces
    takes the most severe row's place, or the first after MAX_EVIDENCE (a met item cites every
    row it rests on); with a `limit` (an item not met) the list stays that long."""
    pos = next((i for i, v in enumerate(cited[:MAX_EVIDENCE]) if _is_row(v)), None)
    if pos is None:
        return cited
    row = cited[pos]
    rows = sorted([row, *matching.table_rows(ctx.views, row)], key=lambda v: v.index)
    best = _most_severe(rows) if len(rows) > 1 else None
    if best is None or best is row or best in cited[:MAX_EVIDENCE]:
        return cited
    out = list(cited)
    if best in out:  # the two rows change places
        out[out.index(best)] = row
    else:  # the replaced row leaves the first MAX_EVIDENCE (and, with a limit, the list)
        out.insert(MAX_EVIDENCE, row)
    out[pos] = best
    return out[:limit] if limit is not None else out


# How far back a list item's lead-in is looked for among the list's earlier items, where the
# numbering left the items beside the lead-in rather than under it.
LEAD_IN_REACH = 12


def _lead_in(ctx: ReviewContext, view: ClauseView) -> ClauseView | None:
    """The paragraph ending in a colon whose list holds `view` (`ReviewContext.list_items`):
    its parent, or an earlier clause at its level under the same parent."""
    c = view.clause
    if c.cells is not None or c.kind is ClauseKind.HEADING:
        return None
    before = [ctx.views[c.parent]] if c.parent is not None and 0 <= c.parent < view.index else []
    for i in range(view.index - 1, max(-1, view.index - 1 - LEAD_IN_REACH), -1):
        other = ctx.views[i].clause
        if other.parent != c.parent or other.level != c.level or other.cells is not None:
            break
        before.append(ctx.views[i])
    return next((v for v in before if _introduces_list(v) and any(i is view for i in ctx.list_items(v))), None)


def _items_through_lead_ins(ctx: ReviewContext, cited: list[ClauseView]) -> list[ClauseView]:
    """Each cited item of a list is cited through the paragraph that introduces the list, whose
    evidence shows its items (`ReviewContext.list_items`), in the item's place: "(c) Email: the
    address given on the support site" is one of the ways "You can reach it in the following
    ways:", "（3）…" one of the cases "下列情形不计入服务不可用时间："; alone, an item hides what
    it is an item of and the items beside it. The paragraph is cited once: another of its items
    cited, or the paragraph itself cited later, adds nothing it does not show."""
    out: list[ClauseView] = []
    for view in cited:
        shown = _lead_in(ctx, view) or view
        if not any(v is shown for v in out):  # views compared by identity, one per clause
            out.append(shown)
    return out


def _states_percent(ctx: ReviewContext, view: ClauseView, value: float) -> bool:
    """Whether the clause states `value` as a percentage that is not a credit band's bound."""
    text = view.text
    return any(abs(h.value - value) < 1e-9 and not is_band(text, h)
               for h in EXTRACTORS["percent"](text, ctx.business_day))


def _fact_source_early(ctx: ReviewContext, facts: dict[str, Any], views: list[ClauseView],
                       cited: list[ClauseView], limit: int | None) -> list[ClauseView]:
    """The clause a finding's percentage comes from (the first of `views`, the decision's clauses
    then the candidates, that states it) stands among the first MAX_EVIDENCE, second after the
    clause that decided, when none of them (nor a list item a cited lead-in shows) states it:
    the plans rule reads the percentage of the customer's or the most comprehensive plan from a
    clause of its own ("Uptime: 99.999% uptime SLA" under "Enterprise"), which the keywords and
    the model may rank after the other plans' ("Uptime: 99.9% uptime SLA" under "Standard").
    A list item is cited through its lead-in (`_items_through_lead_ins`); with a `limit` (an
    item not met) the list stays that long."""
    value = facts.get("percent")
    top = cited[:MAX_EVIDENCE]
    shown = [*top, *(i for v in top for i in ctx.list_items(v))]
    if not isinstance(value, (int, float)) or any(_states_percent(ctx, v, value) for v in shown):
        return cited
    source = next((v for v in views if _states_percent(ctx, v, value)), None)
    if source is None:
        return cited
    source = _lead_in(ctx, source) or source
    out = [v for v in cited if v is not source]
    out.insert(min(1, len(out)), source)
    return out[:limit] if limit is not None else out


def _policy_value(fact: str, facts: dict[str, Any]) -> float | None:
    if fact == "top-minutes":
        levels = facts.get("levels") or []
        return float(levels[0]["minutes"]) if levels and isinstance(levels[0], dict) else None
    value = facts.get(fact)
    return float(value) if isinstance(value, (int, float)) else None


def _deviations(item: ChecklistItem, facts: dict[str, Any]) -> tuple[Deviation, ...]:
    out = []
    for policy in item.policies:
        value = _policy_value(policy.fact, facts)
        if value is None:
            continue
        limit = None
        if policy.max is not None and value > policy.max:
            limit = policy.max
        elif policy.min is not None and value < policy.min:
            limit = policy.min
        if limit is None:
            continue
        fmt = {"value": f"{value:g}", "limit": f"{limit:g}"}
        msg = policy.message or Text(
            f"{policy.fact} = {value:g} misses the policy limit {limit:g}.",
            f"{policy.fact} = {value:g}，未达到政策要求 {limit:g}。",
        )
        out.append(Deviation(policy.fact, value, limit,
                             Text(msg.en.format(**fmt), msg.zh.format(**fmt))))
    return tuple(out)
