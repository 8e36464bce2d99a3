"""A broken checklist is refused with a message naming file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.checklist import load_checklist
from reviewer.errors import ChecklistError
from tests.checklist.test_loader import VALID, write


def refuse(tmp_path: Path, text: str) -> ChecklistError:
    path = write(tmp_path, text, "broken.yaml")
    with pytest.raises(ChecklistError) as info:
        load_checklist(path)
    err = info.value
    assert err.path == str(path)
    assert str(path) in str(err)
    return err


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_bad_yaml_names_the_parser_line(tmp_path: Path) -> None:
    text = VALID.replace("    weight: 25\n", "    weight: 25\n   bad: [\n")
    err = refuse(tmp_path, text)
    assert "not valid YAML" in str(err)
    assert err.line is not None and abs(err.line - line_of(text, "bad: [")) <= 2


def test_unknown_key_suggests_the_closest(tmp_path: Path) -> None:
    text = VALID.replace("        negation:", "        negaton:")
    err = refuse(tmp_path, text)
    assert "unknown key 'negaton'" in str(err)
    assert "Did you mean 'negation'?" in str(err)
    assert err.line == line_of(text, "negaton:")
    assert err.key == "sections[response].items[response-times].negaton"


def test_unknown_key_deep_inside_find_and_languages(tmp_path: Path) -> None:
    text = VALID.replace("keywords: {en: [TLS, no]}", "keywords: {en: [TLS], fr: [x]}")
    err = refuse(tmp_path, text)
    assert "unknown key 'fr'" in str(err)
    assert err.key == "sections[security].items[encryption].find.keywords.fr"
    err = refuse(tmp_path, VALID.replace("          context:", "          contexts:"))
    assert "Did you mean 'context'?" in str(err)


def test_unknown_top_level_key(tmp_path: Path) -> None:
    err = refuse(tmp_path, VALID.replace("sections:", "section:"))
    # 'section' is unknown; the suggestion points at the real key
    assert "Did you mean 'sections'?" in str(err)
    assert err.line == line_of(VALID, "sections:")


def test_missing_required_keys(tmp_path: Path) -> None:
    text = VALID.replace('        question: {en: "Which standard?", zh: 标准？}\n', "")
    err = refuse(tmp_path, text)
    assert "required key 'question' is missing" in str(err)
    assert err.key == "sections[security].items[encryption].question"
    assert err.line == line_of(text, "- id: encryption")

    err = refuse(tmp_path, VALID.replace("schema: contract-reviewer/checklist-1\n", ""))
    assert "'schema' is missing" in str(err)

    err = refuse(tmp_path, VALID.replace("    weight: 10\n", ""))
    assert err.key == "sections[security].weight"


def test_wrong_types(tmp_path: Path) -> None:
    err = refuse(tmp_path, VALID.replace("weight: 25", "weight: heavy"))
    assert "'weight' must be a number" in str(err) and "heavy" in str(err)
    err = refuse(tmp_path, VALID.replace("weight: 25", "weight: 0"))
    assert "greater than 0" in str(err)
    err = refuse(tmp_path, VALID.replace("weight: 25", "weight: true"))
    assert "must be a number" in str(err)
    err = refuse(tmp_path, VALID.replace("min_count: 2", "min_count: 1.5"))
    assert "whole number" in str(err) and err.key is not None and err.key.endswith("min_count")
    indent = VALID.split("min_count: 2")[0].rsplit("\n", 1)[1]
    err = refuse(tmp_path, VALID.replace("min_count: 2", f"min_count: 2\n{indent}named_outweighs_vague: maybe"))
    assert "true or false" in str(err) and err.key is not None and err.key.endswith("named_outweighs_vague")
    err = refuse(tmp_path, VALID.replace("keywords: {en: [TLS, no]}", "keywords: [TLS]"))
    assert "phrases per language" in str(err)
    err = refuse(tmp_path, VALID.replace("title: {en: Security, zh: 安全}", "title: [Security]"))
    assert "'title' must be text" in str(err) and "but it is a list" in str(err)
    err = refuse(tmp_path, VALID.replace("sections:\n", "sections: none\nx:\n", 1))
    assert "unknown key 'x'" in str(err) or "must be a list" in str(err)


def test_sections_must_be_a_non_empty_list(tmp_path: Path) -> None:
    head = VALID.split("sections:")[0]
    err = refuse(tmp_path, head + "sections: []\n")
    assert "'sections' must not be empty" in str(err)
    err = refuse(tmp_path, head + "sections: response\n")
    assert "must be a list" in str(err)


def test_duplicate_ids(tmp_path: Path) -> None:
    text = VALID.replace("- id: encryption", "- id: support-hours")
    err = refuse(tmp_path, text)
    assert "item id 'support-hours' is used twice" in str(err)
    assert f"first on line {line_of(VALID, '- id: support-hours')}" in str(err)
    text = VALID.replace("- id: security", "- id: response")
    err = refuse(tmp_path, text)
    assert "section id 'response' is used twice" in str(err)


def test_duplicate_key_in_one_mapping(tmp_path: Path) -> None:
    text = VALID.replace("    weight: 25\n", "    weight: 25\n    weight: 30\n")
    err = refuse(tmp_path, text)
    assert "'weight' appears twice" in str(err)
    assert err.line == line_of(text, "weight: 30")


def test_bad_ids(tmp_path: Path) -> None:
    err = refuse(tmp_path, VALID.replace("- id: encryption", "- id: Encryption_1"))
    assert "lower-case letters" in str(err)
    err = refuse(tmp_path, VALID.replace("id: mini", "id: Mini list"))
    assert err.key == "id"


def test_regex_that_does_not_compile_is_named(tmp_path: Path) -> None:
    text = VALID.replace("vague: {en: [target]}", 'vague: {en: [target, "/(unclosed/"]}')
    err = refuse(tmp_path, text)
    assert "'/(unclosed/'" in str(err) and "not a valid regular expression" in str(err)
    assert err.line == line_of(text, "/(unclosed/")
    assert err.key == "sections[response].items[response-times].vague.en"


def test_regex_matching_empty_text_is_refused(tmp_path: Path) -> None:
    err = refuse(tmp_path, VALID.replace("vague: {en: [target]}", 'vague: {en: ["/x*/"]}'))
    assert "matches empty text" in str(err)


def test_unknown_schema(tmp_path: Path) -> None:
    err = refuse(tmp_path, VALID.replace("checklist-1", "checklist-2"))
    assert "unknown schema 'contract-reviewer/checklist-2'" in str(err)
    assert err.line == 1


def test_policy_without_limits(tmp_path: Path) -> None:
    text = VALID.replace("            max: 60\n", "")
    err = refuse(tmp_path, text)
    assert "needs 'max' and/or 'min'" in str(err)
    assert err.key == "sections[response].items[response-times].policy[1]"
    err = refuse(tmp_path, VALID.replace("max: 60", "max: 60\n            min: 90"))
    assert "greater than 'max'" in str(err)


def test_empty_keywords_and_empty_met_alternative(tmp_path: Path) -> None:
    err = refuse(tmp_path, VALID.replace("keywords: {en: [TLS, no]}", "keywords: {en: []}"))
    assert "at least one phrase" in str(err)
    text = VALID.replace("          - facts: [level-durations]\n", "          - {}\n")
    err = refuse(tmp_path, text)
    assert "needs 'facts' or 'patterns'" in str(err)


def test_text_needs_a_language(tmp_path: Path) -> None:
    err = refuse(tmp_path, VALID.replace("description: {en: Initial response per severity}",
                                         "description: {}"))
    assert "'en' and/or 'zh'" in str(err)


def test_file_problems(tmp_path: Path) -> None:
    with pytest.raises(ChecklistError, match="does not exist"):
        load_checklist(tmp_path / "nope.yaml")
    (tmp_path / "latin1.yaml").write_bytes("title: caf\xe9".encode("latin-1"))
    with pytest.raises(ChecklistError, match="not UTF-8"):
        load_checklist(tmp_path / "latin1.yaml")
    (tmp_path / "empty.yaml").write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(ChecklistError, match="empty"):
        load_checklist(tmp_path / "empty.yaml")
    (tmp_path / "list.yaml").write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(ChecklistError, match="must be a set of 'key: value' lines"):
        load_checklist(tmp_path / "list.yaml")


def test_unsafe_tags_are_refused(tmp_path: Path) -> None:
    text = VALID.replace("id: mini", "id: !!python/object/apply:os.system [echo hi]")
    err = refuse(tmp_path, text)
    assert err.key == "id"


def test_unknown_fact_name_is_refused_with_a_suggestion(tmp_path: Path) -> None:
    text = VALID.replace("- facts: [level-durations]", "- facts: [level-duration]")
    err = refuse(tmp_path, text)
    assert "'level-duration' is not a built-in fact" in str(err)
    assert "Did you mean 'level-durations'?" in str(err)
    assert err.line == line_of(text, "[level-duration]")


def test_tabs_and_second_documents_get_a_specific_hint(tmp_path: Path) -> None:
    err = refuse(tmp_path, VALID.replace("  - id: security", "\t- id: security"))
    assert "Indent with spaces, not tabs." in str(err)
    assert err.line == line_of(VALID, "- id: security")
    err = refuse(tmp_path, VALID + "---\nid: second\n")
    assert "remove the second '---' line" in str(err)
