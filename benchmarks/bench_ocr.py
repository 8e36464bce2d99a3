"""OCR accuracy and speed: born-digital corpus PDFs against their scans.

Each PDF is rendered to 300 dpi greyscale with noise and a small skew
(tests/fixtures/scan_factory.py) and read back by OCR. Prints, per file and
overall: character error (Levenshtein over the text without whitespace,
divided by the original's length), item-status agreement between the review
of the original and of the scan, seconds per page (OCR, all cores: wall
time, and CPU time of this process and its Tesseract children, which a
loaded machine disturbs less), and the ruled tables found in the original
and in the scan.

    python benchmarks/bench_ocr.py [pdf ...]      (default: 2 English samples,
                                                   5 Chinese corpus PDFs, and
                                                   the generated contracts with
                                                   a ruled table in each language)
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.pipeline import read_contract, review_document  # noqa: E402
from tests.fixtures.scan_factory import scan_pdf  # noqa: E402

DEFAULT = ["resources/samples/acme-rtc-support-terms.pdf", "resources/samples/vague-cloud-terms.pdf",
           "tests/corpus/boyin-nosla-zh.pdf", "tests/corpus/kuaixin-terms-zh.pdf",
           "tests/corpus/haina-videocloud-zh.pdf", "tests/corpus/yunlan-sla-good-zh.pdf",
           "tests/corpus/xingyun-targets-zh.pdf", "generated:table-en", "generated:table-zh"]


def _source(name: str, folder: Path) -> Path:
    """A PDF of the corpus, or a generated one ("generated:table-en/zh": the
    test contracts with a ruled severity table)."""
    if not name.startswith("generated:"):
        return ROOT / name
    from tests.fixtures import pdf_factory as pf

    make = pf.support_terms_pdf if name.endswith("-en") else pf.chinese_contract_pdf
    return make(folder / f"{name.split(':')[1]}.pdf")


def _tables(doc: object) -> int:
    return sum(b.table is not None for b in doc.blocks)  # type: ignore[attr-defined]


def cer(ref: str, got: str) -> float:
    a, b = "".join(ref.split()), "".join(got.split())
    return Levenshtein.distance(a, b) / max(1, len(a))


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main(paths: list[str]) -> None:
    os.environ["REVIEWER_OCR_CACHE"] = "off"
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in paths:
            src = _source(name, Path(tmp))
            scan = scan_pdf(src, Path(tmp) / f"{src.stem}-scan.pdf", skew=0.8, noise=0.01)
            born = read_contract(src)
            start, cpu = time.perf_counter(), _cpu()
            doc = read_contract(scan)
            seconds, cpu = time.perf_counter() - start, _cpu() - cpu
            a, b = review_document(born), review_document(doc)
            agree = sum(f.status == b.finding(f.item_id).status for f in a.findings) / len(a.findings)
            conf = sum(p.confidence for p in doc.ocr_pages) / max(1, len(doc.ocr_pages))
            rows.append((src.name, born.language, doc.pages or 0, cer(born.text, doc.text), agree,
                         seconds / max(1, doc.pages or 1), conf, cpu / max(1, doc.pages or 1)))
            print(f"{src.name:45} {born.language} pages={doc.pages} CER={rows[-1][3]:.3f} "
                  f"status agreement={agree:.0%} s/page={rows[-1][5]:.1f} cpu s/page={rows[-1][7]:.1f} "
                  f"mean conf={conf:.0f} "
                  f"tables born/scan={_tables(born)}/{_tables(doc)}", flush=True)
    for lang in ("en", "zh"):
        sel = [r for r in rows if r[1] == lang]
        if sel:
            pages = sum(r[2] for r in sel)
            print(f"{lang}: CER {sum(r[3] * r[2] for r in sel) / pages:.3f}, status agreement "
                  f"{sum(r[4] for r in sel) / len(sel):.0%}, {sum(r[5] * r[2] for r in sel) / pages:.1f} s/page, "
                  f"{sum(r[7] * r[2] for r in sel) / pages:.1f} CPU s/page "
                  f"({os.cpu_count()} cores)")


if __name__ == "__main__":
    main(sys.argv[1:] or DEFAULT)
