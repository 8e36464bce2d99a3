"""Which percentage a clause commits to, for the items whose fact is a percentage
(availability): credit bands are not commitments, a figure given per plan follows
the plans rule, and a binding percentage may take its period from the contract's
own formula for it. Used by `judge._attempt_requirement` and `judge._join_formula_period`.
"""

from __future__ import annotations

import re

from reviewer.analysis.context import ReviewContext
from reviewer.analysis.facts import EXTRACTORS, FactHit
from reviewer.analysis.hanzi import simplified
from reviewer.analysis.level_durations import PLAN, plan_name
from reviewer.analysis.level_times import customer_plan
from reviewer.analysis.matching import Candidate, ClauseView, find_hits, table_rows
from reviewer.checklist.model import ChecklistItem, Requirement

# The lower bound of a credit band: what the vendor pays for missing, not
# what it commits to ("Below 99.9%", "低于99.9%", "less than 99.95 %", "< 99.99%").
_BAND = re.compile(r"(?:(?<!not )(?<!no )\b(?:below|less than|lower than|under|falls? short of)"
                   r"|(?<!不)低于|不足|未达到?|(?<!不)小于|(?<![<>=≤≥])<(?!=))\s*$", re.IGNORECASE)
# The floor of a band whose ceiling is named first: "Below the Service Commitment
# but at least 99.0%", "Below 99.0% but at least 95.0%", "低于99.9%但不低于99%", "< 99.9% - >= 99.0%".
_FLOOR = re.compile(r"(?:(?<!not )(?<!no )\b(?:below|less than|lower than)\b[^;:]{0,50}?\b(?:but|and)\s+(?:at least"
                    r"|(?:equal to or )?(?:greater|more|higher) than(?: or equal to)?|not less than|no less than)"
                    r"|(?<!不)(?:低于|小于)[^；。]{0,30}?(?:但|且|，)\s*(?:不低于|不小于|大于等于|高于等于|大于|高于)"
                    # In symbols: "< 99.99% - >= 99.90%".
                    r"|(?<![<>=≤≥])<(?!=)\s*\d+(?:\.\d+)?\s*%\s*(?:[-–—,]|\bto\b|\band\b|\bbut\b)\s*(?:>=|≥|=>))\s*$",
                    re.IGNORECASE)


def is_band(text: str, hit: FactHit) -> bool:
    """Whether a percentage of `text` bounds a credit band rather than states a commitment."""
    text = simplified(text)  # "低於99.9%": same positions
    return _BAND.search(text[max(0, hit.start - 24):hit.start]) is not None \
        or _FLOOR.search(text[max(0, hit.start - 90):hit.start]) is not None


# How a percentage is computed: "Availability = (A - B) / A x 100%", "calculated as",
# "divided by", "可用性＝…÷…".
# The formula in words counts too: "It is the percentage of the total time in a calendar
# month during which ... are Available", "the share of minutes in each month in which ...".
_FORMULA = re.compile(r"[=＝÷]|\bdivided by\b|\bcalculated as\b|计算公式"
                      r"|\b(?:percentage|share|proportion)\s+of\s+(?:all\s+)?(?:the\s+)?(?:total\s+)?"
                      r"(?:time|minutes|hours)\b|总(?:时间|时长|分钟数)的?(?:百分比|比例)", re.IGNORECASE)


# A sentence (or table row) that pays a credit: its percentages are bands.
# ("Share of the monthly service charge credited: 10%": the verb too.)
_CREDIT = re.compile(r"\bcredit(?:s|ed)?\b|\brefund(?:s|ed)?\b|赔偿|补偿|代金券|返还|顺延", re.IGNORECASE)


def credit_bands(text: str, percents: list[FactHit], source: Candidate) -> list[bool]:
    """Per percentage of the sentence `text`, whether it is a credit band's bound."""
    if not percents:
        return []
    # A table row is one band however its cells split into sentences.
    row = source.view.text if source.view.clause.cells is not None else text
    if _CREDIT.search(simplified(row)):
        return [True] * len(percents)
    return [is_band(text, h) for h in percents]


def commitment(hits: list[FactHit], text: str) -> list[FactHit]:
    """The committed percentage among one sentence's: with credit bands ("below
    99.9% ... below 99.0%") the highest bound; with none, the first named, as a
    later one is a component's or a paid upgrade's ("云主机可用性不低于99.95%，云存储
    可用性不低于99.99%"; "99.95% ... or, where purchased, 99.99% under the add-on")."""
    if len(hits) > 1 and not any(is_band(text, h) for h in hits):
        return hits[:1]
    return [max(hits, key=lambda h: h.value)]


# A table's first column naming each row's plan: "Subscription type | Monthly Uptime Percentage".
_PLAN_COLUMN = re.compile(r"\b(?:subscriptions?|plans?|tiers?|editions?|packages?)\b|套餐|版本", re.IGNORECASE)
# A later sentence giving a plan's own figure: "System Uptime of 99.9% per month. Premium: 99.95%."
_PLAN_LABEL = re.compile(rf"^\s*(?:{PLAN.pattern})\s*[:：]", re.IGNORECASE)


def plans_percent(ctx: ReviewContext, view: ClauseView, hit: FactHit) -> FactHit:
    """The percentage of the customer's plan, else of the most comprehensive
    (the highest), where the clause gives one per plan: a table's rows per plan
    ("Subscription type | Monthly Uptime Percentage"), a row's columns per plan
    ("Monthly uptime commitment | 99.9% | 99.95% | 99.999%" under "Feature |
    Standard | Business | Enterprise"), or a later sentence naming a plan
    ("Premium: 99.95%"). Otherwise `hit`."""
    per_plan: dict[str, FactHit] = {}
    cells, header = view.clause.cells, view.clause.table_header or ()
    if cells is not None and header and _PLAN_COLUMN.search(header[0]):
        for row in sorted([view, *table_rows(ctx.views, view)], key=lambda v: v.index):
            found = [p for c in (row.clause.cells or ())[1:] for p in EXTRACTORS["percent"](c, ctx.business_day)]
            if len(found) == 1 and row.clause.cells:
                per_plan[row.clause.cells[0].strip()] = found[0]
    elif cells is not None and len(header) == len(cells):
        for name, cell in zip(header[1:], cells[1:], strict=True):
            found = EXTRACTORS["percent"](cell, ctx.business_day)
            if len(found) == 1 and PLAN.fullmatch(name.strip()):
                per_plan[name.strip()] = found[0]
    elif cells is None:
        for k, sentence in enumerate(view.sentences):
            found = EXTRACTORS["percent"](sentence.text, ctx.business_day)
            label = _PLAN_LABEL.match(sentence.text) if k else None
            if len(found) == 1 and (k == 0 or label is not None):
                per_plan[label.group(0).strip(" :：") if label else ""] = found[0]
    if len(per_plan) < 2 and cells is not None and (first := _first_row_figure(ctx, view, hit)) is not None:
        return first
    if len(per_plan) < 2 or hit.value not in {h.value for h in per_plan.values()}:
        return hit
    chosen = customer_plan(ctx.views, [p for p in per_plan if p])
    return per_plan[chosen] if chosen else max(per_plan.values(), key=lambda h: h.value)


def _first_row_figure(ctx: ReviewContext, view: ClauseView, hit: FactHit) -> FactHit | None:
    """A table of components or deployment modes, each row one figure and none a credit band
    ("Deployment | Monthly Uptime Percentage committed" over "At least two instances over two
    Availability Zones | 99.99%", "One Availability Set | 99.95%", "A single instance | 99.9%"):
    the first row's figure, the first named (LABELLING.md), whichever row the model ranks first.
    None when the table is no such table."""
    figures: list[FactHit] = []
    for row in sorted([view, *table_rows(ctx.views, view)], key=lambda v: v.index):
        cells = row.clause.cells or ()
        if _CREDIT.search(row.text):
            return None
        found = [p for c in cells[1:] for p in EXTRACTORS["percent"](c, ctx.business_day) if not is_band(c, p)]
        if len(found) != 1:
            return None
        figures.append(found[0])
    if len(figures) < 2 or hit.value not in {h.value for h in figures}:
        return None
    return figures[0]


def plans_across(ctx: ReviewContext, stated: list[tuple[ClauseView, list[float]]], value: float) -> float:
    """The percentage of the customer's plan, else of the most comprehensive (the
    highest), where each plan states its own in a clause under the plan's heading
    ("Enterprise - 99.999% uptime SLA" / "- Uptime: a 99.999% uptime SLA", "Business -
    ..." / "- Uptime: a 99.95% uptime SLA"), and `value`, the figure chosen, is one
    of them. Otherwise `value`. ``stated``: each clause stating a percentage, with its
    percentages."""
    per_plan: dict[str, float] = {}
    for view, values in stated:
        plan = plan_name(view.context.split(" / ", 1)[0])
        if not plan or len(set(values)) != 1:
            continue
        if per_plan.setdefault(plan, values[0]) != values[0]:
            return value  # one plan, two figures: components or modes, not plans
    if len(per_plan) < 2 or value not in per_plan.values():
        return value
    chosen = customer_plan(ctx.views, list(per_plan))
    return per_plan[chosen] if chosen else max(per_plan.values())


def formula_period(ctx: ReviewContext, item: ChecklistItem, requirements: tuple[Requirement, ...]) -> bool:
    """Whether a sentence of the contract computes the item's percentage (names the
    item, states a formula) over a period the percentage requirement names."""
    patterns = [r.patterns for r in requirements if "percent" in r.facts and r.patterns]
    if not patterns:
        return False
    for view in ctx.views:
        before = ""
        for sentence in view.sentences:
            if _FORMULA.search(sentence.text) and _names_item(item, sentence.text, before) \
                    and any(find_hits(p, sentence.text) for p in patterns):
                return True
            before = sentence.text
    return False


# A sentence that opens on a pronoun for the one before it: "The "Availability SLA" is
# 99.8%. It is the percentage of the total time in a calendar month during which ...".
_BACK_REFERENCE = re.compile(r"\s*(?:it|this|that|such\s+(?:percentage|figure))\s+(?:is|means|shall\s+be)\b"
                             r"|\s*(?:该|此|上述)(?:百分比|比例|指标|数值)", re.IGNORECASE)


def _names_item(item: ChecklistItem, text: str, before: str) -> bool:
    """Whether a sentence names the item, itself or through a pronoun for the sentence before it."""
    if find_hits(item.keywords, text):
        return True
    return bool(before) and _BACK_REFERENCE.match(text) is not None and bool(find_hits(item.keywords, before))
