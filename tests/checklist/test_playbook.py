"""The playbook core: edits applied to a checklist's node tree, validated, diffed, saved (no Qt)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from reviewer import api
from reviewer.checklist.loader import checklists_dir, default_checklist, load_checklist, parse_checklist
from reviewer.checklist.playbook import (
    Edit,
    apply_and_validate,
    apply_edits,
    open_playbook,
    playbook_diff,
    playbook_from_text,
    save_playbook,
)
from reviewer.errors import ChecklistError
from tests.negotiation.test_negotiation import EN, make_docx

BUNDLED = checklists_dir() / "vendor-support.yaml"


def same_items(a: object, b: object) -> bool:
    return [dataclasses.replace(i, line=None) for i in a.items] == [  # type: ignore[attr-defined]
        dataclasses.replace(i, line=None) for i in b.items]  # type: ignore[attr-defined]


def test_no_edits_give_the_same_checklist() -> None:
    text = BUNDLED.read_text(encoding="utf-8")
    again = parse_checklist(apply_edits(text, []))
    base = load_checklist(BUNDLED)
    assert same_items(again, base)
    assert again.vague == base.vague and again.scorecards == base.scorecards


def test_words_yaml_would_turn_into_booleans_stay_words() -> None:
    text = BUNDLED.read_text(encoding="utf-8").replace(
        "exclude:\n            en: [security incident,", "exclude:\n            en: [no, on, security incident,", 1)
    assert text != BUNDLED.read_text(encoding="utf-8")
    edited = parse_checklist(apply_edits(text, [Edit("response-times", "weight", 2)]))
    assert edited.item("severity-definitions").exclude.en[:2] == ("no", "on")


def test_edits_change_bands_texts_weights_and_disable_items() -> None:
    pb = open_playbook(BUNDLED)
    _, cl = apply_and_validate(pb.text, [
        Edit("response-times", "band.preferred", 15), Edit("response-times", "band.fallback", 30),
        Edit("availability", "fallback.zh", "乙方保证每月可用性不低于{value}%。"),
        Edit("encryption", "weight", 3), Edit("data-use", "enabled", False)])
    band = cl.item("response-times").positions.band  # type: ignore[union-attr]
    assert (band.preferred, band.fallback, band.unacceptable) == (15, 30, 240)
    assert cl.item("availability").positions.fallback.zh == "乙方保证每月可用性不低于{value}%。"  # type: ignore[union-attr]
    assert cl.item("encryption").weight == 3
    assert "data-use" not in {i.id for i in cl.items}
    assert all("data-use" not in d.items for s in cl.scorecards for d in s.dimensions)


def test_disabled_items_stay_in_the_file_and_can_be_enabled_again(tmp_path: Path) -> None:
    pb = open_playbook(BUNDLED)
    text, _ = apply_and_validate(pb.text, [Edit("data-use", "enabled", False)])
    saved = tmp_path / "mine.yaml"
    save_playbook(text, saved)
    again = open_playbook(saved)
    assert again.disabled == {"data-use"}
    assert "data-use" in {i.id for i in again.checklist.items}  # shown in the editor
    _, on = apply_and_validate(again.text, [Edit("data-use", "enabled", True)])
    assert "data-use" in {i.id for i in on.items}


def test_a_whole_section_disabled_leaves_the_section_and_its_scorecard_dimension_out() -> None:
    pb = open_playbook(BUNDLED)
    scope = next(s for s in pb.checklist.sections if s.id == "scope")
    _, cl = apply_and_validate(pb.text, [Edit(i.id, "enabled", False) for i in scope.items])
    assert "scope" not in {s.id for s in cl.sections}
    assert all(d.id != "scope" for s in cl.scorecards for d in s.dimensions)


@pytest.mark.parametrize("edit, words", [
    (Edit("response-times", "band.fallback", 500), "must run one way"),
    (Edit("availability", "preferred.en", "at least {valu}%"), "not a placeholder"),
    (Edit("response-times", "weight", 0), "greater than 0"),
    (Edit("no-such-item", "weight", 1), "no item 'no-such-item'"),
    (Edit("response-times", "colour", "red"), "not something a playbook edits"),
    (Edit("response-times", "weight", "heavy"), "not a number"),
])
def test_broken_edits_are_refused_with_the_loaders_message(edit: Edit, words: str) -> None:
    with pytest.raises(ChecklistError, match=words):
        apply_and_validate(BUNDLED.read_text(encoding="utf-8"), [edit])


def test_every_item_disabled_is_refused() -> None:
    pb = open_playbook(BUNDLED)
    with pytest.raises(ChecklistError, match="enable at least one"):
        apply_and_validate(pb.text, [Edit(i.id, "enabled", False) for i in pb.checklist.items])


def test_diff_lists_what_changed_per_item() -> None:
    pb = open_playbook(BUNDLED)
    text, _ = apply_and_validate(pb.text, [Edit("response-times", "band.preferred", 15),
                                           Edit("data-use", "enabled", False)])
    diff = {c.item_id: c for c in playbook_diff(pb, playbook_from_text(text))}
    assert set(diff) == {"response-times", "data-use"}
    assert [(f.field, f.before, f.after) for f in diff["response-times"].changes] == [
        ("band.preferred", "30", "15")]
    assert [(f.field, f.before, f.after) for f in diff["data-use"].changes] == [
        ("enabled", "true", "false")]


def test_save_refuses_a_broken_text_and_other_suffixes(tmp_path: Path) -> None:
    with pytest.raises(ChecklistError, match=r"\.yaml"):
        save_playbook(BUNDLED.read_text(encoding="utf-8"), tmp_path / "x.txt")
    with pytest.raises(ChecklistError):
        save_playbook("schema: contract-reviewer/checklist-1\nid: x\n", tmp_path / "x.yaml")
    assert not (tmp_path / "x.yaml").exists()


def test_a_saved_playbook_reviews_with_its_choices(tmp_path: Path) -> None:
    pb = open_playbook(BUNDLED)
    text, _ = apply_and_validate(pb.text, [Edit("unilateral-amendment", "enabled", False)],
                                 checklist_id="my-playbook")
    cl = save_playbook(text, tmp_path / "mine.yaml")
    assert cl.id == "my-playbook"
    review = api.review(make_docx(tmp_path / "c.docx", EN), api.resolve_checklist(str(tmp_path / "mine.yaml")))
    assert review.checklist_id == "my-playbook"
    assert "unilateral-amendment" not in {f.item_id for f in review.findings}
    assert len(review.findings) == len(default_checklist().items) - 1


def test_policy_limits_are_edited_in_place_and_diffed() -> None:
    from reviewer.checklist.playbook import field_value, policy_fields, policy_unit

    pb = open_playbook(BUNDLED)
    item = pb.checklist.item("response-times")
    assert policy_fields(item) == ("policy.top-minutes.max",)
    assert field_value(item, "policy.top-minutes.max") == "60"
    assert policy_unit(item, "top-minutes").en == "minutes"  # type: ignore[union-attr]
    assert policy_unit(pb.checklist.item("security-incident"), "hours").zh == "小时"  # type: ignore[union-attr]
    text, cl = apply_and_validate(pb.text, [Edit("response-times", "policy.top-minutes.max", 30),
                                            Edit("availability", "policy.percent.min", 99.95)])
    assert cl.item("response-times").policies[0].max == 30
    assert cl.item("response-times").policies[0].message == item.policies[0].message  # kept
    assert cl.item("availability").policies[0].min == 99.95
    diff = playbook_diff(pb, playbook_from_text(text))
    assert [(d.item_id, [(c.field, c.before, c.after) for c in d.changes]) for d in diff] == [
        ("response-times", [("policy.top-minutes.max", "60", "30")]),
        ("availability", [("policy.percent.min", "99.9", "99.95")])]


def test_policy_edits_the_loader_refuses() -> None:
    text = BUNDLED.read_text(encoding="utf-8").replace(
        "          - fact: top-minutes\n            max: 60\n",
        "          - fact: top-minutes\n            max: 60\n            min: 10\n", 1)
    assert "min: 10" in text
    with pytest.raises(ChecklistError, match=r"'min' \(10\) is greater than 'max' \(5\)"):
        apply_and_validate(text, [Edit("response-times", "policy.top-minutes.max", 5)])
    with pytest.raises(ChecklistError, match="has no policy 'min' on 'percent'"):
        apply_and_validate(text, [Edit("support-channels", "policy.percent.min", 5)])
    with pytest.raises(ChecklistError, match="has no policy 'max' on 'percent'"):
        apply_and_validate(text, [Edit("availability", "policy.percent.max", 100)])


def test_a_playbook_may_not_keep_a_bundled_id() -> None:
    from reviewer.checklist.playbook import check_own_id, derived_id

    with pytest.raises(ChecklistError, match="'vendor-support-playbook'"):
        check_own_id("vendor-support")
    check_own_id(derived_id("vendor-support"))  # its own: accepted
