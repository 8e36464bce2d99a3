"""Severity / priority level names: "P1", "Severity 2", "Critical", "紧急", "一级".

Level words such as "High" or "一般" are ordinary words too, so they count as
levels only where contracts use them as levels: in the first cell of a table
row, or at the start of a list item followed by ":" / "(" / "-", or next to a
coded level ("Critical (P1)").
"""

from __future__ import annotations

import re

# Coded levels: always levels. "P1", "Priority 1", "Sev-2", "Severity Level 3",
# "S1", "1级", "一级", "A类", "P0" ("S2.1", "Table S2-1": a numbered schedule or
# clause, not Severity 2). "Level 1" alone is left out: it usually names a
# support tier (L1 support), not a severity.
_CODED = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    r"(?:priority|severity|sev|prio)[\s-]*(?:level[\s-]*)?(?:[0-5]|[a-d](?![a-z]))|(?:p[0-5]|s[0-5])(?![.\-–]\d)"
    r"|(?:severity|priority)\s+(?:level\s+)?(?:i{1,3}|iv|one|two|three|four)"
    r"|(?:level|category|class|cat)[\s-]*(?:[1-5]|i{1,3}|iv|[a-d])"
    r"(?=\s*(?:faults?|incidents?|issues?|problems?|defects?|tickets?|requests?|cases?|\(|:|：|-|–|$))"
    r")(?![A-Za-z0-9])"
    r"|(?:[一二三四五1-5]|I{1,3}|IV|V)\s*[级类](?:故障|事件|问题)?"
    # "优先级1", "严重级别 2", "故障等级三": "Priority 1" in Chinese.
    r"|(?:优先级|严重级别|严重等级|严重程度|故障级别|故障等级|事件级别|事件等级)\s*(?:[0-5]|[一二三四五])(?![0-9])"
    # "A类问题", "B类故障": letter classes (Chinese ERP and property-software vendors).
    r"|(?<![A-Za-z0-9])[A-D]\s*类(?:故障|事件|问题)?",
    re.IGNORECASE,
)
# "Very High" before "High": a priority scale of Very High / High / Medium / Low
# is common (ERP vendors) and its top level must not read as "High".
_WORD_EN = (
    r"non[\s-]?critical|non[\s-]?urgent|very\s+high|very\s+low|critical|urgent|emergency|blocker|severe|major|high|medium|moderate|normal|"
    # "Low | Mid | High Severity" (not "Mid-market", "mid-year").
    r"mid(?![-–])|minor|low|trivial|cosmetic"
)
_WORD_ZH = r"紧急|特急|严重|重大|重要|较高|高|一般|中|普通|较低|低|轻微|次要|提示"
_WORD = re.compile(
    r"^(?:(?:" + _WORD_EN + r")(?:\s+(?:priority|severity|impact|issues?|incidents?))?"
    r"|(?:" + _WORD_ZH + r")(?:故障|事件|问题|级别|级|优先级)?)(?=$|[\s:：(（\-–—,，/])",
    re.IGNORECASE,
)
_ZH_INLINE_WORD = re.compile(r"(?:" + _WORD_ZH + r")(?:故障|事件|问题)")


def level_at_start(text: str) -> str | None:
    """The level a table cell or list item starts with, as printed, or None."""
    t = text.strip().lstrip("•-–*·").strip()
    coded = _CODED.match(t)
    if coded:
        return _strip_suffix(coded.group(0))
    word = _WORD.match(t)
    if word:
        return _strip_suffix(word.group(0))
    return None


# The patterns below are compiled once, when the module is imported (a reviewing
# process then takes them from the stored pattern code, `regex_code.use_for_imports`),
# not at their first use in every process.
_ZH_NOUN = re.compile(r"(?:故障|事件|问题)$")
_EN_NOUN = re.compile(r"\s+(?:issues?|incidents?|faults?|problems?|requests?|tickets?|cases?)$", re.IGNORECASE)


def _strip_suffix(level: str) -> str:
    """"一级故障" -> "一级", "Critical Issues" -> "Critical": the level, not the noun."""
    return _EN_NOUN.sub("", _ZH_NOUN.sub("", level.strip()))


# Something every level find_levels reports contains: most sentences of a
# contract have none, and one search rules them out before the nine below.
_ANY_LEVEL = re.compile(
    r"(?<![A-Za-z0-9])(?:p[0-5]|s[0-5]|prio|sev|level|categor|class|cat|" + _WORD_EN + r")"
    r"|[一二三四五1-5IV]\s*[级类]|[A-D]\s*类|优先级|级别|等级|" + _WORD_ZH,
    re.IGNORECASE,
)


# "紧急：30分钟内响应；重要：2小时内响应": the word as a label, a colon before its time.
_ZH_WORD_BEFORE_TIME = re.compile(r"(?:(?<=^)|(?<=[，,、：:；;。\s]))(?P<w>" + _WORD_ZH
                                  + r")(?=\s*[:：]?\s*[\d一二三四五六七八九十两半])")
_EN_WORD_BEFORE_TIME = re.compile(
    r"\b(?P<w>blocker|critical|urgent|high|medium|normal|low|major|minor|emergency)"
    # "Response times: Critical – 1 hour; High – 4 hours": a dash between too.
    r"(?:\s+(?:priority|severity))?\s*[:：\-–—]?\s+(?=\d|(?:one|two|three|four|five|six|eight|ten|twelve|"
    r"twenty|thirty|forty|a|an)\b)", re.IGNORECASE)
_EN_WORD_BEFORE_NOUN = re.compile(
    r"\b(?P<w>non[\s-]?critical|non[\s-]?urgent|(?<!non-)(?<!non )(?:critical|urgent)|high|medium|"
    r"normal|low|major|minor|severe|emergency)"
    r"(?:[\s-]+priority)?\s+(?:requests?|issues?|incidents?|tickets?|cases?|faults?|problems?)\b", re.IGNORECASE)
_EN_WORD_AS_LABEL = re.compile(
    r"(?:(?<=^)|(?<=[;；。.\n(（]))\s*(?P<w>" + _WORD_EN + r")"
    r"(?:\s+(?:priority|severity))?\s*(?=[:：(（\-–—])", re.IGNORECASE)


# "紧急问题一般在1小时内响应，其他问题一般在4小时内响应", "to Urgent requests within 1 hour
# and to all other requests within 1 business day": the rest, after a named level,
# is a level of its own.
_OTHER_LEVEL = re.compile(r"(?<![A-Za-z])(?:all\s+)?(?P<w>other\s+(?:requests?|issues?|incidents?|tickets?|cases?|"
                          r"problems?|faults?|severities|priorities))\b|(?P<zh>其他(?:问题|故障|事件|请求|工单))",
                          re.IGNORECASE)


def find_levels(text: str) -> list[tuple[str, int, int]]:
    """Levels inside running text: coded ones and "紧急故障"-style words."""
    if not _ANY_LEVEL.search(text):
        return []
    out = [(_strip_suffix(m.group(0)), m.start(), m.end()) for m in _CODED.finditer(text)]
    out += [(_strip_suffix(m.group(0)), m.start(), m.end())
            for m in _ZH_INLINE_WORD.finditer(text)
            if not any(s <= m.start() < e for _, s, e in out)]
    # "紧急三十分钟，高两小时": a level word right before its time.
    for m in _ZH_WORD_BEFORE_TIME.finditer(text):
        if not any(s <= m.start() < e for _, s, e in out):
            out.append((m.group("w"), m.start("w"), m.end("w")))
    for m in _EN_WORD_BEFORE_TIME.finditer(text):
        if not any(s <= m.start() < e for _, s, e in out):
            out.append((m.group("w"), m.start("w"), m.end("w")))
    # "48 hours for non-critical issues": "non-critical" is a level of its own.
    for m in _EN_WORD_BEFORE_NOUN.finditer(text):
        if not any(s <= m.start() < e for _, s, e in out):
            out.append((m.group("w"), m.start("w"), m.end("w")))
    for m in _EN_WORD_AS_LABEL.finditer(text):
        out.append((m.group("w"), m.start("w"), m.end("w")))
    if out:  # only after a named level: "other requests" alone names nothing
        for m in _OTHER_LEVEL.finditer(text):
            g = "w" if m.group("w") else "zh"
            if m.start(g) > min(s for _, s, _ in out) and not any(s <= m.start(g) < e for _, s, e in out):
                out.append((m.group(g), m.start(g), m.end(g)))
    out.sort(key=lambda t: t[1])
    return out


# "分为三级：紧急（生产环境大面积不可用）；重要（部分功能异常）": a level word that
# opens a list segment with its description in brackets.
_WORD_BEFORE_BRACKET = re.compile(r"(?:(?<=^)|(?<=[：:；;。]))\s*(?P<w>" + _WORD_ZH + r"|" + _WORD_EN + r")"
                                  r"(?:故障|事件|问题|级)?(?=\s*[（(])", re.IGNORECASE)


def bracketed_levels(text: str) -> list[tuple[str, int, int]]:
    """Level words opening a list segment right before a bracket, with their places."""
    return [(m.group("w"), m.start("w"), m.end()) for m in _WORD_BEFORE_BRACKET.finditer(text)]


_JOIN = r"\s*(?:及|和|与|、|或|以及|/|,|\band\b|\bor\b)\s*"
_JOINED_WORD = re.compile(r"(?<![A-Za-z])(?P<w>" + _WORD_ZH + r"|" + _WORD_EN + r")"
                          r"(?:故障|问题|事件|\s+(?:priority|severity))?" + _JOIN + r"$", re.IGNORECASE)


def joined_before(text: str, start: int) -> str | None:
    """The level word joined to the level at `start` ("严重及一般问题", "Critical and
    High priority issues"): both levels share what follows."""
    m = _JOINED_WORD.search(text, max(0, start - 30), start)
    return m.group("w") if m else None


def level_before(levels: list[tuple[str, int, int]], at: int) -> str | None:
    """The last of ``find_levels``' levels that starts before position ``at``."""
    return next((lv for lv, s, _ in reversed(levels) if s < at), None)


# Support channels, where a contract gives its times per channel rather than
# per severity ("Chat | Support Portal | Email" columns; "在线咨询一般在5分钟内接入；
# 工单…2小时内首次答复"): the spec's levels are then the channels, as printed.
# English "ticket" is left out: "tickets" is how most contracts say "requests".
_CHANNEL_EN = (r"live\s+chat|chat|e-?mail|telephone|phone|hotline|(?:support\s+|customer\s+|web\s+)?portal|"
               r"web\s+form|in-app\s+messaging")
_CHANNEL = re.compile(r"(?<![A-Za-z])(?:" + _CHANNEL_EN + r")(?![A-Za-z])|"
                      r"在线咨询|在线客服|在线支持|工单(?:系统)?|客服电话|电话|热线|电子邮件|邮件|邮箱", re.IGNORECASE)
# A column header that is a channel and nothing else ("Chat", "Support Portal",
# "Phone support", "电话支持"); a header naming a channel among other words is not.
_CHANNEL_HEADER = re.compile(r"\s*(?:(?:" + _CHANNEL_EN + r")(?:\s+(?:support|requests?|tickets?))?"
                             r"|(?:在线咨询|在线客服|工单|电话|热线|电子邮件|邮件|邮箱)(?:支持|服务)?)\s*",
                             re.IGNORECASE)


def channels_in(text: str) -> list[tuple[str, int, int]]:
    """The support channels named in running text, as printed, with their places."""
    return _named_in(_CHANNEL, text)


# Times of day a contract gives its times by, rather than by severity ("工作时间内30分钟内
# 响应，非工作时间2小时内响应"): the levels are then the times of day, as printed.
_PERIOD = re.compile(r"非工作时间(?:内|段)?|工作时间(?:内|段)?|节假日|"
                     r"\b(?:during|within|in)\s+(?:normal\s+)?business\s+hours\b|"
                     r"\boutside\s+(?:of\s+)?(?:normal\s+)?business\s+hours\b", re.IGNORECASE)


def periods_in(text: str) -> list[tuple[str, int, int]]:
    """The times of day named in running text, as printed, with their places."""
    return _named_in(_PERIOD, text)


def _named_in(pattern: re.Pattern[str], text: str) -> list[tuple[str, int, int]]:
    """`pattern`'s matches in `text`, white space folded, with their places."""
    return [(" ".join(m.group(0).split()), m.start(), m.end()) for m in pattern.finditer(text)]


def channel_header(text: str) -> bool:
    """Whether a table header names one support channel and nothing else."""
    return _CHANNEL_HEADER.fullmatch(text) is not None


_SPACES = re.compile(r"\s+")
_PRIORITY_KEY = re.compile(r"(?:priority|prio|p)(?:level)?([0-5])")
_SEVERITY_KEY = re.compile(r"(?:severity|sev|s)(?:level)?([0-5])")


def normalise_level(level: str) -> str:
    """A key to compare levels by: "Priority 1" and "P1" compare equal."""
    t = _SPACES.sub("", level.lower())
    m = _PRIORITY_KEY.fullmatch(t)
    if m:
        return f"p{m.group(1)}"
    m = _SEVERITY_KEY.fullmatch(t)
    if m:
        return f"s{m.group(1)}"
    return t


# After a level word, a heading goes on with punctuation or a level noun
# ("Critical (P1)", "High Priority Issues"); "Emergency Services" and "High
# Availability" are headings about something else.
_LEVEL_HEADING_REST = re.compile(r"\s*(?:(?:priority|severity|impact|issues?|incidents?|faults?|problems?|"
                                 r"requests?|tickets?|cases?|defects?)\b\s*)*(?:$|[:：(（\-–—.,;])", re.IGNORECASE)


# "1-Critical", "2 – High": a heading that numbers its level word (not "1. High availability":
# a numbered heading).
_NUMBERED_WORD_HEADING = re.compile(r"[1-5]\s*[-–—]\s*(?=(?:" + _WORD_EN + r")\b)", re.IGNORECASE)


def heading_level(heading: str) -> str | None:
    """The level a heading names ("Priority 1 Tickets", "Critical (P1)", "紧急故障"), else None."""
    t = heading.strip().lstrip("•-–*·").strip()
    numbered = _NUMBERED_WORD_HEADING.match(t)
    if numbered and (word := heading_level(t[numbered.end():])) is not None:
        return t[:numbered.end()] + word
    level = level_at_start(t)
    # Coded levels ("P1", "Severity 2") and Chinese ones ("紧急故障") stand as they are.
    if level is None or not t.startswith(level) or not re.fullmatch(r"[A-Za-z\s-]+", level):
        return level
    return level if _LEVEL_HEADING_REST.match(t[len(level):]) else None
