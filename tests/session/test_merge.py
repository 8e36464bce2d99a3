"""Merging a window's unsaved changes into a review file another program changed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reviewer.annotations import Annotations
from reviewer.review import Status
from reviewer.session import load_review_file, new_saved_review, save_review_file
from reviewer.session.merge import merge_and_save, merge_annotations
from reviewer.session.review_file import ReviewFileChanged
from tests.session.test_review_file import sample_review


def test_per_item_the_changed_side_wins_and_both_changed_is_reported() -> None:
    base = Annotations().with_item("a", note="old").with_item("b", note="old")
    mine = base.with_item("a", note="window").with_item("c", asked_vendor=True)
    theirs = base.with_item("b", vendor_response="cli").with_item("a", note="cli")
    merged, from_file, both = merge_annotations(base, mine, theirs)
    assert merged.item("a").note == "window"
    assert merged.item("b").vendor_response == "cli"
    assert merged.item("c").asked_vendor
    assert from_file == ("b",) and both == ("a",)


def test_an_item_the_window_cleared_stays_cleared() -> None:
    base = Annotations().with_item("a", status_override=Status.MET)
    mine = base.with_item("a", status_override=None)
    merged, _, _ = merge_annotations(base, mine, base.with_item("b", note="x"))
    assert "a" not in merged.items and merged.item("b").note == "x"


@pytest.fixture
def opened(tmp_path: Path):
    path = tmp_path / "v.review.json"
    save_review_file(path, new_saved_review(sample_review(), tmp_path / "v.pdf"))
    return path, load_review_file(path)


def test_merge_and_save_keeps_the_other_programs_answers(opened) -> None:
    path, window = opened
    cli = load_review_file(path)
    save_review_file(path, replace(cli, annotations=cli.annotations.with_item(
        "availability", vendor_response="from the CLI")))
    mine = replace(window, annotations=window.annotations.with_item(
        "response-times", note="from the window"))
    with pytest.raises(ReviewFileChanged):
        save_review_file(path, mine)
    done = merge_and_save(path, mine, window)
    on_disk = load_review_file(path)
    assert on_disk.annotations.item("availability").vendor_response == "from the CLI"
    assert on_disk.annotations.item("response-times").note == "from the window"
    assert done.from_file == ("availability",) and not done.both_changed
    save_review_file(path, done.saved)  # the merged save is the new base: saving again works


def test_both_reran_the_review_is_not_merged(opened) -> None:
    path, window = opened
    cli = load_review_file(path)
    other = replace(cli.review, score=(cli.review.score or 0) + 1)
    save_review_file(path, replace(cli, review=other))
    mine = replace(window, review=replace(window.review, score=(window.review.score or 0) + 2))
    with pytest.raises(ReviewFileChanged, match="cannot be merged"):
        merge_and_save(path, mine, window)
    assert load_review_file(path).review == other
