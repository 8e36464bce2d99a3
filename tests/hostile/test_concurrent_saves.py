"""Two writers of one review file: no update is lost, a stale save is refused with a message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reviewer.session import load_review_file, new_saved_review, save_review_file
from reviewer.session.review_file import ReviewFileChanged
from tests.hostile.xlsx_cases import answered_workbook

REPO = Path(__file__).resolve().parents[2]


def test_a_stale_save_is_refused_and_the_other_update_kept(tmp_path):
    from tests.session.test_review_file import sample_review

    path = tmp_path / "v.review.json"
    save_review_file(path, new_saved_review(sample_review(), tmp_path / "v.pdf"))
    window = load_review_file(path)
    cli = load_review_file(path)
    save_review_file(path, replace(cli, annotations=cli.annotations.with_item(
        "availability", vendor_response="from the CLI")))
    with pytest.raises(ReviewFileChanged, match="changed by another program"):
        save_review_file(path, replace(window, annotations=window.annotations.with_item(
            "availability", note="from the window")))
    assert load_review_file(path).annotations.item("availability").vendor_response == "from the CLI"
    mine = save_review_file(tmp_path / "mine.review.json", window)  # Save As still works
    save_review_file(tmp_path / "mine.review.json", mine)  # and saving again after it


def _two_workbooks(tmp_path: Path) -> tuple[Path, Path, Path]:
    review, returned = answered_workbook(tmp_path)
    review_file = tmp_path / "vendor.review.json"
    save_review_file(review_file, new_saved_review(review, tmp_path / "vendor.docx"))
    books = []
    for n, item in enumerate(("response-times", "availability")):
        wb = load_workbook(returned.with_name("returned-inline.xlsx"))
        ws = wb.worksheets[0]
        col = [c.value for c in ws[1]].index("Vendor response") + 1
        for row in range(2, ws.max_row + 1):
            ws.cell(row=row, column=col).value = None
            if ws.cell(row=row, column=1).value == item:
                ws.cell(row=row, column=col, value=f"answer {n}")
        out = tmp_path / f"answers-{n}.xlsx"
        wb.save(out)
        books.append(out)
    return review_file, books[0], books[1]


@pytest.mark.slow
def test_two_imports_in_two_processes_lose_nothing(tmp_path):
    review_file, first, second = _two_workbooks(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for _ in range(3):
        procs = [subprocess.Popen([sys.executable, "-m", "reviewer.cli", "responses", "import",
                                   str(review_file), str(book)], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for book in (first, second)]
        for p in procs:
            _, err = p.communicate(timeout=120)
            assert p.returncode == 0, err
        data = json.loads(review_file.read_text(encoding="utf-8"))
        items = data["annotations"]["items"]
        assert items["response-times"]["vendor_response"] == "answer 0"
        assert items["availability"]["vendor_response"] == "answer 1"
        data["annotations"]["items"] = {}
        review_file.write_text(json.dumps(data), encoding="utf-8")
