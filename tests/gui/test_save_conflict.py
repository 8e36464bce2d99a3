"""Save in the window after `reviewer responses import` (another program) changed the
review file: asked, merged (both kept) or left alone (nothing written, nothing lost)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reviewer.session import load_review_file, save_review_file
from tests.fixtures import pdf_factory as pf
from tests.gui import RecordingPresenter
from tests.gui.test_main_window import data_dir, make_window, open_and_wait  # noqa: F401

pytestmark = pytest.mark.gui


def _window_and_other_save(qtbot: QtBot, make_window, tmp_path: Path,  # noqa: F811
                           answer: bool):
    contract = pf.support_terms_pdf(tmp_path / "acme.pdf")
    w = make_window(RecordingPresenter(confirm_answer=answer))
    open_and_wait(qtbot, w, contract)
    target = tmp_path / "acme.review.json"
    assert w.controller.save(target)
    first, second = [f.item_id for f in w.state.review.findings[:2]]
    # Another program imports an answer into the same file meanwhile.
    other = load_review_file(target)
    save_review_file(target, replace(other, annotations=other.annotations.with_item(
        second, vendor_response="from the CLI")))
    w.state.edit(w.state.annotations.with_item(first, note="from the window"), "note")
    return w, target, first, second


def test_merge_keeps_both_updates(qtbot: QtBot, make_window, tmp_path: Path) -> None:  # noqa: F811
    w, target, first, second = _window_and_other_save(qtbot, make_window, tmp_path, True)
    assert w.controller.save(target)
    presenter = w.presenter
    assert isinstance(presenter, RecordingPresenter)
    assert presenter.confirms and "Merge your changes" in presenter.confirms[-1][1]
    assert not presenter.errors
    on_disk = load_review_file(target).annotations
    assert on_disk.item(first).note == "from the window"
    assert on_disk.item(second).vendor_response == "from the CLI"
    assert w.state.annotations.item(second).vendor_response == "from the CLI"  # shown too
    assert not w.state.is_dirty
    w.state.undo_stack.undo()  # the merge is one step: undo shows the window's own work
    assert w.state.annotations.item(second).vendor_response == ""
    assert w.state.annotations.item(first).note == "from the window"


def test_declining_the_merge_writes_nothing_and_keeps_the_work(
        qtbot: QtBot, make_window, tmp_path: Path) -> None:  # noqa: F811
    w, target, first, _ = _window_and_other_save(qtbot, make_window, tmp_path, False)
    before = target.read_bytes()
    assert not w.controller.save(target)
    assert target.read_bytes() == before
    assert w.state.annotations.item(first).note == "from the window"
    assert w.state.is_dirty
