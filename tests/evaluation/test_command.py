"""`reviewer eval`, run in-process through reviewer.cli.main."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer import cli
from tests.checklist.test_loader import VALID, write


@pytest.fixture(autouse=True)
def only_my_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    # Other subcommands are written in parallel; parse only the ones tested here.
    monkeypatch.setattr(cli, "COMMANDS", ("checklist", "eval"))


def test_not_a_folder_and_no_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["eval", str(tmp_path / "nowhere")]) == 2
    assert "not a folder" in capsys.readouterr().err
    assert cli.main(["eval", str(tmp_path)]) == 2
    assert "no <name>.expected.json label files" in capsys.readouterr().err


def test_bad_label_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.expected.json").write_text('{"items": {"x": {"status": "fine"}}}',
                                              encoding="utf-8")
    assert cli.main(["eval", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "a.expected.json" in err and "use met, vague or missing" in err


def test_label_without_contract_is_skipped_and_metrics_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.expected.json").write_text(json.dumps(
        {"file": "a.pdf", "language": "en", "items": {"response-times": {"status": "met"}}}
    ), encoding="utf-8")
    checklist = write(tmp_path, VALID)
    out = tmp_path / "metrics.json"
    code = cli.main(["eval", str(corpus), "--checklist", str(checklist), "--json", str(out),
                     "--verbose"])
    assert code == 0
    text = capsys.readouterr().out
    assert "skipped a: contract file a.pdf not found" in text
    assert "with checklist mini v1.10" in text
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["contracts"] == 0
    assert data["skipped"] == {"a": "contract file a.pdf not found next to the label"}
    assert data["overall"]["accuracy"] is None
    assert data["checklist"] == "mini v1.10"


def test_broken_checklist_stops_before_reviewing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.expected.json").write_text(
        '{"file": "a.pdf", "items": {"x": {"status": "met"}}}', encoding="utf-8")
    bad = write(tmp_path, VALID.replace("checklist-1", "checklist-9"), "bad.yaml")
    assert cli.main(["eval", str(tmp_path), "--checklist", str(bad)]) == 2
    assert "unknown schema" in capsys.readouterr().err


CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_eval_on_real_contracts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("reviewer.analysis.judge")  # the analysis is written in parallel
    from tests.fixtures.pdf_factory import garbage_pdf

    for name, ext in (("veloxa-enterprise-sla-en", "pdf"), ("lianxun-hedged-zh", "docx")):
        for suffix in (f".{ext}", ".expected.json"):
            (tmp_path / f"{name}{suffix}").write_bytes((CORPUS / f"{name}{suffix}").read_bytes())
    garbage_pdf(tmp_path / "broken.pdf")
    (tmp_path / "broken.expected.json").write_text(
        '{"file": "broken.pdf", "language": "en", "items": {"availability": {"status": "met"}}}',
        encoding="utf-8")
    out = tmp_path / "metrics.json"

    assert cli.main(["eval", str(tmp_path), "--json", str(out)]) == 0
    text = capsys.readouterr().out
    assert "FAILED broken:" in text  # one unreadable contract does not stop the run
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["contracts"] == 2
    assert data["overall"]["items"] == 50
    assert set(data["by_format"]) == {"pdf", "docx"}
    assert set(data["by_language"]) == {"en", "zh"}
    assert 0.0 <= data["overall"]["accuracy"] <= 1.0
    assert set(data["seconds"]) == {"veloxa-enterprise-sla-en", "lianxun-hedged-zh"}
