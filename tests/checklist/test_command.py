"""`reviewer checklist validate|list`, run in-process through reviewer.cli.main."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer import cli
from reviewer.checklist import bundled_checklists, default_checklist
from tests.checklist.test_loader import VALID, write


@pytest.fixture(autouse=True)
def only_my_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    # Other subcommands are written in parallel; parse only the ones tested here.
    monkeypatch.setattr(cli, "COMMANDS", ("checklist", "eval"))


def test_validate_ok(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["checklist", "validate", str(write(tmp_path, VALID))])
    assert code == 0
    assert capsys.readouterr().out.strip() == "OK: mini v1.10: 2 sections, 3 items"


def test_validate_broken_prints_file_line_key_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, VALID.replace("    weight: 25", "    wieght: 25"))
    code = cli.main(["checklist", "validate", str(path)])
    assert code == 2
    err = capsys.readouterr().err
    assert str(path) in err
    assert "line 11" in err
    assert "key 'sections[response].wieght'" in err
    assert "Did you mean 'weight'?" in err


def test_validate_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["checklist", "validate", str(tmp_path / "none.yaml")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_list_and_bundled_use_the_override_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, VALID, "mini.yaml")
    write(tmp_path, VALID.replace("id: mini", "id: other"), "other.yml")
    write(tmp_path, "schema: nope\n", "broken.yaml")
    (tmp_path / "notes.txt").write_text("not a checklist", encoding="utf-8")
    monkeypatch.setenv("REVIEWER_CHECKLISTS", str(tmp_path))

    found = bundled_checklists()
    assert [(b.id, b.path.name) for b in found] == [("mini", "mini.yaml"), ("other", "other.yml")]
    assert found[0].title.zh == "迷你清单"

    assert cli.main(["checklist", "list"]) == 2  # a broken file is reported, not hidden
    out = capsys.readouterr().out
    assert "mini v1.10" in out and "other v1.10" in out
    assert "broken.yaml: BROKEN" in out and "unknown schema 'nope'" in out


def test_default_checklist_missing_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REVIEWER_CHECKLISTS", str(tmp_path))
    default_checklist.cache_clear()
    try:
        with pytest.raises(Exception, match="REVIEWER_CHECKLISTS"):
            default_checklist()
        write(tmp_path, VALID.replace("id: mini", "id: vendor-support"), "vendor-support.yaml")
        assert default_checklist().id == "vendor-support"
        assert default_checklist() is default_checklist()  # parsed once
    finally:
        default_checklist.cache_clear()
