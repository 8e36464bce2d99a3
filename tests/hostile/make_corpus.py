"""Write the hostile corpus of issue 13 (every input channel) to a folder.

    python -m tests.hostile.make_corpus OUTDIR [--small]

Each case is a file plus the `reviewer` command that feeds it in, listed in
OUTDIR/cases.json as {"name", "channel", "argv"}. `benchmarks/bench_hostile.py`
runs every case as a real process and measures time and peak memory; the
expected outcome of each is exit 0 or exit 2 with a message, never a traceback.
``--small`` uses reduced sizes (seconds to write instead of a minute).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from tests.hostile import checklist_cases, docx_cases, pdf_cases, review_file_cases, xlsx_cases


def make(out: Path, small: bool = False) -> list[dict[str, object]]:
    out.mkdir(parents=True, exist_ok=True)
    cases: list[dict[str, object]] = []

    def add(name: str, channel: str, *argv: str) -> None:
        cases.append({"name": name, "channel": channel, "argv": list(argv)})

    # -- vendor workbook: `responses import REVIEWFILE WORKBOOK` --------------------
    base = out / "workbook-base"
    base.mkdir(exist_ok=True)
    review, good = xlsx_cases.answered_workbook(base)
    from reviewer.session import new_saved_review, save_review_file

    review_file = base / "vendor.review.json"
    save_review_file(review_file, new_saved_review(review, base / "vendor.docx"))
    sizes = {"million-rows": {"rows": 20_000} if small else {},
             "sheet-bomb-2gb": {"size": 200 * 1024 ** 2} if small else {},
             "answer-300mb": {"chars": 30 * 1024 ** 2} if small else {}}
    for name, fn in xlsx_cases.CASES.items():
        path = out / f"workbook-{name}.xlsx"
        extra = sizes.get(name, {})
        if extra:
            getattr(xlsx_cases, fn.__name__)(good, path, **extra)
        else:
            fn(good, path)
        add(f"workbook-{name}", "vendor workbook", "responses", "import", "--dry-run",
            str(review_file), str(path))

    # -- review files: `export REVIEWFILE --csv OUT` ----------------------------------
    good_rf = review_file_cases.saved_review_file(base)
    data = json.loads(good_rf.read_text(encoding="utf-8"))
    for name, (fn, _) in review_file_cases.CASES.items():
        path = out / f"review-{name}.review.json"
        path.write_bytes(fn(json.loads(json.dumps(data))))
        add(f"review-{name}", "review file", "export", str(path), "--csv", str(path) + ".csv")

    # -- checklists: `checklist validate FILE` --------------------------------------------
    for name, (fn, _) in checklist_cases.CASES.items():
        path = out / f"checklist-{name}.yaml"
        path.write_text(fn(), encoding="utf-8")
        add(f"checklist-{name}", "checklist", "checklist", "validate", str(path))

    # -- DOCX contracts: `review FILE --annotated` --------------------------------------------
    docx_base = out / "docx-base"
    docx_base.mkdir(exist_ok=True)
    good_doc = docx_cases.good_docx(docx_base)
    smaller = {"one-paragraph-9mb": docx_cases.one_paragraph(1024 ** 2),
               "paragraphs-100000": docx_cases.many_paragraphs(10_000),
               "document-xml-190mb": docx_cases.huge_document_xml(120 * 1024 ** 2)}
    for name, fn in docx_cases.CASES.items():
        path = out / f"contract-{name}.docx"
        (smaller.get(name, fn) if small else fn)(good_doc, path)
        add(f"contract-{name}", "contract (DOCX)", "review", str(path), "--annotated",
            str(out / f"contract-{name}-reviewed.docx"))
    sparse = out / "contract-sparse-8gb.docx"
    with sparse.open("wb") as fh:
        fh.truncate(8 * 1024 ** 3)
    add("contract-sparse-8gb", "contract (DOCX)", "review", str(sparse))

    # -- PDF contracts: `review FILE` and `review FILE --annotated OUT` -------------------------
    for name, make_pdf in pdf_cases.CASES.items():
        path = out / f"pdf-{name}.pdf"
        make_pdf(path, small)
        password = ["--password", "wrong"] if name.startswith("encrypted") else []
        add(f"pdf-{name}", "contract (PDF)", "review", str(path), *password)
        add(f"pdf-{name} annotated", "annotated PDF", "review", str(path), *password,
            "--annotated", str(out / f"pdf-{name}-reviewed.pdf"))

    # -- batch folders --------------------------------------------------------------------------
    folder = out / "batch-in"
    folder.mkdir(exist_ok=True)
    docx_cases.good_docx(folder)
    with open(os.fsencode(folder) + b"/name-\xff.docx", "wb") as fh:
        fh.write(good_doc.read_bytes())
    fifo = folder / "pipe.docx"
    if not fifo.exists():
        os.mkfifo(fifo)
    docx_cases.numbering("9999999999", "upperLetter")(good_doc, folder / "numbering.docx")
    add("batch-hostile-folder", "batch", "batch", str(folder), "--out", str(out / "batch-out"),
        "--jobs", "2")
    add("batch-out-is-input", "batch", "batch", str(folder), "--out", str(folder))
    (out / "cases.json").write_text(json.dumps(cases, indent=1), encoding="utf-8")
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--small", action="store_true")
    args = parser.parse_args(argv)
    cases = make(args.outdir, args.small)
    print(f"{len(cases)} cases in {args.outdir / 'cases.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
