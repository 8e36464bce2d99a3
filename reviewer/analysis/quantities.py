"""Durations and percentages found in contract text, in English and Chinese.

    find_durations("respond within two (2) hours; 1 business day")
    -> [Duration(minutes=120, business=False, ...), Duration(minutes=480, business=True, ...)]

A business day counts 480 minutes unless the caller passes the length the
contract defines (e.g. 9:00-18:00 = 540).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.analysis.hanzi import simplified
from reviewer.analysis.numbers import EN_NUMBER, ZH_NUMBER, parse_en_number, parse_zh_number

BUSINESS_DAY_MINUTES = 480

_EN_UNIT = (
    r"(?P<unit>minutes?|mins?\.?|m(?=\b)|hours?|hrs?\.?|h(?![A-Za-z0-9_])|"
    r"(?P<bus>business|working|support|service)\s+(?:days?|hours?|minutes?)|(?P<work>work\s*days?)|"
    r"calendar\s+(?:days?|hours?|months?)|"
    # "24 elapsed hours", "3 consecutive days": calendar time, said twice.
    r"(?:elapsed|consecutive|clock)\s+(?:minutes?|hours?|days?)|"
    # Abbreviations after a number: "2 yrs", "24 mos.", "6 mths", "3 wks"; never after an article
    # (_ABBREVIATED). Not "mo" alone: "9-17 Mo-Fr" is Monday to Friday.
    r"days?|weeks?|wks?\.?|months?|mths?\.?|mos\.?|years?|yrs?\.?)"
)
# "30 minutes", "two (2) hours", "4h", "30-minute", "1 business day", "an hour"; "2h内", "后4H":
# against Chinese text, where no word boundary falls (both are letters to Unicode).
_EN_DURATION = re.compile(
    r"(?<![A-Za-z0-9_.])(?P<num>" + EN_NUMBER + r")[\s-]*" + _EN_UNIT + r"(?:\b|(?<=[A-Za-z])(?=[^\x00-\x7F]))",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ZH_UNIT = (
    r"(?P<unit>个?(?:工作|服务)(?:时间)?小时|个?半?小时|分钟|个?(?P<bus>工作)日|个?工作天|个?自然日|天|日历日|日(?!常|期(?!间|限|满))|"
    r"个?星期|周|个月|个自然月|月(?![度份底初末])|年半?(?![度底初末]))"
)
# Not a date: "2028年12月31日" holds no duration ("(?<![年月\d])" and the year check below).
# A match starts only where a number starts: without the numerals in the
# lookbehind, a run of thousands of Chinese numerals was tried from every
# position (quadratic; a hostile contract could stall the review).
# "二十四（24）个月", "三十（30）分钟": the number restated in digits, as Chinese
# contracts often do; the digits count.
_ZH_DURATION = re.compile(r"(?<![年月\d.零〇一二两三四五六七八九十百千万])(?P<num>" + ZH_NUMBER + r")"
                          r"(?:\s*[（(]\s*(?P<digits>\d+(?:\.\d+)?)\s*[)）])?(?P<half>个半)?\s*"
                          + _ZH_UNIT)
_ZH_HALF_HOUR = re.compile(r"半(?:个)?小时")
# "半年" alone: six months ("半年内", "保修期半年"); not "上半年" / "下半年" (a half of a calendar
# year), "半年度" (a half-year period's name), nor the half after a number ("一年半", "1个半").
_ZH_HALF_YEAR = re.compile(r"(?<![上下个\d零〇一二两三四五六七八九十百千万])半年(?![度底初末])")
# "NBD", "next business day", "the following working day", "same business day",
# "下一个工作日", "次一工作日", "当个工作日": one business day.
_NEXT_BUSINESS_DAY = re.compile(r"\bNBD\b|\b(?:next|following|same)\s+(?:business|working|work)\s+day\b|"
                                r"下一?个?工作日|次一?个?工作日|当个?工作日", re.IGNORECASE)

_UNIT_MINUTES = {
    "minute": 1, "hour": 60, "day": 1440, "week": 7 * 1440, "month": 30 * 1440,
    "year": 365 * 1440,
}


@dataclass(frozen=True)
class Duration:
    minutes: float
    business: bool  # counted in business hours/days
    unit: str  # "minute", "hour", "day", "week", "month", "year"
    start: int
    end: int
    text: str

    @property
    def months(self) -> float:
        if self.unit == "year":
            return self.minutes / _UNIT_MINUTES["year"] * 12
        return self.minutes / _UNIT_MINUTES["month"]

    @property
    def hours(self) -> float:
        return self.minutes / 60


def _en_unit(unit: str) -> str:
    u = unit.lower().rstrip(".")
    u = u.split()[-1] if " " in u else u
    u = u.removeprefix("work")  # "workdays"
    if u in ("m", "min", "mins") or u.startswith("minute"):
        return "minute"
    if u in ("h", "hr", "hrs") or u.startswith("hour"):
        return "hour"
    if u in ("mos", "mth", "mths"):
        return "month"
    if u in ("wk", "wks"):
        return "week"
    if u in ("yr", "yrs"):
        return "year"
    for name in ("day", "week", "month", "year"):
        if u.startswith(name):
            return name
    return u


def _zh_unit(unit: str) -> str:
    if "小时" in unit:  # 工作小时 too: business hours
        return "hour"
    if "分钟" in unit:
        return "minute"
    if "星期" in unit or unit == "周":
        return "week"
    if "月" in unit:
        return "month"
    if "年" in unit:
        return "year"
    return "day"


def _minutes(value: float, unit: str, business: bool, business_day: int) -> float:
    if business and unit == "day":
        return value * business_day
    return value * _UNIT_MINUTES[unit]


# Units an article cannot count: "AM" is a time of day, not "a minute"; the
# article counts a unit written out ("an hour", "a business day").
_ABBREVIATED = frozenset({"m", "min", "mins", "h", "hr", "hrs", "mos", "mth", "mths", "wk", "wks",
                          "yr", "yrs"})


def find_durations(text: str, business_day: int = BUSINESS_DAY_MINUTES) -> list[Duration]:
    """All durations in `text`, in order of appearance. Traditional Chinese reads as
    simplified ("24小時"); each duration quotes `text` itself."""
    original, text = text, simplified(text)
    found: list[Duration] = []
    for m in _EN_DURATION.finditer(text):
        value = parse_en_number(m.group("num"))
        if value is None:
            continue
        unit = _en_unit(m.group("unit"))
        if m.group("num").lower() in ("a", "an") and m.group("unit").lower().rstrip(".") in _ABBREVIATED:
            continue  # "8 AM to 8 PM", "a m²": an article does not count a unit's abbreviation
        if unit == "minute" and m.group("unit").lower() == "m" and (
                value > 600 or (m.start() > 0 and _CJK.match(text, m.start() - 1))):
            continue  # "500 m" is more likely metres than minutes, "带宽10M" megabits
        business = bool(m.group("bus") or m.group("work"))
        found.append(Duration(_minutes(value, unit, business, business_day), business, unit,
                              m.start(), m.end(), original[m.start():m.end()]))
    for m in _ZH_DURATION.finditer(text):
        value = float(m.group("digits")) if m.group("digits") else parse_zh_number(m.group("num"))
        if value is None:
            continue
        unit_text = m.group("unit")
        # "一个半小时", "半小时", "一年半" (the half after the year: eighteen months).
        if m.group("half") or "半" in unit_text:
            value += 0.5
        unit = _zh_unit(unit_text)
        if unit == "year" and value >= 1900:
            continue  # a calendar year ("2028年"), not two thousand years
        business = bool(m.group("bus")) or "工作" in unit_text
        found.append(Duration(_minutes(value, unit, business, business_day), business, unit,
                              m.start(), m.end(), original[m.start():m.end()]))
    for m in _NEXT_BUSINESS_DAY.finditer(text):
        found.append(Duration(float(business_day), True, "day", m.start(), m.end(), original[m.start():m.end()]))
    for m in _ZH_HALF_HOUR.finditer(text):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        found.append(Duration(30, False, "minute", m.start(), m.end(), original[m.start():m.end()]))
    for m in _ZH_HALF_YEAR.finditer(text):
        if not any(d.start <= m.start() < d.end for d in found):
            found.append(Duration(_UNIT_MINUTES["year"] / 2, False, "year", m.start(), m.end(),
                                  original[m.start():m.end()]))
    found.sort(key=lambda d: d.start)
    return _compounds(found, original)


# Between the parts of one duration: "1 hour 30 minutes", "1 hour and 30 minutes",
# "1小时30分钟", "1天零4小时".
_COMPOUND_GAP = re.compile(r"\s*(?:and\s+|零)?", re.IGNORECASE)
_UNIT_ORDER = ("minute", "hour", "day")


def _compounds(found: list[Duration], text: str) -> list[Duration]:
    """Durations written in two units joined into one: "1 hour 30 minutes" is 90
    minutes, not a one-hour and a thirty-minute limit."""
    out: list[Duration] = []
    for d in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.unit in _UNIT_ORDER and d.unit in _UNIT_ORDER
                and _UNIT_ORDER.index(prev.unit) == _UNIT_ORDER.index(d.unit) + 1
                and not (d.business and not prev.business)
                and d.minutes < _UNIT_MINUTES[prev.unit]  # "7 days 24 hours" is two figures
                and _COMPOUND_GAP.fullmatch(text, prev.end, d.start)):
            out[-1] = Duration(prev.minutes + d.minutes, prev.business, prev.unit, prev.start, d.end,
                               text[prev.start:d.end])
            continue
        out.append(d)
    return out


# "99,92 %": a decimal comma (European documents) is a decimal point here; a
# percentage never needs a thousands separator. The look-behind keeps "1,5%"
# of "1,5%" whole and stops "2,99.9%" from reading as "99.9".
_PERCENT = re.compile(
    r"(?<![\d.,])(?P<num>\d{1,3}(?:[.,]\d+)?)\s*(?:%|％|percent\b|per\s+cent\b|pct\b)", re.IGNORECASE
)
_ZH_PERCENT = re.compile(r"百分之(?P<num>" + ZH_NUMBER + r")")
# The figure in brackets after the words, the unit outside them: "ninety-nine point
# nine (99.9) percent", "ninety-five (95) percent".
_BRACKETED_PERCENT = re.compile(
    r"\(\s*(?P<num>\d{1,3}(?:[.,]\d+)?)\s*\)\s*(?:percent\b|per\s+cent\b|pct\b)", re.IGNORECASE
)


# "9 9. 9 9 9 %": a PDF set in letter-spaced type reads back with a space between every
# character. Three or more tokens of one digit (the decimal mark on its digit) make one
# number; "1 99.9%" (a longer token) and "12 5%" are not spaced-out figures.
_SPACED_PERCENT = re.compile(
    r"(?<![\d.,])(?<![\d.,] )(?P<num>\d(?: ?[.,])?(?: \d(?: ?[.,])?){2,7}) ?(?:%|％)"
)


def _spaced_value(num: str) -> float | None:
    """The number a letter-spaced figure spells ("9 9. 9 9 9" -> 99.999), if it is one."""
    joined = num.replace(" ", "").replace(",", ".")
    return float(joined) if re.fullmatch(r"\d{1,3}(?:\.\d+)?", joined) else None


@dataclass(frozen=True)
class Percent:
    value: float
    start: int
    end: int
    text: str


def find_percents(text: str) -> list[Percent]:
    """All percentages in `text` ("99.9%", "99.9 pct", "百分之九十九點九"), quoting `text`."""
    original, text = text, simplified(text)
    out: list[Percent] = []
    for m in _PERCENT.finditer(text):
        out.append(Percent(float(m.group("num").replace(",", ".")), m.start(), m.end(), m.group(0)))
    for m in _BRACKETED_PERCENT.finditer(text):
        out.append(Percent(float(m.group("num").replace(",", ".")), m.start(), m.end(), m.group(0)))
    for m in _ZH_PERCENT.finditer(text):
        value = parse_zh_number(m.group("num"))
        if value is not None:
            out.append(Percent(value, m.start(), m.end(), m.group(0)))
    for m in _SPACED_PERCENT.finditer(text):
        if (value := _spaced_value(m.group("num"))) is not None:
            # The spaced figure replaces what its last digit alone read as ("9 %").
            out = [p for p in out if not m.start() <= p.start < m.end()]
            out.append(Percent(value, m.start(), m.end(), m.group(0)))
    out.sort(key=lambda p: p.start)
    return [p if p.text == original[p.start:p.end] else Percent(p.value, p.start, p.end, original[p.start:p.end])
            for p in out]


# Chinese names the part of the day before the hour ("上午8:00至下午18:00",
# "上午5点至晚上7点") and may write the hour with 点 / 时 instead of minutes, set apart by a
# space in text written from English ("上午 8 点至晚上 8 点").
_ZH_DAYPART = r"(?:(?P<{}>上午|早上|凌晨|下午|晚上|傍晚)\s*)?"
_TIME_RANGE = re.compile(
    _ZH_DAYPART.format("zh1") + r"(?P<h1>\d{1,2})(?:[:：](?P<m1>\d{2})|\s*(?P<d1>点|时))?\s*(?P<ap1>[ap]\.?m\.?)?\s*"
    r"(?P<sep>-|–|—|to|until|and|至|到|~|～)\s*"
    + _ZH_DAYPART.format("zh2") + r"(?P<h2>\d{1,2})(?:[:：](?P<m2>\d{2})|\s*(?P<d2>点|时))?\s*(?P<ap2>[ap]\.?m\.?)?",
    re.IGNORECASE,
)
_ZH_AFTERNOON = ("下午", "晚上", "傍晚")


def _may_hold_time_range(text: str) -> bool:
    """Whether `text` holds what every range `find_time_ranges` keeps holds: minutes after a
    colon, 点 / 时, a.m. / p.m. or a Chinese part of the day (the pattern's groups m, d, ap
    and zh). Most sentences have none and skip the range pattern, which tries every digit
    of the text. Substring tests in C; "am" / "pm" in the lower case, as the pattern's
    ``[ap]\\.?m`` ignoring case finds them (no other character lower-cases to a, m or p).
    """
    if ":" in text or "：" in text:
        return True
    if not text.isascii() and any(mark in text for mark in _ZH_TIME_MARKS):
        return True
    low = text.lower()
    return "am" in low or "pm" in low or "a.m" in low or "p.m" in low


_ZH_TIME_MARKS = ("点", "时", "午", "早上", "凌晨", "晚上", "傍晚")  # 午: 上午, 下午
# "between 09:00 and 18:00": "and" joins a range only after "between".
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _hour(m: re.Match[str], k: str) -> int:
    """The k-th hour of a range match on the 24-hour clock ("6 p.m.", "下午6点": 18)."""
    hour = int(m.group("h" + k))
    afternoon = (m.group("ap" + k) or "").lower().startswith("p") or m.group("zh" + k) in _ZH_AFTERNOON
    return hour + 12 if afternoon and hour < 12 else hour


def find_time_ranges(text: str) -> list[tuple[int, int, int]]:
    """Clock-time ranges ("9:00-18:00", "9 a.m. to 6 p.m.", "上午9點至下午6點"): (minutes, start, end)."""
    text = simplified(text)
    if not _may_hold_time_range(text):
        return []
    out = []
    for m in _TIME_RANGE.finditer(text):
        if not any(m.group(g) for g in ("m1", "ap1", "d1", "zh1", "m2", "ap2", "d2", "zh2")):
            continue  # "1-2" is not a time range
        if m.group("sep").lower() == "and" and not _BETWEEN.search(text, max(0, m.start() - 9), m.start()):
            continue  # "at 10:00 and 14:00" names two times; "between 09:00 and 18:00" a range
        h1, h2 = _hour(m, "1"), _hour(m, "2")
        if not (0 <= h1 <= 24 and 0 <= h2 <= 24):
            continue
        start = h1 * 60 + int(m.group("m1") or 0)
        end = h2 * 60 + int(m.group("m2") or 0)
        if end < start and _past_midnight(m, h1):
            end += 24 * 60
        if end > start:
            out.append((end - start, m.start(), m.start() + len(m.group(0).rstrip())))
    return out


def _past_midnight(m: re.Match[str], h1: int) -> bool:
    """Whether a range whose end comes before its start runs past midnight: both ends written as
    clock times, and the start in the evening on the 24-hour clock ("22:00-06:00", "晚上10点至早上6点")
    or both ends with a.m./p.m. ("5am to 1am UTC"). Not "9:00 to 5:00" (a 12-hour clock without
    a.m./p.m.: 9 to 5 in the afternoon), nor "9am-5" (no clock time at its end)."""
    marked = all(any(m.group(g + k) for g in ("m", "ap", "d", "zh")) for k in ("1", "2"))
    return marked and (h1 >= 12 or bool(m.group("ap1") and m.group("ap2")))
