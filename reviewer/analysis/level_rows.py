"""Per-level times read from table rows.

"P1 | 30 minutes | 4 hours" under "Priority | Response | Resolution"; plans as
columns ("Standard | Premium"), in a plan column (服务等级 | 故障等级 | 远程响应)
or in the item's own column headers ("Basic: first response"); kinds of time
as rows with levels as columns; a number with its name as the level
("1: critical incident"); times written inside a descriptive cell. A table's
rows are hedged by its title, its introducing paragraph and the sentences
that cite it by label.
"""

from __future__ import annotations

import re

from reviewer.analysis.facts import FactHit, durations
from reviewer.analysis.level_durations import LevelTime, context_is_mine, governing, plan_name, times
from reviewer.analysis.levels import channel_header, find_levels, heading_level, level_at_start, level_before
from reviewer.analysis.matching import CRITERIA_HEADER, ClauseView, any_hit, find_hits
from reviewer.analysis.sentences import split_sentences
from reviewer.analysis.vagueness import Hedge, VaguenessJudge
from reviewer.checklist.model import ChecklistItem, Terms


def row_times(item: ChecklistItem, competitors: list[Terms], view: ClauseView,
               judge: VaguenessJudge, business_day: int) -> list[LevelTime]:
    clause = view.clause
    header = clause.table_header or ()
    cells = with_units(header, clause.cells or ())
    # The first cell, then a numbered level column ("Severity | 1"), then the
    # second cell: "Severity: 1; Definition: Critical business impact..." is
    # Severity 1, not "Critical". (A second cell naming several levels,
    # "P1: 4 hours; P2: 1 day", is a plan's times: see `_levels_in_cell`.)
    # Under "Severity | Description", the first cell names the level and the
    # second describes it: "Business-critical system down | Critical functions
    # ... cannot be used" is not a level called "Critical".
    described = len(header) > 1 and CRITERIA_HEADER.search(header[1]) is not None
    level = (level_at_start(cells[0]) if cells else None) or numbered_level(header, cells) \
        or (named_level(header, cells) if described else None) \
        or next((lv for c in cells[1:2] if (lv := level_at_start(c)) and len(find_levels(c)) < 2), None) \
        or named_level(header, cells) or _level_inside(cells)
    level_cols = [j for j, h in enumerate(header) if j > 0 and level_at_start(h)]
    level = level or (_heading_level_of(view) if not level_cols else None)
    out: list[LevelTime] = []
    # A plan column's cell names the row's plan however the vendor names it
    # ("Support Plan | Support Plus", "Mission Critical"); else a known plan word.
    row_plan = (plan_name(cells[0]) or next(iter(_row_plans(header[:1], cells[:1])), None)) if cells else None
    if level is None and row_plan and len(level_cols) >= 2 and (
        any_hit(item.keywords, view.context) or any_hit(item.headings, view.context)
    ) and not any(any_hit(t, view.context) for t in competitors):
        # Plans as rows, levels as columns: "Standard | Sev A: 1 hour | Sev B: 4 hours".
        for j in level_cols:
            found = times(cells[j], business_day) if j < len(cells) else []
            if found:
                lv = level_at_start(header[j])
                out.append(LevelTime(lv, found[0].value, view, found[0].text,
                                     judge.hedges(f"{header[j]} {cells[j]}"), cells[0].strip(), found[0].business))
        return out
    # The plan a table is for: its title's, its introducing paragraph's, or
    # the nearest heading's ("# Access level support").
    title_plan = titled_plan(clause.table_title or "") or intro_plan(view.intro) \
        or titled_plan(view.context.split(" / ", 1)[0])
    if level is None and len(level_cols) >= 2 and cells and _names_only(item, competitors, cells[0]):
        return _time_kind_row(view, level_cols, judge, business_day, title_plan)
    item_cols = _item_columns(item, competitors, header)
    plan_cols: list[int] = []
    row_mine = bool(cells) and any_hit(item.keywords, cells[0]) is not None \
        and not any(any_hit(t, cells[0]) for t in competitors)
    context_mine = _table_is_mine(item, competitors, view, cells)
    plan_names: dict[int, str] = _plans_in_item_headers(item, header, item_cols)
    plan_cols = list(plan_names)
    item_cols = [j for j in item_cols if j not in plan_names]
    # "服务项目 | 基础支持服务 | 高级支持服务" over "电话支持 | 5*8小时电话技术支持，响应时间2小时以内 |
    # 7*24小时电话技术支持，响应时间15分钟以内": nothing around the table names the item, but
    # each plan's cell does, with its time; the row names what the times are for.
    cells_mine = level is None and not row_mine and not context_mine \
        and _named_in_cells(item, competitors, cells[1:], business_day)
    if not item_cols and not plan_cols and (row_mine or context_mine or cells_mine):
        plan_names = _plan_columns(header, cells, business_day)
        plan_cols = list(plan_names)
        if cells_mine and len(plan_cols) >= 2 and 0 < len(cells[0].strip()) <= 20 \
                and not times(cells[0], business_day):
            level = " ".join(cells[0].split())
    # "Initial Response Time | Under 30 minutes | Under 4 hours | Under 4 hours"
    # under "| Chat | Support Portal | Email": the times are the channels'.
    channels = _channel_columns(header, cells, business_day) \
        if level is None and not item_cols and not plan_cols and (row_mine or context_mine) else {}
    table_hedges: list[Hedge] | None = None  # the same for every column: read once, when needed
    row_plans: list[str | None] = [*_row_plans(header, cells)] or [title_plan]
    for j in item_cols + plan_cols + list(channels):
        if j >= len(cells):
            continue
        found = times(cells[j], business_day)
        if not found:
            continue
        # A title that calls the times targets ("Target initial response
        # times") hedges every row: the times are recorded but not binding.
        if table_hedges is None:
            # A row label that calls its times targets ("P1首次响应目标 | 4个工作小时
            # | 1小时") hedges the row's every plan column.
            label = [h for h in judge.hedges(cells[0]) if h.category == "target"] if j > 0 else []
            table_hedges = _table_hedges(view, judge, item, competitors) + label
        hedges = judge.hedges(f"{header[j]} {cells[j]}") + table_hedges
        plans: list[str | None] = [plan_names[j]] if j in plan_cols else row_plans
        read_levels, read_plans = level is None and j not in channels, level is not None and j not in plan_cols
        for lv, plan, t in _cell_times(cells[j], found, channels.get(j, level), plans, read_levels, read_plans):
            out.append(LevelTime(lv, t.value, view, t.text, hedges, plan, t.business))
    if level is not None and not item_cols and not plan_cols:
        out.extend(_level_row_times(item, competitors, view, cells, level, judge, business_day, title_plan,
                                    periods=not out and not channels and bool(context_mine)))
    return out


def _table_is_mine(item: ChecklistItem, competitors: list[Terms], view: ClauseView,
                   cells: tuple[str, ...]) -> bool | None:
    """Whether what stands around a row's table names the item's times (None: it names both)."""
    context_mine = context_is_mine(item, competitors, view.context)
    if context_mine is None:  # the context names both: the table's own title decides
        context_mine = context_is_mine(item, competitors, view.clause.table_title or "")
    if not context_mine and view.intro and view.intro not in view.context:
        # The paragraph beside the table that introduces it ("Supplier will respond
        # to Problems within the following times.") says what the table is.
        context_mine = context_is_mine(item, competitors, view.intro) is True
    # A row whose label names the other item's time and not this one's ("Response SLA | Response
    # within 2 business days" in a table introduced by "... to diagnose and resolve product
    # issues") is that item's row.
    if context_mine and cells and any_hit(item.keywords, cells[0]) is None \
            and any(any_hit(t, cells[0]) for t in competitors):
        return False
    return context_mine


def _heading_level_of(view: ClauseView) -> str | None:
    """A table of plans' times under a level's own heading ("## Priority 1 Tickets" over
    "Time to acknowledge | 2 hrs | 30 mins"): the heading names the row's level."""
    nearest = view.context.split(" / ", 1)[0]
    return heading_level(nearest) if nearest else None


def _level_row_times(item: ChecklistItem, competitors: list[Terms], view: ClauseView, cells: tuple[str, ...],
                     level: str, judge: VaguenessJudge, business_day: int, plan: str | None,
                     periods: bool) -> list[LevelTime]:
    """A level's row with no column of the item's, a plan's or a channel's: the times its
    descriptive cells give the item, else (`periods`: the row gave nothing yet, the table
    is the item's) its first column for a time of the week (`_period_columns`)."""
    labelled = _labelled_cell_times(item, competitors, view, level, judge, business_day, plan)
    if labelled or not periods:
        return labelled
    return _period_columns(view, cells, level, judge, business_day, plan)


def _period_columns(view: ClauseView, cells: tuple[str, ...], level: str, judge: VaguenessJudge,
                    business_day: int, plan: str | None) -> list[LevelTime]:
    """A level's times in columns that are times of the week, not plans: "Severity |
    Weekdays | Weekends and Holidays" over "S1 | 1 hour | 2 hours", "级别 | 工作日 | 节假日",
    under a title or paragraph naming the item: the first column's time, the general case
    the others depart from."""
    header = view.clause.table_header or ()
    for j in range(1, min(len(cells), len(header))):
        if CRITERIA_HEADER.search(header[j]) or not _PERIOD_HEADER.search(header[j]):
            continue
        if found := times(cells[j], business_day):
            hedges = judge.hedges(f"{header[j]} {cells[j]}") + _table_hedges(view, judge)
            return [LevelTime(level, found[0].value, view, found[0].text, hedges, plan, found[0].business)]
    return []


# A column for a time of the day or the week: "Weekdays", "Business hours", "Outside business
# hours", "Weekends and Holidays", "工作日", "工作时间", "节假日", "非工作时间".
_PERIOD_HEADER = re.compile(r"\b(?:week\s?days?|week\s?ends?|holidays?|(?:during|outside(?:\s+of)?)?\s*"
                            r"(?:business|office|working|normal)\s+(?:hours|days?)|after[\s-]hours|24\s*[x×/*]\s*7)\b|"
                            r"工作日|工作时间|非工作时间|节假日|休息日|周末|法定假日", re.IGNORECASE)


# A column whose header gives the unit its cells leave out: "Response time (hours) | 4",
# "Resolution (business days) | 2", "响应时间（小时） | 2", "Initial response, minutes | 30".
_UNIT_IN_HEADER = re.compile(
    r"(?:[(（\[]\s*(?:in\s+)?|[,，]\s*|\bin\s+)(?P<unit>(?:business\s+|working\s+|calendar\s+)?"
    r"(?:minutes?|mins?|hours?|hrs?|h|days?)|(?:工作)?(?:分钟|小时|天|日|工作日))\s*[)）\]]?\s*$",
    re.IGNORECASE)
# A bare number or range of numbers in such a column: "4", "2-4", "0.5", "≤ 4".
_BARE_NUMBER = re.compile(r"\s*(?:[<≤]\s*=?\s*|up\s+to\s+|within\s+|≦\s*)?\d+(?:\.\d+)?"
                          r"(?:\s*[-–~～至]\s*\d+(?:\.\d+)?)?\s*", re.IGNORECASE)


def with_unit(header: str, cell: str) -> str:
    """A bare number in a column whose header gives its unit, with that unit: "4"
    under "Response time (hours)" reads "4 hours"; any other cell as it is."""
    if not cell or not _BARE_NUMBER.fullmatch(cell):
        return cell
    m = _UNIT_IN_HEADER.search(header)
    if m is None:
        return cell
    unit = m.group("unit")
    if unit.lower() == "h":
        unit = "hours"
    return f"{cell.strip()} {unit}" if unit.isascii() else f"{cell.strip()}{unit}"


def with_units(header: tuple[str, ...], cells: tuple[str, ...]) -> tuple[str, ...]:
    """A row's cells with the units their headers give (`with_unit`), or the row's own
    label: "Response time (hours) | 1 | 4" under "Measure | Priority 1 | Priority 2"."""
    cells = tuple(with_unit(header[j], c) if j < len(header) else c for j, c in enumerate(cells))
    return (cells[0], *(with_unit(cells[0], c) for c in cells[1:])) if cells else cells


def _named_in_cells(item: ChecklistItem, competitors: list[Terms], cells: tuple[str, ...], business_day: int) -> bool:
    """Whether two or more cells each give a time the item's own keyword governs
    ("响应时间2小时以内"; not "P1故障恢复后5个工作日内提供", a report after the resolution)."""
    def governed(cell: str) -> bool:
        mine = find_hits(item.keywords, cell)
        theirs = [h for t in competitors for h in find_hits(t, cell)]
        return bool(mine) and not theirs and any(
            governing(cell, d.start, d.end, mine, theirs) == "mine" for d in times(cell, business_day))
    return sum(1 for c in cells if governed(c)) >= 2


def _levels_in_cell(cell: str, found: list[FactHit]) -> list[tuple[str, FactHit]]:
    """A cell giving one time per level ("P1: 1 hour (24x7); P2: 3 business
    hours"): each time with the level right before it; nothing unless every
    time has a level of its own."""
    levels = find_levels(cell)
    if len(found) < 2 or len(levels) < 2:
        return []
    out: list[tuple[str, FactHit]] = []
    for t in found:
        level = level_before(levels, t.start)
        if level is None:
            return []
        out.append((level, t))
    return out if len({lv for lv, _ in out}) == len(out) else []


def _cell_times(cell: str, found: list[FactHit], level: str | None, plans: list[str | None],
                read_levels: bool, read_plans: bool) -> list[tuple[str | None, str | None, FactHit]]:
    """The (level, plan, time) a cell of the item's times gives: one time per
    plan ("Priority 1 | Standard: 6 hours; Premium: 2 hours"), one per level
    ("Guaranteed first response | P1: 3 business hours; P2: 6 business hours"),
    else its first time for the row's level and each of its plans."""
    if read_plans and (per_plan := _plans_in_cell(cell, found)):
        return [(level, plan, t) for plan, t in per_plan]
    if read_levels and (pairs := _levels_in_cell(cell, found)):
        return [(lv, plan, t) for plan in plans for lv, t in pairs]
    return [(level, plan, found[0]) for plan in plans]


def _plans_in_cell(cell: str, found: list[FactHit]) -> list[tuple[str, FactHit]]:
    """A level's cell giving one time per plan ("Standard: 6 hours; Premium: 2
    hours"): each time with the plan named between it and the time before;
    nothing unless every time has a plan of its own."""
    if len(found) < 2:
        return []
    out: list[tuple[str, FactHit]] = []
    for k, t in enumerate(found):
        plan = plan_name(cell[found[k - 1].end if k else 0:t.start])
        if plan is None:
            return []
        out.append((plan, t))
    return out if len({p.casefold() for p, _ in out}) == len(out) else []


def _item_columns(item: ChecklistItem, competitors: list[Terms], header: tuple[str, ...]) -> list[int]:
    """The columns whose header names this item and no other."""
    cols = [j for j, h in enumerate(header)
            if any_hit(item.keywords, h) and not any(any_hit(t, h) for t in competitors)]
    # "临时解决方案 | 恢复", "Workaround | Resolution": the final fix is the
    # item's time, the interim one a step on the way.
    final = [j for j in cols if not _INTERIM.search(header[j])]
    return final if final else cols


_INTERIM = re.compile(r"临时|规避|绕行|\b(?:work-?around|interim|temporary|mitigation)\b", re.IGNORECASE)


# A column that names the support plan of each row: "服务等级 | 故障等级 | 远程响应"
# ("白金 | 一级 | 15分钟"), "Support plan | Priority | Response".
_PLAN_HEADER = re.compile(r"\b(?:(?:support|service)\s+)?(?:plan|tier|edition|package)s?\b|\bsupport\s+levels?\b|"
                          r"套餐|服务等级|服务级别|服务计划|支持计划|支持级别|"
                          # "服务版本 | 响应时间" over "企业版 | 1小时": the editions as plans.
                          r"(?:服务|产品|软件|订阅)版本|版本类型|^\s*版本\s*$", re.IGNORECASE)


# A table titled for one plan by a name of the vendor's own: "Access level -
# standard response times", "Developer Plan: Response Times", "Scale tier".
_TITLE_PLAN = re.compile(r"^\s*(?:(?i:table)\s+[\w.-]+\s*[-–—:.]?\s*)?(?P<name>[A-Z][\w+]*(?:\s+[A-Z][\w+]*)?)\s+"
                         r"(?i:level|plan|tier|edition|package|support\s+plan|service\s+levels?)\b")
_NOT_A_PLAN = re.compile(r"support|service|severity|priority|response|resolution|incident|escalation|"
                         r"security|compliance|availability|uptime|\d", re.IGNORECASE)


def _vendor_plan(m: re.Match[str] | None) -> str | None:
    """The plan name a title or intro pattern caught, unless it is a level or another topic."""
    if m and level_at_start(m.group("name")) is None and not _NOT_A_PLAN.search(m.group("name")):
        return m.group("name")
    return None


def titled_plan(title: str) -> str | None:
    """The plan a table's title names, if any."""
    return _vendor_plan(_TITLE_PLAN.match(title)) or plan_name(title)


# "The following response times apply to accounts with Access level support",
# "...to customers on the Business plan": the paragraph before a table names its plan.
_INTRO_PLAN = re.compile(r"\b(?i:accounts|customers|subscribers|subscriptions|users)\s+(?i:with|on|in|under|of)\s+"
                         r"(?:(?i:the|an?)\s+)?(?P<name>[A-Z][\w+]*(?:\s+[A-Z][\w+]*)?)\s+"
                         r"(?i:level\s+support|support\s+plan|support|plan|tier|edition|package)\b")


def intro_plan(intro: str | None) -> str | None:
    """The plan the paragraph introducing a table names, if it names one."""
    return _vendor_plan(_INTRO_PLAN.search(intro or ""))


def _row_plans(header: tuple[str, ...], cells: tuple[str, ...]) -> list[str]:
    """The plan a row belongs to, from a plan column, as printed ("白金、金牌" names
    two: `split_plans` gives the row to each where they have rows of their own)."""
    for j in range(min(2, len(header), len(cells))):
        cell = " ".join(cells[j].split())
        if (_PLAN_HEADER.search(header[j]) and 0 < len(cell) <= 30
                and level_at_start(cell) is None and not durations(cell)):
            return [cell]
    return []


# "恢复时间原则上按下表执行", "will generally respond in line with the table below":
# a hedge right before the words that point at the table qualifies the table.
_TABLE_POINTER = re.compile(r"下表|下列表格|如下表|以下表格|\bthe\s+(?:following\s+)?table\b|\btable\s+below\b",
                            re.IGNORECASE)
_POINTER_WITHIN = 30


def _governs_the_table(intro: str, word: str) -> bool:
    at = intro.find(word)
    if at < 0:
        return False
    end = at + len(word)
    pointer = _TABLE_POINTER.search(intro, end, end + _POINTER_WITHIN)
    return pointer is not None and not re.search(r"[,，;；。.:：]", intro[end:pointer.start()])


# "响应时限及恢复目标", "response times and resolution targets": a target word right
# after another item's keyword, where this item's keyword has a time noun of its own
# before it, is that item's target ("response and resolution targets" is both's).
_TIME_NOUN = re.compile(r"时限|时间|时效|\btimes?\b", re.IGNORECASE)


def _anothers_target(text: str, word: str, item: ChecklistItem, competitors: list[Terms]) -> bool:
    at = text.find(word)
    if at < 0:
        return False
    theirs = [h for t in competitors for h in find_hits(t, text) if 0 <= at - h.end <= 1]
    if not theirs:
        # "Priorities, response times and target restoration times", "响应时间及目标恢复时间":
        # a target word right before another item's keyword, after this item's keyword
        # and its own time noun, is that item's target too.
        end = at + len(word)
        theirs = [h for t in competitors for h in find_hits(t, text) if 0 <= h.start - end <= 1]
        if not theirs:
            return False
        mine = [h for h in find_hits(item.keywords, text) if h.end <= at]
        return any(_TIME_NOUN.search(text, h.start, at) for h in mine)
    mine = [h for h in find_hits(item.keywords, text) if h.start < theirs[0].start]
    return any(_TIME_NOUN.search(text, h.start, theirs[0].start) for h in mine)


def _own_hedges(text: str, item: ChecklistItem | None, competitors: list[Terms],
                judge: VaguenessJudge) -> list[Hedge]:
    found = judge.hedges(text)
    if item is None or not found:
        return found
    return [h for h in found if h.category != "target" or not _anothers_target(text, h.word, item, competitors)]


def _table_hedges(view: ClauseView, judge: VaguenessJudge, item: ChecklistItem | None = None,
                  competitors: list[Terms] | None = None) -> list[Hedge]:
    """What hedges every row of a table: its title's vague wording, and a
    target or an effort named in the paragraph that introduces it ("the SLA
    targets are given in the table below"), and an effort in a sentence that
    cites it by label ("will use commercially reasonable efforts to meet the
    Response Times in Table E1")."""
    others = competitors or []
    # "乙方力争在下列时限内响应：" over "首次响应 | 恢复或解决" columns: a paragraph that
    # names only the other item's times hedges those, not this item's.
    theirs_only = bool(view.intro) and item is not None and not any_hit(item.keywords, view.intro) \
        and any(any_hit(t, view.intro) for t in others)
    intro = [h for h in _own_hedges(view.intro, item, others, judge)
             if h.category in ("target", "effort") or _governs_the_table(view.intro, h.word)] \
        if view.intro and not theirs_only else []
    # A sentence citing the table by label counts for its efforts only: "the
    # actual times against the targets in Table 1" (a report) hedges nothing.
    cited = [h for text in view.referrers for h in judge.hedges(text) if h.category == "effort"]
    # A sentence below the table pointing back at it counts for its targets too:
    # "The times above are targets; Corvane uses commercially reasonable efforts".
    # As for the introducing paragraph, one naming only the other item's times
    # ("上表所列解决时限为乙方的服务目标") hedges those, not this item's.
    below = [h for text in view.followers
             if item is None or any_hit(item.keywords, text) or not any(any_hit(t, text) for t in others)
             for h in _own_hedges(text, item, others, judge) if h.category in ("target", "effort")]
    return _own_hedges(view.clause.table_title or "", item, others, judge) + intro + cited + below


def _plans_in_item_headers(item: ChecklistItem, header: tuple[str, ...], item_cols: list[int]) -> dict[int, str]:
    """Plans named in the item's own columns: "Basic Success: first response |
    Premier Success: first response" are two plans' response times."""
    if len(item_cols) < 2:
        return {}
    names: dict[int, str] = {}
    bare: list[int] = []
    for j in item_cols:
        hits = find_hits(item.keywords, header[j])
        prefix = header[j][:min(h.start for h in hits)].strip(" :：-–—(（/") if hits else ""
        prefix = re.sub(r"\s*(?:first|initial|首次)$", "", prefix, flags=re.IGNORECASE).strip(" :：-–—")
        if not prefix or _TARGET_WORD.fullmatch(prefix):
            # "Target Response Time (Enterprise)": the plan in brackets after it.
            bracket = _BRACKETED.search(header[j])
            prefix = bracket.group(1).strip() if bracket else ""
        if not prefix and not bare:
            bare.append(j)
            continue
        if not prefix or level_at_start(prefix) or len(prefix) > 40:
            return {}
        names[j] = prefix
    if bare:
        # "Response time | Premium response time": the unnamed column is the
        # standard plan's, where every other column names a plan of the usual words.
        if not all(plan_name(p) == p for p in names.values()):
            return {}
        names = dict(sorted({**names, bare[0]: "Standard"}.items()))
    return names if len(set(names.values())) == len(names) else {}


_TARGET_WORD = re.compile(r"(?:target(?:ed)?|guaranteed|maximum|max\.?|目标|最长)", re.IGNORECASE)
_BRACKETED = re.compile(r"[(（]\s*([^()（）]{1,40}?)\s*[)）]\s*$")


def _time_kind_row(view: ClauseView, level_cols: list[int], judge: VaguenessJudge, business_day: int,
                   plan: str | None) -> list[LevelTime]:
    """Kinds of time as rows, levels as columns: "Acknowledgement | 8 hours |
    24 hours | 48 hours" under "Timeframe | Severity 1 | Severity 2 | ..."."""
    header = view.clause.table_header or ()
    cells = with_units(header, view.clause.cells or ())
    out: list[LevelTime] = []
    table_hedges: list[Hedge] | None = None
    for j in level_cols:
        found = times(cells[j], business_day) if j < len(cells) else []
        if found:
            if table_hedges is None:
                table_hedges = _table_hedges(view, judge)
            hedges = judge.hedges(f"{cells[0]} {cells[j]}") + table_hedges
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
    title_hedges = _table_hedges(view, judge, item, competitors)
    for cell in view.clause.cells or ():
        if level_at_start(cell):
            continue
        for sentence in split_sentences(cell, semicolons=True):
            found = times(sentence.text, business_day)
            mine = find_hits(item.keywords, sentence.text) if found else []
            if not mine:
                continue
            theirs = [h for t in competitors for h in find_hits(t, sentence.text)]
            for d in found:
                if governing(sentence.text, d.start, d.end, mine, theirs) == "mine":
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
    named = {j: p for j, h in enumerate(header) if (p := plan_name(h))}
    # Each plan as printed ("Premium Support Plus" is not "Premium Support"),
    # without a label before a colon ("Service Plan: Enterprise").
    printed = {j: _printed_plan(h) for j, h in enumerate(header)}
    structural = {
        j: printed[j] for j, h in enumerate(header)
        if 0 < j < len(cells) and (_plan_like(printed[j]) or _levels_inside(printed[j], cells[j], business_day))
        and not channel_header(h) and not _PERIOD_HEADER.search(h)
        # A known plan's column counts whatever its cell says ("Next release",
        # "Best effort"): the row's other plans are still read.
        and (times(cells[j], business_day) or _NOT_OFFERED.match(cells[j]) or j in named)
    }
    timed = [j for j in structural if times(cells[j], business_day)]
    if len(structural) >= 2 and timed and set(named) <= set(structural):
        # "Free | Bootstrap | Premium | Personalized": one known plan word
        # among freely named plans; the row's shape names them all.
        return structural
    return named


def row_plans_named(view: ClauseView, business_day: int) -> list[str]:
    """The plans a table row's plan columns name, as `_plan_columns` reads them: "Severity |
    Pro | Enterprise" over "Sev 1 | 4 business hours | Ask sales" names Pro and Enterprise,
    though only Pro's cell gives a time."""
    header = view.clause.table_header or ()
    cells = with_units(header, view.clause.cells or ())
    return list(_plan_columns(header, cells, business_day).values()) if cells else []


_LABEL_BEFORE_COLON = re.compile(r"^[^:：]{1,20}[:：]\s*")


def _levels_inside(header: str, cell: str, business_day: int) -> bool:
    """A short header over a cell that gives times for two or more levels of its own
    ("L1 | P1: 3 business hours; P2: 6 business hours", "Tier 2 | Sev 1: 1 hour; Sev 2: 4
    hours"): the column is not a level, so it is a plan, whatever its name looks like."""
    return 0 < len(header.split()) <= 3 and not _TIME_HEADER.search(header) \
        and len({lv for lv, _, _ in find_levels(cell)}) >= 2 and len(times(cell, business_day)) >= 2


def _printed_plan(header: str) -> str:
    spaced = " ".join(header.split())
    return _LABEL_BEFORE_COLON.sub("", spaced) or spaced


def _channel_columns(header: tuple[str, ...], cells: tuple[str, ...], business_day: int) -> dict[int, str]:
    """Columns of a row that are support channels giving their own times, with
    each channel's name; only where two or more do (one says nothing of levels)."""
    named = {j: " ".join(h.split()) for j, h in enumerate(header)
             if 0 < j < len(cells) and channel_header(h) and times(cells[j], business_day)}
    return named if len(named) >= 2 else {}


# A level column whose cells are bare numbers: "Ticket Priority | 1 | ...",
# "等级 | 1 | ...": the level is the header's word with the number.
_LEVEL_HEADER = re.compile(r"\b(priority|severity|sev|level)\b|(等级|级别|优先级)", re.IGNORECASE)
_BARE_LEVEL = re.compile(r"\s*([0-5]|[A-D]|I{1,3}|IV)\s*")
# "Incident level | 1: critical incident": a number with the level's name; the
# cell as printed is the level.
# "Severity Level | 1 (Urgent)": the name in brackets.
_DESCRIBED_LEVEL = re.compile(r"\s*(?:[0-5]|[A-D]|I{1,3}|IV)\s*(?:[:：.\-–—]\s*[^\W\d][^;；。.]{0,40}"
                              r"|[(（]\s*[^\W\d][^)）;；。.]{0,30}[)）]\s*)")


def numbered_level(header: tuple[str, ...], cells: tuple[str, ...]) -> str | None:
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


# A level column holding the vendor's own names for its levels ("Severity |
# General guidance", "Priority | Production system down"): the cell is the level.
# "Lowest (SEV 5)": a name with its code in brackets is the level as printed.
_NAMED_LEVEL = re.compile(r"[^\W\d][^\d;；。.:：()（）]{0,39}(?:[(（][^()（）;；。:：]{1,12}[)）])?")
# "Severity Level | SL 1": the vendor's own short code with its number.
_SHORT_CODE = re.compile(r"[A-Za-z]{1,4}[\s-]?\d{1,2}")
# "Issue Type | Critical Issue", "类别 | 生产故障": a column of the kinds of issue
# the times are given for names the levels as well.
_TYPE_HEADER = re.compile(
    r"\b(?:issue|incident|problem|ticket|case|request|fault)\s+(?:types?|categor(?:y|ies)|class)\b|"
    r"^\s*(?:(?:问题|故障|事件|工单)(?:类型|类别|分类)|类别|分类|category|class)\s*$", re.IGNORECASE)


def named_level(header: tuple[str, ...], cells: tuple[str, ...]) -> str | None:
    if not header or not cells or CRITERIA_HEADER.search(header[0]) or not (
            _LEVEL_HEADER.search(header[0]) or _TYPE_HEADER.search(header[0])):
        return None
    if _PLAN_HEADER.search(header[0]):
        # "Support level | First response", "服务等级 | 响应时间": the first column
        # names the plans ("Standard Support", "白金"), not severities.
        return None
    if sum(1 for h in header[1:] if level_at_start(h)) >= 2:
        # "服务级别 | 服务时间 | 紧急问题 | 严重问题": the levels are the columns, and
        # the first column ("service level") names the plans.
        return None
    cell = " ".join(cells[0].split())
    if (_NAMED_LEVEL.fullmatch(cell) or _SHORT_CODE.fullmatch(cell)) and len(cell.split()) <= 5 and not durations(cell):
        return cell
    return None


# "Response time: A. Critical Priority": the kind of time, then the level
# after a list letter.
_KIND_THEN_LEVEL = re.compile(r"^[^:：]{1,30}[:：]\s*(?:[A-Za-z0-9]{1,3}[.)]\s+|\([A-Za-z0-9]{1,3}\)\s*)?(?P<rest>.+)$")


def _level_inside(cells: tuple[str, ...]) -> str | None:
    """One coded level inside a short first cell: "Guaranteed P1 response";
    a level after the kind of time it is for: "Response time: A. Critical Priority"."""
    if cells and (m := _KIND_THEN_LEVEL.match(cells[0])) and (level := level_at_start(m.group("rest"))):
        return level
    if not cells or len(cells[0]) > 40:
        return None
    found = {lv for lv, _, _ in find_levels(cells[0])}
    return found.pop() if len(found) == 1 else None


# A plan named by its coverage: "5×8技术支持服务 | 7×24技术支持服务", "24x7 Premium".
_COVERAGE_NAME = re.compile(r"\d{1,2}\s*[×xX*]\s*\d{1,2}(?:\s*[×xX*]\s*\d{3})?")


def _plan_like(header: str) -> bool:
    text = _COVERAGE_NAME.sub("", header.strip(), count=1)
    latin = re.findall(r"[A-Za-z]+", text)
    cjk = re.findall(r"[\u4e00-\u9fff]", text)
    # A Chinese plan's name runs to a few characters ("7×24技术支持服务", "高级订阅").
    return (bool(latin or cjk) and len(latin) + (len(cjk) + 1) // 2 <= 4
            and not CRITERIA_HEADER.search(text) and level_at_start(text) is None
            and not re.search(r"\d", text) and not _TIME_HEADER.search(text))


# Headers that name a kind of time, not a plan ("Target", "Hours", "时限").
_TIME_HEADER = re.compile(r"time|target|hour|minute|day|sla|coverage|window|status|"
                          r"时间|时限|时效|目标|覆盖|状态", re.IGNORECASE)
