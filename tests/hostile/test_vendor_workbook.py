"""Hostile answer workbooks: each is refused with a message, or imported, never a traceback.

Sizes are reduced from issue 13's (a 2 GB bomb, a million rows, a 300 MB answer)
with the limits lowered to match, so the same code paths run in a second;
`tests/hostile/make_corpus.py` writes the full-size files for the benchmark.
"""

from __future__ import annotations

import tracemalloc

import pytest

from reviewer.errors import ReviewerError
from reviewer.session.response_preview import preview_vendor_responses
from reviewer.session.responses import ResponseImportError, import_vendor_responses
from tests.fixtures.cpu_time import cpu_seconds
from tests.hostile import xlsx_cases as cases


def _import(review, path):
    return import_vendor_responses(review, None, path)


def test_the_good_workbook_imports(answered):
    review, good = answered
    ann, summary = _import(review, good)
    assert ann.item("response-times").vendor_response == cases.ANSWER
    assert len(summary.updated) == 2


@pytest.mark.parametrize(("case", "message"), [
    ("xxe", "document type declaration"),
    ("billion-laughs-workbook", "document type declaration"),
    ("billion-laughs-sheet", "document type declaration"),
    ("duplicated-attributes", "not well-formed XML"),
    ("ref-out-of-range", "outside Excel's grid"),
    ("ref-huge-row", "outside Excel's grid"),
    ("blanked-hash", "does not say which contract"),
    ("truncated", "Cannot read returned-truncated.xlsx"),
])
def test_hostile_workbook_is_refused_with_a_message(answered, case, message):
    review, good = answered
    path = cases.CASES[case](good, good.with_name(f"returned-{case}.xlsx"))
    with pytest.raises(ResponseImportError, match=message):
        _import(review, path)


def test_broken_styles_do_not_matter(answered):
    review, good = answered
    path = cases.broken_styles(good, good.with_name("styles.xlsx"))
    ann, _ = _import(review, path)
    assert ann.item("response-times").vendor_response == cases.ANSWER


def test_a_cell_in_the_last_row_is_cheap(answered):
    review, good = answered
    path = cases.far_row(good, good.with_name("far.xlsx"))
    tracemalloc.start()
    ann, _ = _import(review, path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert ann.item("response-times").vendor_response == cases.ANSWER
    assert peak < 50 * 1024 * 1024


def test_control_characters_are_dropped_from_answers(answered):
    review, good = answered
    path = cases.control_characters(good, good.with_name("ctl.xlsx"))
    ann, _ = _import(review, path)
    answer = ann.item("response-times").vendor_response
    assert "\x7f" not in answer and "\t" in answer and answer.endswith(cases.ANSWER)


def test_too_many_rows_is_refused_naming_the_limit(answered, monkeypatch):
    review, good = answered
    monkeypatch.setenv("REVIEWER_LIMIT_XLSX_ROWS", "500")
    path = cases.many_rows(good, good.with_name("rows.xlsx"), rows=2_000)
    with pytest.raises(ResponseImportError, match=r"XLSX_ROWS.*REVIEWER_LIMIT_XLSX_ROWS"):
        _import(review, path)
    monkeypatch.setenv("REVIEWER_LIMIT_XLSX_ROWS", "5000")  # a genuine big one: raise it
    _, summary = _import(review, path)
    assert len(summary.unknown) == 2_000


def test_sheet_bomb_is_refused_before_inflating(answered):
    review, good = answered
    path = cases.sheet_bomb(good, good.with_name("bomb.xlsx"), size=40 * 1024 * 1024)
    assert path.stat().st_size < 1024 * 1024
    tracemalloc.start()
    start = cpu_seconds()
    with pytest.raises(ResponseImportError, match="compression ratio"):
        _import(review, path)
    assert tracemalloc.get_traced_memory()[1] < 20 * 1024 * 1024
    tracemalloc.stop()
    assert cpu_seconds() - start < 10  # generous: a refusal reads nothing


def test_a_part_declared_larger_than_the_limit_is_refused(answered, monkeypatch):
    review, good = answered
    monkeypatch.setenv("REVIEWER_LIMIT_XLSX_PART_BYTES", str(256 * 1024))
    path = cases.huge_answer(good, good.with_name("big.xlsx"), chars=300 * 1024)
    with pytest.raises(ResponseImportError, match="XLSX_PART_BYTES"):
        _import(review, path)


def test_an_answer_longer_than_excel_allows_is_refused(answered):
    review, good = answered
    path = cases.huge_answer(good, good.with_name("long.xlsx"), chars=40_000)
    with pytest.raises(ResponseImportError, match="characters in one answer"):
        _import(review, path)


def test_a_workbook_that_is_a_folder_or_fifo(tmp_path, answered):
    review, _ = answered
    (tmp_path / "dir.xlsx").mkdir()
    with pytest.raises(ReviewerError):
        _import(review, tmp_path / "dir.xlsx")


def test_inline_strings_import_too(answered):
    review, good = answered
    ann, _ = _import(review, good.with_name("returned-inline.xlsx"))
    assert ann.item("response-times").vendor_response == cases.ANSWER


# -- the preview (Import Vendor Answers window, `responses import --dry-run`) ------------
# It reads the same workbook for the status and position columns; it once did so
# with a general spreadsheet loader, which failed on a broken styles.xml and spent
# minutes and gigabytes on one cell at XFD1048576.

_SMALL = {"million-rows": {"rows": 2_000}, "sheet-bomb-2gb": {"size": 40 * 1024 * 1024},
          "answer-300mb": {"chars": 300 * 1024}}


@pytest.mark.parametrize("case", sorted(cases.CASES))
def test_every_hostile_workbook_previews_or_is_refused_with_a_message(answered, case,
                                                                       monkeypatch):
    review, good = answered
    monkeypatch.setenv("REVIEWER_LIMIT_XLSX_ROWS", "500")
    monkeypatch.setenv("REVIEWER_LIMIT_XLSX_PART_BYTES", str(256 * 1024))
    out = good.with_name(f"preview-{case}.xlsx")
    fn = cases.CASES[case]
    if case in _SMALL:
        getattr(cases, fn.__name__)(good, out, **_SMALL[case])
    else:
        fn(good, out)
    preview = preview_vendor_responses(review, None, out)
    if preview.refused:
        assert "." in preview.refused and "Traceback" not in preview.refused
    else:
        assert {c.item_id for c in preview.new} == {"response-times", "support-hours"}


def test_the_preview_of_a_far_cell_is_cheap_and_lists_the_row(answered):
    review, good = answered
    path = cases.far_row(good, good.with_name("far-preview.xlsx"))
    tracemalloc.start()
    preview = preview_vendor_responses(review, None, path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert not preview.refused
    assert [(u.row, u.text) for u in preview.unmatched] == [(1_048_576, "x")]
    assert peak < 50 * 1024 * 1024


def test_the_dry_run_of_a_workbook_with_broken_styles_exits_0(answered, tmp_path, capsys):
    from reviewer.cli import main
    from reviewer.session import new_saved_review, save_review_file

    review, good = answered
    review_file = tmp_path / "r.review.json"
    save_review_file(review_file, new_saved_review(review, good.with_name("vendor.docx")))
    path = cases.broken_styles(good, good.with_name("styles-preview.xlsx"))
    assert main(["responses", "import", "--dry-run", str(review_file), str(path)]) == 0
    assert "2 new answer(s)" in capsys.readouterr().out
