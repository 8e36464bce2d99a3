"""Hostile checklists: a valid small checklist, edited the way a shared file could be."""

from __future__ import annotations

from collections.abc import Callable

from tests.checklist.test_loader import VALID

KEYWORD = "keywords: {en: [response time, respond within], zh: [响应时间]}"


def _keyword(term: str) -> str:
    return VALID.replace(KEYWORD, "keywords: {en: [" + term + "], zh: [响应时间]}")


def nested(depth: int) -> str:
    return VALID + "extra: " + "[" * depth + "]" * depth + "\n"


def alias_bomb() -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    return "\n".join(lines) + "\n" + VALID


def many_items(n: int) -> str:
    item = """\
      - id: extra-{i}
        title: Extra {i}
        description: Extra {i}
        question: Extra {i}?
        find:
          keywords: {{en: [extra phrase {i}]}}
"""
    head, tail = VALID.split("  - id: security\n", 1)
    return head + "".join(item.format(i=i) for i in range(n)) + "  - id: security\n" + tail


CASES: dict[str, tuple[Callable[[], str], str]] = {
    "nested-5000": (lambda: nested(5000), "YAML_DEPTH"),
    "alias-bomb": (alias_bomb, "YAML_NODES"),
    "items-3800": (lambda: many_items(3800), "CHECKLIST_ITEMS"),
    "keyword-10mb": (lambda: _keyword("x" * (10 * 1024 * 1024)), "CHECKLIST_BYTES"),
    "keyword-5000": (lambda: _keyword("x" * 5000), "TERM_CHARS"),
    "groups-1000": (lambda: _keyword('"/' + "(" * 1000 + "a" + ")" * 1000 + '/"'), "TERM_CHARS"),
    "groups-900": (lambda: _keyword('"/' + "(" * 900 + "a" + ")" * 900 + '/"'), "nests groups"),
    "groups-many": (lambda: _keyword('"/' + "(a)" * 200 + '/"'), "groups, more than"),
    "repeat-huge": (lambda: _keyword('"/a{1000000000}/"'), "repeats something"),
    "repeat-overflow": (lambda: _keyword('"/a{99999999999999999999}/"'), "repetition|too large"),
    "nested-quantifier": (lambda: _keyword('"/(a+)+b/"'), "repeated part inside"),
    "nested-quantifier-words": (lambda: _keyword('"/(?:\\\\w+\\\\s?)*$/"'), "repeated part inside"),
    "leading-repeat-digits": (lambda: _keyword('"/\\\\d+\\\\s*hours/"'), "starts with a repeated part"),
    "recursive-alias": (lambda: VALID.replace("sections:", "loop: &l [*l]\nsections:", 1),
                        "alias|anchor"),
}
