"""Loading valid checklist files: structure, defaults, compiled phrases."""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path
from types import MappingProxyType

import pytest

from reviewer.checklist import load_checklist
from reviewer.checklist.schema import compile_term
from reviewer.review import Text

VALID = textwrap.dedent(
    """\
    schema: contract-reviewer/checklist-1
    id: mini
    version: "1.10"
    title: {en: Mini checklist, zh: 迷你清单}
    vague:
      hedge: {en: [reasonable efforts, "/\\\\bpromptly\\\\b/"], zh: [尽快, 及时]}
      discretion: {en: at its sole discretion}
    sections:
      - id: response
        title: {en: Response, zh: 响应}
        weight: 25
        items:
          - id: response-times
            title: {en: Response times, zh: 响应时间}
            description: {en: Initial response per severity}
            question: {en: "What are your response times?", zh: 响应时间是多少？}
            facts: [levels]
            find:
              keywords: {en: [response time, respond within], zh: [响应时间]}
              context: {en: [severity]}
              headings: {zh: 服务等级}
            met:
              - facts: [level-durations]
              - facts: [duration]
                patterns: {en: ["/\\\\bP[1-4]\\\\b/"], zh: [紧急]}
                min_count: 2
            vague: {en: [target]}
            negation: {en: [no response time]}
            policy:
              - fact: top-minutes
                max: 60
                message: {en: "Top-severity response {value} min exceeds {limit} min."}
          - id: support-hours
            title: Support hours
            description: {zh: 支持时间}
            question: {en: "When?", zh: 何时？}
            weight: 2.5
            find:
              keywords: {zh: [7x24]}
      - id: security
        title: {en: Security, zh: 安全}
        weight: 10
        items:
          - id: encryption
            title: {en: Encryption, zh: 加密}
            description: {en: Encryption, zh: 加密}
            question: {en: "Which standard?", zh: 标准？}
            find:
              keywords: {en: [TLS, no]}
    """
)


def write(tmp_path: Path, text: str, name: str = "mini.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_loads_with_structure_and_defaults(tmp_path: Path) -> None:
    checklist = load_checklist(write(tmp_path, VALID))
    assert checklist.id == "mini"
    assert checklist.version == "1.10"  # kept as written, not turned into 1.1
    assert checklist.title == Text("Mini checklist", "迷你清单")
    assert [s.id for s in checklist.sections] == ["response", "security"]
    assert [s.weight for s in checklist.sections] == [25.0, 10.0]
    assert [i.id for i in checklist.items] == ["response-times", "support-hours", "encryption"]

    rt = checklist.item("response-times")
    assert rt.section == "response"
    assert rt.weight == 1.0
    assert rt.facts == ("levels",)
    assert rt.keywords.en == ("response time", "respond within")
    assert rt.headings.zh == ("服务等级",)  # a single string is a one-element list
    assert len(rt.requirements) == 2
    assert rt.requirements[0].facts == ("level-durations",)
    assert rt.requirements[0].min_count == 1
    assert rt.requirements[1].named_outweighs_vague is False
    assert rt.requirements[1].min_count == 2
    assert rt.policies[0].fact == "top-minutes"
    assert rt.policies[0].max == 60 and rt.policies[0].min is None
    # a missing language falls back to the other one
    assert rt.description == Text("Initial response per severity", "Initial response per severity")
    assert rt.policies[0].message is not None
    assert rt.policies[0].message.zh.startswith("Top-severity")

    hours = checklist.item("support-hours")
    assert hours.title == Text("Support hours", "Support hours")
    assert hours.description == Text("支持时间", "支持时间")
    assert hours.weight == 2.5
    assert hours.section == "response"
    # a YAML 1.1 boolean word stays a phrase
    assert checklist.item("encryption").keywords.en == ("TLS", "no")
    assert checklist.item("encryption").section == "security"


def test_item_lines_point_at_the_item(tmp_path: Path) -> None:
    checklist = load_checklist(write(tmp_path, VALID))
    lines = VALID.splitlines()
    for item in checklist.items:
        assert item.line is not None
        assert lines[item.line - 1].strip() == f"- id: {item.id}"


def test_everything_is_immutable(tmp_path: Path) -> None:
    checklist = load_checklist(write(tmp_path, VALID))
    assert isinstance(checklist.vague, MappingProxyType)
    assert isinstance(checklist.sections, tuple)
    with pytest.raises(TypeError):
        checklist.vague["new"] = checklist.vague["hedge"]  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        checklist.items[0].weight = 3  # type: ignore[misc]
    assert isinstance(checklist.vague["hedge"].en, tuple)


def test_vague_categories_compile_per_language(tmp_path: Path) -> None:
    checklist = load_checklist(write(tmp_path, VALID))
    hedge = checklist.vague["hedge"]
    assert hedge.en == ("reasonable efforts", "/\\bpromptly\\b/")
    assert any(p.search("We respond PROMPTLY.") for p in hedge.patterns("en"))
    assert any(p.search("我们将尽快答复") for p in hedge.patterns("zh"))
    assert len(hedge.patterns()) == 4
    assert checklist.vague["discretion"].en == ("at its sole discretion",)
    assert checklist.path.endswith("mini.yaml")


def test_regex_patterns_in_requirements_work(tmp_path: Path) -> None:
    req = load_checklist(write(tmp_path, VALID)).item("response-times").requirements[1]
    assert any(p.search("p1 issues") for p in req.patterns.patterns())
    assert not any(p.search("P12") for p in req.patterns.patterns("en"))


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        ("reasonable efforts", "commercially Reasonable\n  efforts to", True),
        ("reasonable efforts", "reasonable-efforts", False),
        ("SLA", "the SLA applies", True),
        ("SLA", "a SLAB of text", False),
        ("SLA", "of the ISLA terms", False),
        ("SLA", "本SLA适用", True),  # ASCII boundaries still match inside Chinese text
        ("24x7", "24x7 support", True),
        ("99.9%", "uptime of 99.9% per month", True),  # ends on a non-word char: no boundary
        ("99.9%", "uptime of 9909% per month", False),  # '.' is literal, not any char
        ("(a)", "see (a) above", True),
    ],
)
def test_plain_english_phrases(term: str, text: str, found: bool) -> None:
    assert bool(compile_term(term, "en").search(text)) is found


def test_plain_chinese_phrases_are_literals() -> None:
    assert compile_term("尽快", "zh").search("乙方应尽快处理")
    assert compile_term("S.L.A", "zh").search("S.L.A") and not compile_term("S.L.A", "zh").search(
        "SxLxA"
    )
    # a Chinese phrase in the en list is a literal too (no word boundaries)
    assert compile_term("服务等级", "en").search("本服务等级协议")


def test_regex_term_is_case_insensitive() -> None:
    assert compile_term(r"/within \d+ (hours|minutes)/", "en").search("Within 4 HOURS")


def test_version_number_and_plain_text_title(tmp_path: Path) -> None:
    text = VALID.replace('version: "1.10"', "version: 2").replace(
        "title: {en: Mini checklist, zh: 迷你清单}", "title: Mini"
    )
    checklist = load_checklist(write(tmp_path, text))
    assert checklist.version == "2"
    assert checklist.title == Text("Mini", "Mini")


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode("utf-8"))
    assert load_checklist(path).id == "mini"
