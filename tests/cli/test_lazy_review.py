"""`reviewer review FILE` loads what a review needs and nothing else.

Exporters (openpyxl, reportlab, python-docx), the review-file code, number
words (cn2an), numpy, Qt and, once the compiled checklist is cached, the
YAML parser are each tens of milliseconds of start-up that a plain review
never uses: they are imported where they are used.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "acme-rtc-support-terms.pdf"
NOT_NEEDED = ("openpyxl", "reportlab", "docx", "cn2an", "numpy", "yaml", "PySide6", "pdfplumber",
              "reviewer.session", "reviewer.gui", "reviewer.compare", "reviewer.batch")

CODE = f"""
import sys
from reviewer.cli import main
code = main(["review", {str(SAMPLE)!r}, "--quiet"])
heavy = {NOT_NEEDED!r}
print(code, sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy)))
"""


@pytest.mark.slow
def test_a_review_imports_no_exporter_and_no_review_file_code(tmp_path: Path) -> None:
    env = dict(os.environ, REVIEWER_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    env.pop("REVIEWER_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True,
                           env=env, cwd=tmp_path) for _ in range(2)]  # the first fills the cache
    assert "score" in runs[1].stdout
    assert runs[1].stdout.strip().splitlines()[-1] == "0 []", runs[1].stdout


def test_the_review_command_reaches_the_pages_without_the_checklists_modules() -> None:
    """The door (`reviewer.api`), the pipeline and the review command import the checklist's
    model and loader only when a checklist is resolved: a long PDF's review does that while
    its pages are read by two processes (`pipeline.review_contract`), where it costs half,
    not before them."""
    code = ("import sys\n"
            "from reviewer import cli\n"
            "import reviewer.api, reviewer.pipeline, reviewer.ingest.pdf\n"
            "cli.build_parser(load={'review'}).parse_args(['review', 'x.pdf', '--quiet'])\n"
            "print(sorted(m for m in sys.modules if m in ('reviewer.checklist.loader', 'reviewer.checklist.model',"
            " 'reviewer.checklist.resolve', 'reviewer.checklist.fact_kinds')))\n"
            "from reviewer.api import Checklist, bundled_checklists, checklist_for_review, resolve_checklist\n"
            "print(resolve_checklist(None).id, isinstance(resolve_checklist(None), Checklist))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=ROOT)
    assert out.stdout.splitlines() == ["[]", "vendor-support True"], out.stdout
