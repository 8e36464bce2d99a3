"""Mutation fuzzing of every input channel: only `ReviewerError`, never a traceback.

The fast suite runs a few dozen examples per channel. The long run:

    HYPOTHESIS_PROFILE=fuzz-long .venv/bin/python -m pytest tests/hostile/test_fuzz.py -q

(20,000 examples per channel, no deadline; a crash it finds is printed as a
falsifying example: add its bytes under tests/hostile/regressions/ and a test.)
A time-boxed run of about ten minutes on a 2-core machine, with the executions
per channel printed at the end:

    REVIEWER_FUZZ_EXAMPLES=3000 .venv/bin/python -m pytest tests/hostile/test_fuzz.py -q -s
"""

from __future__ import annotations

import contextlib
import json
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.errors import ReviewerError

settings.register_profile("fuzz-long", max_examples=20_000, deadline=None,
                          suppress_health_check=list(HealthCheck))
FAST = settings(max_examples=int(os.environ.get("REVIEWER_FUZZ_EXAMPLES", "25")), deadline=None,
                suppress_health_check=list(HealthCheck), database=None)
if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz-long":
    FAST = settings(settings.get_profile("fuzz-long"), database=None)


RUNS: dict[str, int] = {}  # executions per channel, printed after the module


@pytest.fixture(scope="module", autouse=True)
def _count_runs():
    yield
    print("\nfuzz executions: " + ", ".join(f"{k} {v}" for k, v in RUNS.items())
          + f"; total {sum(RUNS.values())}")


def _ran(channel: str) -> None:
    RUNS[channel] = RUNS.get(channel, 0) + 1


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "insert", "delete", "dup", "cut", "junk"]))
        if op == "flip":
            data[at] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(st.sampled_from([b"<", b">", b"&", b'"', b"\x00", b"{", b"[",
                                                b"*a", b"&a ", b"<!DOCTYPE x>", b"9" * 30]))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        elif op == "dup":
            data[at:at] = data[at:at + draw(st.integers(1, 2000))] * draw(st.integers(1, 50))
        elif op == "cut":
            del data[at:]
        else:
            data[at:at] = draw(st.binary(max_size=16))
    return bytes(data)


def _rezip(src: Path, dst: Path, member: str, data: bytes) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zout.writestr(name, data if name == member else zin.read(name))


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    from tests.checklist.test_loader import VALID
    from tests.fixtures.raw_pdf import RawPage, text_lines, write_raw_pdf
    from tests.hostile import docx_cases, review_file_cases, xlsx_cases
    from tests.hostile.pdf_cases import CLAUSES

    folder = tmp_path_factory.mktemp("seeds")
    review, workbook = xlsx_cases.answered_workbook(folder)
    pdf = write_raw_pdf(folder / "seed.pdf", [RawPage(text_lines(CLAUSES))] * 2)
    return {"review": review, "xlsx": workbook, "docx": docx_cases.good_docx(folder),
            "pdf": pdf.read_bytes(),
            "yaml": VALID.encode(),
            "json": review_file_cases.saved_review_file(folder).read_bytes(), "folder": folder}


def _member_strategy(path: Path) -> st.SearchStrategy[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist() if n.endswith((".xml", ".rels"))}
    return st.sampled_from(sorted(parts)).flatmap(
        lambda n: mutated(parts[n]).map(lambda d: (n, d)))


def test_fuzz_vendor_workbook(seeds):
    from reviewer.session.responses import import_vendor_responses

    @FAST
    @given(change=_member_strategy(seeds["xlsx"]))
    def run(change):
        _ran("vendor_workbook")
        out = seeds["folder"] / "fuzz.xlsx"
        _rezip(seeds["xlsx"], out, *change)
        with contextlib.suppress(ReviewerError):
            import_vendor_responses(seeds["review"], None, out)
    run()


def test_fuzz_vendor_workbook_preview(seeds):
    """The Import Vendor Answers window and `responses import --dry-run`."""
    from reviewer.session.response_preview import preview_vendor_responses

    @FAST
    @given(change=_member_strategy(seeds["xlsx"]))
    def run(change):
        _ran("vendor_workbook_preview")
        out = seeds["folder"] / "fuzz-preview.xlsx"
        _rezip(seeds["xlsx"], out, *change)
        with contextlib.suppress(ReviewerError):
            preview = preview_vendor_responses(seeds["review"], None, out)
            preview.lines()
    run()


def test_fuzz_pdf_contract(seeds):
    """PDF operators and objects mutated in an uncompressed PDF, read as a contract."""
    from reviewer.ingest import read_document

    @FAST
    @given(data=mutated(seeds["pdf"]))
    def run(data):
        _ran("pdf_contract")
        out = seeds["folder"] / "fuzz.pdf"
        out.write_bytes(data)
        with contextlib.suppress(ReviewerError):
            read_document(out)
    run()


def test_fuzz_docx_contract(seeds):
    from reviewer.ingest.docx import read_docx

    @FAST
    @given(change=_member_strategy(seeds["docx"]))
    def run(change):
        _ran("docx_contract")
        out = seeds["folder"] / "fuzz.docx"
        _rezip(seeds["docx"], out, *change)
        with contextlib.suppress(ReviewerError):
            read_docx(out)
    run()


def test_fuzz_checklist_yaml(seeds):
    from reviewer.checklist.loader import parse_checklist

    @FAST
    @given(data=mutated(seeds["yaml"]))
    def run(data):
        _ran("checklist_yaml")
        with contextlib.suppress(ReviewerError):
            parse_checklist(data.decode("utf-8", "replace"), "fuzz.yaml")
    run()


def test_fuzz_review_file_json(seeds):
    from reviewer.session.review_file import loads

    @FAST
    @given(data=mutated(seeds["json"]))
    def run(data):
        _ran("review_file_json")
        with contextlib.suppress(ReviewerError):
            loads(data.decode("utf-8", "replace"), "fuzz.review.json")
    run()


def test_fuzz_review_file_values(seeds):
    """Structure-aware: any JSON value in place of any field."""
    from reviewer.session.review_file import from_dict

    base = json.loads(seeds["json"])
    paths: list[list[str | int]] = []

    def walk(node, path):
        paths.append(path)
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, [*path, k])
        elif isinstance(node, list):
            for i, v in enumerate(node[:3]):
                walk(v, [*path, i])
    walk(base, [])
    values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
                          lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(st.text(max_size=3), inner, max_size=3), max_leaves=6)

    @FAST
    @given(path=st.sampled_from(paths[1:]), value=values)
    def run(path, value):
        _ran("review_file_values")
        data = json.loads(seeds["json"])
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
        with contextlib.suppress(ReviewerError):
            from_dict(data, "fuzz.review.json")
    run()
