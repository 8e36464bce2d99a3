"""Reasons a reviewer can paste into a note to the vendor, in English and Chinese."""

from __future__ import annotations

import re

from reviewer.checklist.model import ChecklistItem
from reviewer.review import Text


def cite(number: str | None, page: int | None = None, lang: str = "en") -> str:
    if number:
        number = number.rstrip(".") if number[-1:] == "." and number[:-1].replace(".", "").isdigit() else number
    if lang == "zh":
        if number and number[0].isdigit() and re.fullmatch(r"[\d.]+", number):
            where = f"第{number}条"
        elif number:
            where = number if number.startswith("第") else f"“{number}”条款"
        else:
            where = ""
        if page:
            where = f"{where}（第{page}页）" if where else f"第{page}页"
        return where or "相关条款"
    where = f"clause {number}" if number else ""
    if page:
        where = f"{where} (page {page})" if where else f"page {page}"
    return where or "an unnumbered clause"


def _minutes_text(minutes: float, lang: str) -> str:
    if minutes >= 1440 and minutes % 1440 == 0:
        n = int(minutes // 1440)
        return f"{n}天" if lang == "zh" else f"{n} d"
    if minutes >= 60 and minutes % 60 == 0:
        n = int(minutes // 60)
        return f"{n}小时" if lang == "zh" else f"{n} h"
    n_text = f"{minutes:g}"
    return f"{n_text}分钟" if lang == "zh" else f"{n_text} min"


def levels_text(levels: list[tuple[str, float]], lang: str, printed: list[str] | None = None) -> str:
    """"P1 15 min, P2 1 h"; with `printed`, the times as the contract prints them."""
    sep = "，" if lang == "zh" else ", "
    if printed and len(printed) == len(levels):
        return sep.join(f"{lv} {p}".strip() for (lv, _), p in zip(levels, printed, strict=True))
    return sep.join(f"{lv} {_minutes_text(m, lang)}".strip() for lv, m in levels)


def met(item: ChecklistItem, where_en: str, where_zh: str, detail: Text | None) -> Text:
    if detail and detail.en:
        return Text(f"Met in {where_en}: {detail.en}.", f"{where_zh}已明确：{detail.zh}。")
    return Text(f"Met in {where_en}.", f"{where_zh}已作出明确承诺。")


def learned_met(where_en: str, where_zh: str, p: float) -> Text:
    """Why an item is met on the commitment model's word, not a rule's: said before the colon,
    where the confidence model reads a met finding's reason, and with a request to check it.
    The model's probability is given as a score, not as "% sure": the finding panel already says
    how sure the tool is of the status (the confidence model's figure), and two "sure" figures
    that differ would confuse a reviewer."""
    score = f"{p:.2f}"
    return Text(f"Met in {where_en} on the word of a model learned from labelled contracts (model score {score}): "
                f"no rule names its wording; please confirm.",
                f"{where_zh}经由已标注合同训练的模型判断为明确承诺（模型评分{score}），但无规则识别其措辞，请复核。")


def hedged(item: ChecklistItem, where_en: str, where_zh: str, words: list[str], target: bool) -> Text:
    quoted_en = ", ".join(f"“{w}”" for w in words[:3])
    quoted_zh = "、".join(f"“{w}”" for w in words[:3])
    if target:
        return Text(
            f"{item.title.en} is stated as a target only ({quoted_en}, {where_en}): ask for a binding commitment.",
            f"{where_zh}中的{item.title.zh}仅为目标值（{quoted_zh}），请要求供应商作出有约束力的承诺。",
        )
    return Text(
        f"{item.title.en} is qualified by {quoted_en} ({where_en}): ask for a measurable, binding commitment.",
        f"{where_zh}中的{item.title.zh}使用了{quoted_zh}等模糊措辞，请要求供应商作出可度量、有约束力的承诺。",
    )


def no_fact(item: ChecklistItem, where_en: str, where_zh: str, what: Text) -> Text:
    return Text(
        f"{where_en[0].upper() + where_en[1:]} addresses {item.title.en.lower()} "
        f"but states no {what.en}: ask the vendor to specify it.",
        f"{where_zh}涉及{item.title.zh}，但未明确{what.zh}，请要求供应商予以明确。",
    )


def negated(item: ChecklistItem, where_en: str, where_zh: str, quote: str) -> Text:
    return Text(
        f"{where_en[0].upper() + where_en[1:]} excludes it (“{quote}”): "
        f"{item.title.en.lower()} is addressed but nothing is committed.",
        f"{where_zh}明确排除（“{quote}”）：虽涉及{item.title.zh}，但没有任何承诺。",
    )


def contradiction(level: str, a: tuple[str, str, str], b: tuple[str, str, str]) -> Text:
    """a and b: (value_en, where_en, where_zh) with value_zh derived."""
    return Text(
        f"Contradiction for {level}: {a[1]} says {a[0]} but {b[1]} says {b[0]}: ask the vendor which applies.",
        f"{level}的时限前后矛盾：{a[2]}为{a[0]}，而{b[2]}为{b[0]}，请供应商确认以哪一条为准。",
    )


def missing(item: ChecklistItem) -> Text:
    return Text(
        f"The contract does not address {item.title.en.lower()}.",
        f"合同未涉及{item.title.zh}。",
    )


def off_topic(item: ChecklistItem, where_en: str, where_zh: str) -> Text:
    """Missing, though some words of the item occur: say where, so the reviewer can check."""
    return Text(
        f"The contract does not address {item.title.en.lower()} "
        f"(its words occur in {where_en}, but that clause is about something else).",
        f"合同未涉及{item.title.zh}（{where_zh}虽出现相关字词，但所述为其他事项）。",
    )


# What each required fact is, for "states no ..." reasons.
FACT_NAMES: dict[str, Text] = {
    "duration": Text("time limit (number and unit)", "具体时限（数字和单位）"),
    "months": Text("support period in months or years", "以月或年计的期限"),
    "hours": Text("notice period in hours", "以小时计的通知时限"),
    "percent": Text("percentage", "百分比"),
    "time-range": Text("hours, days and time zone", "具体时段、日期和时区"),
    "level-durations": Text("time per severity level", "各故障等级对应的时限"),
    "severity-criteria": Text("objective criteria for each level", "各等级的客观判定标准"),
}
PATTERNS_MISSING = Text("measurable commitment", "可度量的承诺")
