"""Fact extractors a checklist can require by name (`met: - facts: [...]`).

Each extractor finds occurrences of one kind of fact in a piece of text and
returns them with their positions, so the caller can judge the sentence each
occurrence stands in. Two facts work over several clauses at once (tables
and lists of levels) and live in `reviewer.analysis.level_times`:
"level-durations" and "severity-criteria".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reviewer.analysis.hanzi import simplified
from reviewer.analysis.quantities import (
    BUSINESS_DAY_MINUTES,
    find_durations,
    find_percents,
    find_time_ranges,
)


@dataclass(frozen=True)
class FactHit:
    name: str
    value: float
    start: int
    end: int
    text: str
    business: bool = False


# "24 hours a day, 7 days a week" describes coverage, not a time limit.
_COVERAGE = re.compile(
    r"(?:\b(?:a|per)\s+(?:day|week)\b|\bdays?\s+a\s+week\b|\bhours?\s+a\s+day\b|"
    r"\b24\s*(?:x|×|/|\*)\s*7\b|\b7\s*(?:x|×|\*)\s*24\b|7\s*[×xX*]\s*24|24\s*小时\s*[×xX*]\s*7|"
    r"(?:每天|全天|一天|每日|全日)\s*24\s*小时|24\s*小时\s*全天|(?:每周|一周)\s*7\s*天|"
    # "365 days a year", "24/7/365", 全年365天 are coverage; "deleted after 365 days", 保留365天 are durations.
    r"\b365\s*days?\s+(?:a|per|each|every|of\s+the)\s+(?:calendar\s+)?year\b|\ball\s+365\s+days\b|"
    r"\byear\s*\(\s*365\s*days\s*\)|[/xX×*]\s*365\b|365\s*(?:days?|天)?\s*[/／]\s*(?:yr|year|年)|"
    r"(?:全年|一年|每年)\s*[（(]?\s*365\s*天|365\s*天\s*[×xX*]|365\s*天\s*[、，,]?\s*(?:每周|每天|全天|7\s*[×xX*]\s*24|24\s*小时)|"
    # "5×8小时", "5x9 support", "6*12": days a week by hours a day.
    r"(?<![\d.])[5-7]\s*[×xX*]\s*(?:[89]|1[0-2])(?![\d.])\s*(?:小时|hours?\b|h\b)?)",
    re.IGNORECASE,
)
# "every 30 minutes", "每30分钟通报一次": a frequency, not a time limit. "每超出1小时，按…1%支付
# 违约金", "每迟延一日": the unit a penalty is counted in, not a time limit either.
_EVERY = re.compile(r"(?:\bevery|\beach|\bper|\bonce\s+(?:a|an|per|every)?|\btwice\s+(?:a|an|per)?"
                    r"|每(?:隔|超出|超过|迟延|延迟|逾期|延误|拖延)?)\s*$",
                    re.IGNORECASE)


# "up to 8 hours per month", "每月不超过2小时": an allowance, not a time limit.
_QUOTA_AFTER = re.compile(r"\s*(?:per|a|each|every|in any|in each)\s+(?:calendar\s+)?(?:month|year|week|quarter)\b",
                          re.IGNORECASE)
_QUOTA_BEFORE = re.compile(r"每(?:个)?(?:自然)?(?:月|年|周|季度)[^。；，,]{0,6}$")


# "outages longer than 30 minutes", "超过2小时的故障": a threshold in a definition,
# not a time limit ("不超过2小时", "不会超过4小时", "not more than 12 hours", "does not exceed
# 4 hours" are limits: the negation, with or without a modal before it, keeps them).
# Used for per-level times; an escalation trigger ("open for more than 2 days") is a
# real fact.
THRESHOLD = re.compile(
    r"(?:(?<!\bnot )(?<!\bno )(?:\bmore than|\blonger than|\bgreater than|\bin excess of|\bexceed(?:s|ing)?)"
    r"|\bfor|\blasting|\bover|\bbeyond"
    r"|(?<![不得])(?<!不[会应能可宜致将])超过|持续)"
    r"\s*$", re.IGNORECASE
)


def _durations(text: str, business_day: int) -> list[FactHit]:
    found = find_durations(text, business_day)
    text = simplified(text)  # the filters' words in traditional characters too ("每週", "超過"); same positions
    covered = [(m.start(), m.end()) for m in _COVERAGE.finditer(text)]
    out = []
    for d in found:
        if any(s <= d.start < e or s < d.end <= e for s, e in covered):
            continue
        before = text[max(0, d.start - 16):d.start]
        if _EVERY.search(before[-8:]) or _QUOTA_AFTER.match(text[d.end:]) or _QUOTA_BEFORE.search(before[-12:]):
            continue
        out.append(FactHit("duration", d.minutes, d.start, d.end, d.text, d.business))
    return out


def durations(text: str, business_day: int = BUSINESS_DAY_MINUTES) -> list[FactHit]:
    """Time limits ("within 30 minutes", "2个工作日"); value in minutes."""
    return _durations(text, business_day)


# "90 days' notice before we remove an API version": the notice is how long
# a version stays supported once its end is announced.
_NOTICE_BEFORE_REMOVAL = re.compile(
    r"^(?:['’]s?)?\s+(?:prior\s+)?(?:written\s+)?notice\s+(?:before|prior to)\s+[^.;]{0,40}?"
    r"\b(?:remov|retir|deprecat|discontinu|sunset|stop|end)\w*\b[^.;]{0,40}\bversions?\b|"
    r"^\s*(?:前|以前)?[^。；]{0,6}(?:通知|公告)[^。；]{0,20}(?:下线|停止支持|停止维护|废弃)[^。；]{0,10}版本",
    re.IGNORECASE,
)


# "announced at least ninety (90) days before they take effect, and the previous
# API version remains available during that period", "提前60日通知；旧接口在
# 通知期内保持可用": the old version lasts as long as the notice.
_AVAILABLE_DURING_NOTICE = re.compile(
    r"^[^.。]{0,160}?(?:\b(?:previous|old|older|prior|existing|current)\s+(?:API\s+|SDK\s+)?versions?\b[^.;]{0,40}?"
    r"\b(?:remains?|stays?|is kept|will remain|continues? to be)\s+(?:available|supported)\s+"
    r"(?:during|for|throughout)\s+(?:that|the|this)\s+(?:period|notice)"
    r"|旧(?:版本|接口|版)[^。]{0,12}在(?:通知|公告)期(?:限)?内[^。]{0,6}(?:保持|继续|仍)?(?:可用|支持|运行))",
    re.IGNORECASE,
)


# A period in days that is how long the deprecated stays usable: "remains available
# through the API for at least ninety (90) days".
_AVAILABLE_FOR = re.compile(
    r"\b(?:remains?|stays?|is kept|will remain|continues? to be)\s+(?:available|supported|usable|accessible)\b"
    r"[^.;]{0,40}\b(?:for|during)\s+(?:at least\s+|a minimum of\s+|not less than\s+)?$",
    re.IGNORECASE,
)
# The same in Chinese: "新旧接口并行运行的期间不少于30日", "旧版本接口在新版本发布后继续提供不少于90天".
_AVAILABLE_FOR_ZH = re.compile(
    r"(?:旧|原|老|上一)(?:版本?|接口|SDK|API)[^。；]{0,30}(?:并行|继续|保持|仍|维持)[^。；]{0,12}?"
    r"(?:期间|期限|时间|时长)?(?:为|是)?(?:不少于|至少|不低于|不短于)?\s*$",
    re.IGNORECASE,
)


# "a version more than six (6) months old may stop syncing": how old something is, not how long
# it is supported.
_AGE_AFTER = re.compile(r"\s*(?:old|of age)\b", re.IGNORECASE)


def months(text: str, business_day: int = BUSINESS_DAY_MINUTES) -> list[FactHit]:
    """Periods of a month or more ("18 months", "two years", "12个月"); value in months."""
    out = []
    found = find_durations(text, business_day)
    text = simplified(text)  # same positions; the filters' words in traditional characters too
    for d in found:
        if _EVERY.search(text[max(0, d.start - 10):d.start]) or _AGE_AFTER.match(text, d.end):
            continue
        # Periods in days are notice periods far more often than support
        # windows, unless the notice is of a version's removal.
        if d.unit in ("month", "year") or (d.unit == "day" and (
                _NOTICE_BEFORE_REMOVAL.match(text[d.end:]) or _AVAILABLE_DURING_NOTICE.match(text[d.end:])
                or _AVAILABLE_FOR.search(text[max(0, d.start - 100):d.start])
                or _AVAILABLE_FOR_ZH.search(text[max(0, d.start - 60):d.start]))):
            value = d.months if d.unit in ("month", "year") else round(d.months, 1)
            out.append(FactHit("months", value, d.start, d.end, d.text))
    return out


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    r"\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH
    + r",?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?",
    re.IGNORECASE,
)


def dates(text: str, business_day: int = BUSINESS_DAY_MINUTES) -> list[FactHit]:
    """Calendar dates ("31 December 2028", "2028年12月31日"); value is the year."""
    out = []
    for m in _DATE.finditer(text):
        year = re.search(r"\d{4}", m.group(0))
        out.append(FactHit("date", float(year.group(0)) if year else 0.0, m.start(), m.end(), m.group(0)))
    return out


def hours(text: str, business_day: int = BUSINESS_DAY_MINUTES) -> list[FactHit]:
    """Time limits in hours ("within 72 hours", "24小时内")."""
    return [FactHit("hours", h.value / 60, h.start, h.end, h.text, h.business)
            for h in _durations(text, business_day)]


def percents(text: str, business_day: int = BUSINESS_DAY_MINUTES) -> list[FactHit]:
    """Availability-like percentages (50-100 %); value in percent."""
    # Availability commitments live between 90 % and 100 %; "× 100%" in a
    # formula and "success rate below 90%" thresholds are not commitments.
    return [FactHit("percent", p.value, p.start, p.end, p.text)
            for p in find_percents(text)
            if (90 <= p.value < 100 or (p.value == 100 and _FULL_UPTIME.match(text, p.end)))
            and not _DURABILITY.search(p.text)
            and not re.search(r"[×xX*]\s*$", text[max(0, p.start - 3):p.start])]


# Tried on 6 December 2026 and dropped: no percentage from a sentence that calls itself a
# worked example ("算例：…实际正常运行时间98.5%", "For example, if uptime is 98.9%"). Out of
# fold on 712 development documents: facts study half +0, check half -1, statuses unchanged.


# Eleven nines are durability, not availability (no one commits to more
# than five nines of uptime): "99.999999999%", "99.99999999%".
_DURABILITY = re.compile(r"\d[.,]\d{5,}")
# "available 100% of the time", "guarantees 100% uptime", "100% Uptime
# Guarantee", "100%可用" are commitments; "credit: 100%" is not.
_FULL_UPTIME = re.compile(r"\s+of\s+the\s+time\b|\s*(?:network\s+|service\s+)?(?:uptime|availability)\b"
                          r"|\s*(?:的)?(?:可用性|可用率|可用)", re.IGNORECASE)


def time_ranges(text: str, business_day: int = BUSINESS_DAY_MINUTES) -> list[FactHit]:
    """Clock-time ranges ("9:00-18:00"); value in minutes."""
    return [FactHit("time-range", float(m), s, e, text[s:e]) for m, s, e in find_time_ranges(text)]


Extractor = Callable[[str, int], list[FactHit]]

EXTRACTORS: dict[str, Extractor] = {
    "duration": durations,
    "months": months,
    "hours": hours,
    "percent": percents,
    "time-range": time_ranges,
    "date": dates,
}
# Facts judged over several clauses at once (see level_times.py).
COLLECTIVE = ("level-durations", "severity-criteria")
