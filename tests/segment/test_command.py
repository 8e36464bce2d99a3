"""`reviewer segment FILE [--json OUT] [--password PW]`, run in-process on real files."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from reviewer.cli import main
from tests.fixtures import docx_factory as df
from tests.fixtures import pdf_factory as pf


@pytest.fixture(scope="module")
def support_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pf.support_terms_pdf(tmp_path_factory.mktemp("cmd") / "support.pdf")


def test_lists_clauses_indented_with_pages(support_pdf: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["segment", str(support_pdf)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "  5. Response Times (p. 1)" in lines
    assert any(line.startswith("    5.2 Response Times. The Supplier shall meet") for line in lines)
    assert any(line.startswith("      (a) the online ticket portal") for line in lines)
    assert any(line.startswith("      [table] Priority: Priority 1;") for line in lines)
    assert any(line.strip().startswith("8.1 ") and line.endswith("(p. 2)") for line in lines)
    assert lines[-1] == f"{len(lines) - 1} clauses on 2 pages."


def test_json_output(support_pdf: Path, tmp_path: Path,
                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "clauses.json"
    assert main(["segment", str(support_pdf), "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    clauses = data["clauses"]
    by_number = {c["number"]: c for c in clauses if c["number"]}
    c52 = by_number["5.2"]
    assert {k: c52[k] for k in ("number", "heading", "page", "kind")} == {
        "number": "5.2", "heading": "Response Times", "page": 1, "kind": "clause"}
    assert c52["text"].startswith("The Supplier shall meet the response times above")
    assert clauses[c52["parent"]]["number"] == "5."
    assert c52["level"] == clauses[c52["parent"]]["level"] + 1
    rows = [c for c in clauses if c["kind"] == "table-row"]
    assert rows[0]["cells"][0] == "Priority 1"
    assert rows[0]["table_header"] == list(pf.SEVERITY_HEADER)
    assert by_number["1.1"]["defined_term"] == "Business Hours"
    assert f"Clauses written to {out}" in capsys.readouterr().out


def test_chinese_docx_prints_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = df.chinese_contract(tmp_path / "zh.docx")
    assert main(["segment", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "第二条 服务内容" in lines
    assert "  一、 服务范围" in lines
    assert "      ① 紧急故障15分钟内响应；" in lines


def test_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["segment", str(tmp_path / "nope.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reviewer: ") and "nope.pdf" in err


def test_encrypted_pdf_needs_the_password(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = pf.encrypted_pdf(tmp_path / "locked.pdf", password="s3cret")
    assert main(["segment", str(path)]) == 2
    assert "password" in capsys.readouterr().err.lower()
    assert main(["segment", str(path), "--password", "s3cret"]) == 0


def test_unwritable_json_is_a_clear_error(support_pdf: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "no-such-folder" / "clauses.json"
    assert main(["segment", str(support_pdf), "--json", str(out)]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and not out.exists()


def test_console_without_chinese_gets_question_marks(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = df.chinese_contract(tmp_path / "zh.docx")
    raw = io.BytesIO()
    console = io.TextIOWrapper(raw, encoding="cp1252", errors="strict")
    monkeypatch.setattr(sys, "stdout", console)
    assert main(["segment", str(path)]) == 0
    console.flush()
    assert "??? ????" in raw.getvalue().decode("cp1252")  # 第二条 服务内容
