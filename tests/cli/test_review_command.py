"""`reviewer review FILE --json OUT`, run in-process through `reviewer.cli.main`.

The JSON is checked against the spec's `contract-review/1` format
(/work/shared/checklist-spec.md, "JSON review output") field by field, on a
real PDF and a real DOCX of the labelled corpus.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from reviewer.checklist import default_checklist
from reviewer.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PDF_EN = CORPUS / "veloxa-enterprise-sla-en.pdf"
DOCX_EN = CORPUS / "relaycast-contradiction-en.docx"
PDF_ZH = CORPUS / "jiyun-contradiction-zh.pdf"
ITEM_IDS = [i.id for i in default_checklist().items]
SECTIONS = {i.id: i.section for i in default_checklist().items}
CJK = re.compile(r"[\u4e00-\u9fff]")


def run_review(tmp_path: Path, contract: Path, *extra: str) -> tuple[int, str, dict[str, Any]]:
    out = tmp_path / f"{contract.stem}.json"
    stdout = io.StringIO()
    with contextlib.redirect_stdout(stdout):
        code = main(["review", str(contract), "--json", str(out), *extra])
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    return code, stdout.getvalue(), data


def _check_levels(levels: Any) -> None:
    assert isinstance(levels, list)
    for entry in levels:
        assert set(entry) == {"level", "minutes"}, entry
        assert isinstance(entry["level"], str) and entry["level"]
        assert isinstance(entry["minutes"], int | float) and entry["minutes"] > 0


def check_spec(data: dict[str, Any], contract: Path, fmt: str, language: str) -> None:
    """Every rule the spec states for contract-review/1."""
    assert data["schema"] == "contract-review/1"
    doc = data["document"]
    assert Path(doc["path"]).name == contract.name
    assert doc["format"] == fmt
    assert doc["language"] == language
    pages: Any = doc["pages"]
    if fmt == "pdf":
        assert isinstance(pages, int) and pages >= 1
    else:
        assert pages is None or isinstance(pages, int)
    assert data["checklist"] == {"id": "vendor-support", "version": "1"}
    assert isinstance(data["score"], int | float) and 0 <= data["score"] <= 100

    ids = [item["id"] for item in data["items"]]
    assert sorted(ids) == sorted(ITEM_IDS) and len(ids) == len(set(ids)), "every item exactly once"
    for item in data["items"]:
        where = item["id"]
        assert item["section"] == SECTIONS[where]
        assert item["status"] in ("met", "vague", "missing"), where
        assert isinstance(item["evidence"], list)
        if item["status"] == "missing":
            assert item["evidence"] == [], where
        else:
            assert item["evidence"], where
        for ev in item["evidence"]:
            assert set(ev) >= {"text", "page", "clause"}, where
            assert isinstance(ev["text"], str) and ev["text"].strip(), where
            assert ev["clause"] is None or isinstance(ev["clause"], str), where
            if fmt == "pdf":
                assert isinstance(ev["page"], int) and 1 <= ev["page"] <= pages, (where, ev)
            else:
                assert ev["page"] is None, (where, ev)
        assert isinstance(item["reasons"], list) and item["reasons"], where
        assert all(isinstance(r, str) and r.strip() for r in item["reasons"]), where
        facts = item["facts"]
        assert isinstance(facts, dict), where
        if where in ("response-times", "resolution-times"):
            if "levels" in facts:
                _check_levels(facts["levels"])
            for plan in facts.get("plans", []):
                assert isinstance(plan["plan"], str)
                _check_levels(plan["levels"])
        if "percent" in facts:
            assert isinstance(facts["percent"], int | float) and 0 < facts["percent"] <= 100
        for key in ("months", "hours"):
            if key in facts:
                assert isinstance(facts[key], int | float) and facts[key] > 0, (where, key)


def test_review_pdf_prints_every_item_and_writes_spec_json(tmp_path: Path) -> None:
    code, stdout, data = run_review(tmp_path, PDF_EN)
    assert code == 0
    for item_id in ITEM_IDS:
        assert item_id in stdout
    assert re.search(r"Score \d+(\.\d)?/100", stdout)
    check_spec(data, PDF_EN, "pdf", "en")
    by_id = {i["id"]: i for i in data["items"]}
    # Facts under the spec's keys, as the label of this contract gives them.
    assert by_id["availability"]["facts"]["percent"] == pytest.approx(99.95)
    assert by_id["security-incident"]["facts"]["hours"] == 72
    assert by_id["version-support-window"]["facts"]["months"] == 18
    assert by_id["response-times"]["facts"]["levels"][0] == {"level": "Severity 1", "minutes": 15}
    # Reasons follow the contract's language by default.
    assert not any(CJK.search(r) for i in data["items"] for r in i["reasons"])


def test_review_docx_has_no_pages(tmp_path: Path) -> None:
    code, _stdout, data = run_review(tmp_path, DOCX_EN)
    assert code == 0
    check_spec(data, DOCX_EN, "docx", "en")
    by_id = {i["id"]: i for i in data["items"]}
    assert by_id["service-reports"]["status"] == "missing"  # an empty heading
    assert by_id["response-times"]["status"] == "vague"  # table 1 h vs text four hours


def test_chinese_pdf(tmp_path: Path) -> None:
    code, _stdout, data = run_review(tmp_path, PDF_ZH)
    assert code == 0
    check_spec(data, PDF_ZH, "pdf", "zh")
    assert all(CJK.search(r) for i in data["items"] for r in i["reasons"])


def test_lang_zh_gives_chinese_reasons_for_an_english_contract(tmp_path: Path) -> None:
    code, stdout, data = run_review(tmp_path, PDF_EN, "--lang", "zh")
    assert code == 0
    check_spec(data, PDF_EN, "pdf", "en")  # the contract's language is still English
    for item in data["items"]:
        for r in item["reasons"]:
            assert CJK.search(r), (item["id"], r)
    assert CJK.search(stdout)


def test_quiet_prints_one_summary_line(tmp_path: Path) -> None:
    code, stdout, data = run_review(tmp_path, DOCX_EN, "--quiet")
    assert code == 0
    assert len(stdout.strip().splitlines()) == 1
    assert re.search(r"score \d+(\.\d)?; met \d+, vague \d+, missing \d+", stdout)
    check_spec(data, DOCX_EN, "docx", "en")


def test_missing_file_exits_2_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.json"
    code = main(["review", str(tmp_path / "nowhere.pdf"), "--json", str(out)])
    assert code == 2
    err = capsys.readouterr().err
    assert "nowhere.pdf" in err and "not found" in err
    assert not out.exists()


def test_old_word_doc_exits_2_and_says_to_save_as_docx(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    # The OLE compound-file signature every Word 97-2003 .doc starts with.
    doc = tmp_path / "contract.doc"
    doc.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 2048)
    out = tmp_path / "out.json"
    code = main(["review", str(doc), "--json", str(out)])
    assert code == 2
    err = capsys.readouterr().err
    assert "contract.doc" in err and "DOCX" in err
    assert not out.exists()


def test_unknown_language_is_refused_by_the_parser(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["review", str(PDF_EN), "--lang", "fr"])
    assert exc.value.code == 2
    assert "--lang" in capsys.readouterr().err
