"""Hostile review files: each refused with a message naming what is wrong, never a traceback."""

from __future__ import annotations

import json

import pytest

from reviewer.cli import main
from reviewer.session import ReviewFileError, load_review_file
from tests.hostile.review_file_cases import CASES, saved_review_file


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_review_file_is_refused(tmp_path, case):
    good = saved_review_file(tmp_path)
    make, message = CASES[case]
    good.write_bytes(make(json.loads(good.read_text(encoding="utf-8"))))
    with pytest.raises(ReviewFileError, match=message):
        load_review_file(good)


def test_the_good_file_still_opens(tmp_path):
    assert load_review_file(saved_review_file(tmp_path)).reviewer == "Li Wei"


def test_a_note_with_control_characters_is_cleaned_on_save(tmp_path):
    from dataclasses import replace

    from reviewer.session import save_review_file

    path = saved_review_file(tmp_path)
    saved = load_review_file(path)
    dirty = saved.annotations.with_item("availability", note="a\x00b\x1bc")
    save_review_file(path, replace(saved, annotations=dirty))
    assert load_review_file(path).annotations.item("availability").note == "abc"


def test_too_large_file_is_refused_by_size_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.review.json"
    with path.open("wb") as fh:  # sparse: no disk used
        fh.truncate(8 * 1024 ** 3)
    with pytest.raises(ReviewFileError, match="REVIEW_FILE_BYTES"):
        load_review_file(path)


def test_cli_exits_2_with_the_message(tmp_path, capsys):
    good = saved_review_file(tmp_path)
    make, _ = CASES["nested-100000"]
    good.write_bytes(make({}))
    code = main(["responses", "import", str(good), str(tmp_path / "x.xlsx")])
    assert code == 2
    assert "nested" in capsys.readouterr().err
