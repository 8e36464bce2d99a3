"""`reviewer --self-test` from source: the same checks the bundle runs.

Run as a user would (the console script in a subprocess), and in-process
on contracts generated here to show a broken input makes it fail.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.selftest import CheckFailed, SelfTest, _verify_table, sample_contracts, samples_dir
from tests.fixtures.docx_factory import english_support_contract
from tests.fixtures.pdf_factory import support_terms_pdf

EXPORTS = ("xlsx", "csv", "json", "report.docx", "report.pdf", "annotated")


def reviewer_script() -> Path:
    """The `reviewer` console script of the interpreter running the tests."""
    script = Path(sys.executable).parent / "reviewer"
    if not script.is_file():
        pytest.skip(f"no reviewer console script next to {sys.executable} (pip install -e .)")
    return script


@pytest.mark.slow  # runs the console script in a subprocess
def test_self_test_from_source_passes_every_check(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["HOME"] = str(tmp_path)  # the window must not touch the real settings either
    proc = subprocess.run([str(reviewer_script()), "--self-test"], capture_output=True,
                          text=True, encoding="utf-8", timeout=300, env=env)
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    checks = [line for line in lines if line.startswith(("PASS", "FAIL"))]
    assert checks and all(line.startswith("PASS") for line in checks), proc.stdout
    samples = sample_contracts(samples_dir())
    assert len(samples) >= 2
    for sample in samples:
        assert any(line.startswith(f"PASS  review {sample.name}:") for line in lines)
        for export in EXPORTS:
            assert any(line.startswith(f"PASS  export {export} (") and sample.name in line
                       for line in lines), (sample.name, export)
    for gui_check in ("Qt platform plugins", "main window shown", "Chinese translations",
                      "open and review",
                      "main window closed"):
        assert any(line.startswith("PASS  GUI: " + gui_check) for line in lines), gui_check
    assert lines[-1].startswith("self-test passed:")
    assert not list(tmp_path.iterdir()), "the self-test wrote into the home folder"


def test_self_test_flag_and_subcommand_on_generated_contracts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "samples"
    folder.mkdir()
    support_terms_pdf(folder / "generated.pdf")
    english_support_contract(folder / "generated.docx")
    keep = tmp_path / "out"
    assert main(["--self-test", "--no-gui", "--samples", str(folder), "--keep", str(keep)]) == 0
    out = capsys.readouterr().out
    assert "FAIL" not in out
    assert out.count("PASS  export") == 2 * len(EXPORTS)
    # The kept exports are real files a user could open.
    written = sorted(p.name for p in keep.iterdir())
    assert "generated.xlsx" in written and "generated.report.pdf" in written
    assert "generated.pdf" in written and "generated.docx" in written  # commented copies
    assert main(["self-test", "--no-gui", "--samples", str(folder)]) == 0


def test_broken_contract_fails_its_check_and_the_run(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "samples"
    folder.mkdir()
    support_terms_pdf(folder / "good.pdf")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really a pdf\n")
    assert main(["--self-test", "--no-gui", "--samples", str(folder)]) == 1
    out = capsys.readouterr().out
    assert any(line.startswith("FAIL  review broken.pdf:") for line in out.splitlines())
    assert any(line.startswith("PASS  export xlsx (en) of good.pdf") for line in out.splitlines())
    assert out.splitlines()[-1].startswith("self-test FAILED: 1 of ")


def test_no_samples_is_a_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test", "--no-gui", "--samples", str(tmp_path)]) == 1
    assert "FAIL  sample contracts present: no .pdf or .docx contracts in" in capsys.readouterr().out


def test_table_check_catches_a_lost_row_and_a_bad_status() -> None:
    from reviewer.checklist import default_checklist
    from reviewer.export.labels import label

    checklist = default_checklist()
    header = ["item-id", "Status"]
    rows = [header] + [[item.id, "Met"] for item in checklist.items]
    statuses = {"Met", "Vague", "Missing"}
    assert _verify_table(rows, checklist, statuses, "en", label).startswith(
        f"{len(checklist.items)} rows")
    with pytest.raises(CheckFailed, match="missing: \\['"):
        _verify_table(rows[:-1], checklist, statuses, "en", label)
    bad = [header] + [[item.id, "Maybe"] for item in checklist.items]
    with pytest.raises(CheckFailed, match="invalid statuses"):
        _verify_table(bad, checklist, statuses, "en", label)


def test_a_crashing_check_is_reported_and_the_next_one_runs(
        capsys: pytest.CaptureFixture[str]) -> None:
    st = SelfTest(sys.stdout)

    def boom() -> tuple[None, str]:
        raise ValueError("disk on fire")

    assert st.check("first", boom) is None
    assert st.check("second", lambda: (42, "fine")) == 42
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "FAIL  first: ValueError: disk on fire"
    assert out[1].startswith("PASS  second: fine [")
    assert st.failed == ["first"] and st.passed == 1
