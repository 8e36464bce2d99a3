"""Per-level times, the common part: a LevelTime, which durations in a text can be
response or resolution times, and whose time each one is.

Used by `level_rows` (table rows) and `level_times` (prose, summaries,
plans and criteria).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reviewer.analysis.facts import THRESHOLD, FactHit, durations
from reviewer.analysis.matching import ClauseView, Hit, any_hit
from reviewer.analysis.vagueness import Hedge
from reviewer.checklist.model import ChecklistItem, Terms

PLAN = re.compile(
    r"\b(?:basic|standard|premium|premier|enterprise|professional|business|advanced|"
    r"gold|silver|bronze|platinum|developer|starter|essential|elite)\b(?:\s+(?:support|plan|tier))?"
    r"|基础版|标准版|专业版|企业版|旗舰版|尊享版|高级版|至尊版|白金版|金牌|银牌"
    # "标准服务 | 高级服务" as a time table's columns: plans named by their service.
    r"|(?:基础|标准|高级|企业|旗舰|尊享|至尊|白金|黄金)(?:服务|支持)(?:包|套餐)?",
    re.IGNORECASE,
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


def plan_name(text: str) -> str | None:
    m = PLAN.search(text)
    return m.group(0).strip() if m else None


def context_is_mine(item: ChecklistItem, competitors: list[Terms], context: str) -> bool | None:
    """True when the context names this item only, False when not, None when both."""
    mine = bool(any_hit(item.keywords, context) or any_hit(item.headings, context))
    theirs = any(any_hit(t, context) for t in competitors)
    if mine and theirs:
        return None
    return mine


# "three times during a calendar month", "90% of the time, per SLA period of
# one month": the period something is counted over.
_PERIOD_BEFORE = re.compile(r"\b(?:during|throughout)\s+(?:a|an|any|each|the|one)?\s*$|"
                            r"\b(?:period|cycle)\s+of\s*$|"
                            r"\b(?:in|over)\s+(?:any|each|a\s+given|any\s+given)\s*$", re.IGNORECASE)
# "每月最后三个自然日及次月前三个自然日", "the first 30 days of the term": a
# stretch of a period named by its place in it, not a time to respond in.
# (提前 is "in advance": "提前3天" is a notice period, not a place.)
_PLACE_IN_PERIOD = re.compile(r"(?:\b(?:first|last|final)|最后|最末|(?<!提)前)\s*$", re.IGNORECASE)
# "自下一个工作日9:00起计算", "from the next business day": where a clock
# starts, not how long it runs.
_CLOCK_START = re.compile(r"(?:[自从]下?|\b(?:from|starting|beginning)\s+(?:on\s+)?the)\s*$", re.IGNORECASE)
# "within 15 days after the end of the month": a deadline counted from the end
# of a period (a credit claim, a report), not from the incident.
_FROM_PERIOD_END = re.compile(r"\s*(?:\(\w+\)\s*)?(?:after|following|of|from)\s+the\s+(?:end|close)\s+of\b",
                              re.IGNORECASE)
# "a root cause analysis within five (5) business days after the incident is resolved", "no later
# than ten (10) business days after restoration", "within five (5) Business Days of the resolution of
# any Priority 1 Error", "within five (5) business days of the incident's resolution": a deadline
# counted from the fix (a report's), neither a response nor a resolution time.
_FROM_RESOLUTION = re.compile(r"\s*(?:\(\w+\)\s*)?(?:after|following|of|from)\s+(?:the\s+)?"
                              r"(?:(?:[\w-]+['’]s?\s+)?(?:resolution|restoration|closure)\b"
                              r"|(?:[\w-]+\s+){0,4}?(?:is|are|was|were|has\s+been|have\s+been|being)\s+"
                              r"(?:resolved|restored|closed|fixed)\b)", re.IGNORECASE)
# "closes the case after 72 hours without a response", "24小时后自动关闭": a time
# that has to pass before something happens is a delay, not a deadline.
_DELAY_BEFORE = re.compile(r"\b(?:after|following)\s*$", re.IGNORECASE)
_DELAY_AFTER = re.compile(r"\s*(?:后|之后|以后)")


# "backups are encrypted and are kept for no more than 30 days", "日志保留不超过30天": how long
# something is kept, not a time to respond in or to restore by.
_KEPT_FOR = re.compile(r"\b(?:kept|retained|stored|held|preserved|archived)\s+(?:for\s+)?"
                       r"(?:(?:no|not)\s+(?:more|longer)\s+than|up\s+to|at\s+(?:least|most)"
                       r"|a\s+(?:maximum|minimum)\s+of|a\s+period\s+of)?\s*$"
                       r"|(?:保留|保存|留存|存储|存放)(?:期限|期|时间)?(?:为|不超过|不少于|最多|最长|至少|至多)?\s*$",
                       re.IGNORECASE)


# "Outside these hours ... we will reply on the next business day", "非工作时间…其他
# 问题将于下一工作日处理": when a request made out of hours is taken up is a clock
# rule, not a time to respond in.
_OUT_OF_HOURS = re.compile(r"\boutside\s+(?:of\s+)?(?:these|the|our|support|business|normal|office|working)?\s*"
                           r"(?:support\s+|business\s+|office\s+|working\s+)?hours\b|\bafter[\s-]+hours\b|"
                           r"非工作时间|工作时间以外|工作时间之外|工作时间外", re.IGNORECASE)
_NEXT_DAY = re.compile(r"next|下一|次", re.IGNORECASE)
_OUT_OF_HOURS_BEFORE = 100


def _out_of_hours_next_day(text: str, d: FactHit) -> bool:
    # ("下一工作日" is read as "一工作日" as well: the "下" right before counts.)
    return _NEXT_DAY.search(text, max(0, d.start - 2), d.end) is not None and \
        _OUT_OF_HOURS.search(text, max(0, d.start - _OUT_OF_HOURS_BEFORE), d.start) is not None


# "response times on critical incidents as low as 20 minutes", "resolution from 2 hours": the best
# case an offering reaches, not a time promised for every request.
_BEST_CASE_BEFORE = re.compile(r"\b(?:as\s+(?:low|little|short|fast|quick)\s+as|down\s+to|starting\s+(?:at|from))\s*$",
                               re.IGNORECASE)


def times(text: str, business_day: int) -> list[FactHit]:
    """Durations that can be a response or resolution time in `text`."""
    found = [d for d in durations(text, business_day)
             if _plausible(d.value) and not THRESHOLD.search(text[max(0, d.start - 16):d.start])
             and not _out_of_hours_next_day(text, d)
             and not _PERIOD_BEFORE.search(text[max(0, d.start - 24):d.start])
             and not _PLACE_IN_PERIOD.search(text[max(0, d.start - 8):d.start])
             and not _CLOCK_START.search(text[max(0, d.start - 20):d.start])
             and not _FROM_PERIOD_END.match(text[d.end:])
             and not _FROM_RESOLUTION.match(text[d.end:])
             and not _DELAY_BEFORE.search(text[max(0, d.start - 12):d.start])
             and not _BEST_CASE_BEFORE.search(text[max(0, d.start - 20):d.start])
             and not _DELAY_AFTER.match(text[d.end:])
             and not _KEPT_FOR.search(text[max(0, d.start - 40):d.start])]
    # "1 Business Day (12 Business Hours)": the bracket says how long it is.
    return [d for i, d in enumerate(found)
            if not (i + 1 < len(found) and re.fullmatch(r"\s*[(（]\s*", text[d.end:found[i + 1].start])
                    and re.match(r"\s*[)）]", text[found[i + 1].end:]))]


def _plausible(minutes: float) -> bool:
    """Response and resolution times run in minutes to weeks, not months or years."""
    return 0 < minutes <= 60 * 1440


# Chinese puts the verb after the time ("在4小时内恢复服务"): a keyword this
# close after a time governs it, also after a verb of giving ("24小时内提供解决方案").
_RIGHT_AFTER = re.compile(r"^\s*(?:内|以内|之内)?\s*(?:予以|完成|进行|作出|做出|给出|给予|提供|出具)?\s*$")
# A keyword that is negated ("not resolved within 2 hours", "2小时内未恢复")
# states an escalation trigger, not a commitment.
# "If Stackwise cannot fix it within thirty (30) days of the notice, Customer may end ...", "is unable
# to resolve": a condition for a remedy, not a deadline.
_NEGATED_BEFORE = re.compile(r"(?:\bnot(?:\s+been)?|\bno|\bwithout(?:\s+an?|\s+any)?|\bcannot|\bcan['’]t"
                             r"|\bunable\s+to|\bfails?\s+to|未能?|无法|没有|尚未)\s*$",
                             re.IGNORECASE)
# A keyword followed by "after" marks the event a later deadline counts from
# ("恢复后3个工作日内提交报告"; "within 72 hours after the incident is resolved").
# "自响应起2小时仍未恢复" counts from the response ("起"), like "after".
# "一级问题解决之日起3个工作日内提交故障说明": from the day of the event, as "after".
_AFTER_EVENT = re.compile(r"^\s*(?:后|之后|以后|完成后|起|时起|之时起|之日起|当日起|日起)")
# "10分钟内恢复不了的": a keyword right after the time, negated after it ("cannot be restored").
_NEGATED_AFTER = re.compile(r"^\s*(?:不了|不成|不能|不到)")
_EVENT_BEFORE = re.compile(r"(?:\bafter|\bfollowing|\bof|\bupon|\bonce)\s+(?:the\s+)?(?:\w+\s+){0,5}$",
                           re.IGNORECASE)


# "4小时内未恢复", "4小时内仍未恢复": a trigger, not a deadline.
# "30分钟内未获响应", "2小时内未得到解决", "4小时内未提供临时解决方案的": whatever
# stands between "未" and the keyword, the time is a condition.
_NOT_YET_AFTER = re.compile(r"^\s*(?:内|以内)?\s*(?:(?:仍然?|依然)不能|(?:仍然?|依然|还|尚)?\s*"
                            r"(?:未|无法|没有))")  # 不能 only right after 仍 / 依然 ("仍不能恢复")


# A time some party has let pass is a condition, not a deadline: "closed when Customer has not
# replied within ten (10) business days", "if Customer fails to respond within 5 days".
_PARTY_LAPSE_BEFORE = re.compile(r"\b(?:has|have|had|does|do|did)\s+not\s+(?:[\w-]+\s+){1,2}within\s+$"
                                 r"|\bfails?\s+to\s+(?:[\w-]+\s+){1,2}within\s+$", re.IGNORECASE)
# A report between the keyword and the time owns the time: "until service is restored or a workaround
# is provided, and will provide a written incident report ... within ten (10) business days".
# A report received is no such owner: "acknowledge each Error Report within 2 hours".
_REPORT_BETWEEN = re.compile(r"\b(?:provide|deliver|submit|send|issue|furnish|share)s?\b[^.;]{0,60}"
                             r"\b(?:reports?|RCA|root[- ]cause|post[- ]?mortem)\b"
                             r"|(?:提供|提交|出具|发送|给出)[^。；]{0,20}报告", re.IGNORECASE)


EVENT_JUST_BEFORE = re.compile(r"(?:后|之后|\bafter|\bfollowing)\s*$", re.IGNORECASE)


# "4小时内到达现场": a verb right after the time is the time's own. A preposition
# there ("30分钟内对…提交的在线咨询作出答复") puts the verb after its object.
_CJK_VERB_AFTER = re.compile(r"^\s*(?:内|以内|之内)\s*(?![对向就])[\u4e00-\u9fff]")


# "一年内有三次以上一级故障未能在4小时以内恢复的": a time negated before it is a condition, whatever
# keyword follows it.
# (also with the rule it breaks between: "乙方没有依第8.5条在2小时内受理回复的")
_NOT_WITHIN_BEFORE = re.compile(r"(?:未能|未|没有|没能|不能)[^。；，,;]{0,10}?(?:在|于)\s*$")
# "allowing Partner three (3) days to fix the problem", "gives the Customer 30 days to cure": a time
# granted to a party to act in, not the vendor's limit.
_GRANTED_BEFORE = re.compile(r"\b(?:allow|allows|allowing|allowed|give|gives|giving|gave|grant|grants|granting)"
                             r"\s+(?:[\w-]+\s+){1,3}$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s*(?:\(\w+\)\s*)?to\s", re.IGNORECASE)


def governing(text: str, start: int, end: int, mine: list[Hit], theirs: list[Hit]) -> str | None:
    """Whose time is the duration at text[start:end]: "mine", "theirs", "skip" or None."""
    if _NOT_WITHIN_BEFORE.search(text, max(0, start - 16), start) or (
            _GRANTED_BEFORE.search(text, max(0, start - 40), start) and _TO_AFTER.match(text, end)):
        return "skip"
    tagged = [(h, "mine") for h in mine] + [(h, "theirs") for h in theirs]
    for h, owner in sorted(tagged, key=lambda t: t[0].start):
        if h.start >= end and _RIGHT_AFTER.match(text[end:h.start]) and h.start - end <= 8:
            return "skip" if _NEGATED_BEFORE.search(text[end:h.start]) or text[h.start - 1:h.start] == "未" \
                or _NEGATED_AFTER.match(text[h.end:]) else owner
        if h.start >= end and h.start - end <= 8 and _NOT_YET_AFTER.match(text[end:h.start]):
            return "skip"
    # "4小时内到达现场": another verb right after the time owns it.
    if _CJK_VERB_AFTER.match(text[end:]) and not any(0 <= h.start - end <= 8 for h, _ in tagged):
        return "skip"
    if _PARTY_LAPSE_BEFORE.search(text[:start]):
        return "skip"
    before = [(h, o) for h, o in tagged if h.end <= start]
    if before:
        h, owner = max(before, key=lambda t: t[0].start)
        if _NEGATED_BEFORE.search(text[max(0, h.start - 12):h.start]) or _AFTER_EVENT.match(text[h.end:]):
            return "skip"
        if _REPORT_BETWEEN.search(text[h.end:start]):
            return "skip"
        return owner
    after = [(h, o) for h, o in tagged if h.start >= end and h.start - end <= 40]
    if after:
        h, owner = min(after, key=lambda t: t[0].start)
        if _EVENT_BEFORE.search(text[end:h.start]) or re.search(r"(?:后|之后)", text[end:h.start]):
            return "skip"
        if _NEGATED_BEFORE.search(text[end:h.start]):
            # "工单关闭后7日内发现同一问题未解决的，可重新打开": a condition, no deadline.
            return "skip"
        return owner
    return None
