"""How faithfully the PDF reader reads the labelled corpora.

    python tools/reading_fidelity.py [--worst N] [--json OUT] [--compare BEFORE.json]
                                     [--only NAME ...] [--show NAME]

For every PDF in tests/corpus, tests/corpus_holdout and tests/corpus_real that
has a source (``src/<name>.txt``, rendered by tests/corpus/build.py), reads the
PDF with `reviewer.ingest.read_document` and checks each source unit (the
title, every heading and paragraph, every table cell) against the text of the
read blocks: a unit is *found* when its whitespace-folded text occurs in the
whitespace-folded text of the blocks, joined in reading order. A unit is
*started* when its first 30 folded characters occur (a paragraph whose lines
were interleaved with another column's usually loses its start too).

Prints the overall shares, then the worst files. ``--json`` saves the per-file
figures; ``--compare`` prints the change against a saved run and lists every
file that got worse (exit status 1 when one did). ``--show NAME`` prints the
units of one file that were not found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reviewer.document import BlockKind, Document  # noqa: E402
from reviewer.ingest import read_document  # noqa: E402

CORPORA = ("tests/corpus", "tests/corpus_holdout", "tests/corpus_real")
START_CHARS = 30
_SPACE = re.compile(r"\s+")


def _builder() -> ModuleType:
    """tests/corpus/build.py as a module (it is a script, not a package)."""
    from tests.scripts import corpus_builder

    return corpus_builder()


def fold(text: str) -> str:
    return _SPACE.sub("", text)


@dataclass
class FileResult:
    name: str
    corpus: str
    columns: int
    units: int
    found: int
    started: int
    missing: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.found / self.units if self.units else 1.0

    @property
    def start_share(self) -> float:
        return self.started / self.units if self.units else 1.0


def source_units(src: object) -> list[str]:
    """The title, headings, paragraphs and table cells of a parsed source."""
    units: list[str] = []
    if title := src.meta.get("title"):  # type: ignore[attr-defined]
        units.append(title)
    for block in src.blocks:  # type: ignore[attr-defined]
        if block.kind == "table":
            if block.title:
                units.append(block.title)
            units += [cell for row in block.rows for cell in row if fold(cell)]
        elif fold(block.text):
            units.append(block.text)
    return units


def document_text(doc: Document) -> str:
    """The read blocks' text in reading order, table cells one by one."""
    parts: list[str] = []
    for block in doc.blocks:
        if block.kind == BlockKind.TABLE and block.table is not None:
            table = block.table
            parts += [table.title or "", *table.header]
            parts += [cell for row in table.rows for cell in row.cells]
        else:
            parts.append(block.text)
    return "\n".join(fold(p) for p in parts)


def measure(pdf: Path, src_path: Path, build: ModuleType, corpus: str) -> FileResult:
    src = build.parse_source(src_path)
    text = document_text(read_document(pdf))
    result = FileResult(pdf.stem, corpus, int(src.meta.get("columns", "1")), 0, 0, 0)
    for unit in source_units(src):
        folded = fold(unit)
        result.units += 1
        if folded in text:
            result.found += 1
        else:
            result.missing.append(unit)
        if folded[:START_CHARS] in text:
            result.started += 1
    return result


def run(only: set[str]) -> list[FileResult]:
    build = _builder()
    results: list[FileResult] = []
    for corpus in CORPORA:
        folder = ROOT / corpus
        for pdf in sorted(folder.glob("*.pdf")):
            src_path = folder / "src" / f"{pdf.stem}.txt"
            if not src_path.exists() or (only and pdf.stem not in only):
                continue
            results.append(measure(pdf, src_path, build, corpus))
    return results


def _overall(results: list[FileResult]) -> tuple[int, int, int]:
    return (sum(r.units for r in results), sum(r.found for r in results),
            sum(r.started for r in results))


def report(results: list[FileResult], worst: int) -> None:
    units, found, started = _overall(results)
    print(f"{len(results)} PDFs, {units} source units: found {found} ({found / units:.2%}), "
          f"start found {started} ({started / units:.2%})")
    for columns in sorted({r.columns for r in results}):
        group = [r for r in results if r.columns == columns]
        u, f, s = _overall(group)
        print(f"  {columns}-column: {len(group)} PDFs, found {f}/{u} ({f / u:.2%}), "
              f"start found {s}/{u} ({s / u:.2%})")
    print(f"\nWorst {worst} files (found share):")
    print(f"  {'file':50} {'cols':>4} {'found':>11} {'share':>7} {'starts':>7}")
    for r in sorted(results, key=lambda r: (r.share, r.name))[:worst]:
        print(f"  {r.name:50} {r.columns:>4} {f'{r.found}/{r.units}':>11} {r.share:>7.1%} "
              f"{r.start_share:>7.1%}")


def compare(results: list[FileResult], before_path: Path) -> bool:
    """Print the change per file against a saved run; True when none got worse."""
    before = {r["name"]: r for r in json.loads(before_path.read_text(encoding="utf-8"))}
    bu = sum(r["units"] for r in before.values())
    bf = sum(r["found"] for r in before.values())
    units, found, _ = _overall(results)
    print(f"\nOverall found: before {bf}/{bu} ({bf / bu:.2%}), after {found}/{units} "
          f"({found / units:.2%})")
    ok = True
    for r in sorted(results, key=lambda r: r.name):
        old = before.get(r.name)
        if old is None or (old["found"], old["started"]) == (r.found, r.started):
            continue
        worse = r.found < old["found"] or r.started < old["started"]
        ok = ok and not worse
        print(f"  {'WORSE' if worse else 'better':6} {r.name:50} found {old['found']}->{r.found}"
              f"/{r.units}, starts {old['started']}->{r.started}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--worst", type=int, default=15)
    parser.add_argument("--json", type=Path, help="save the per-file figures here")
    parser.add_argument("--compare", type=Path, help="a run saved with --json")
    parser.add_argument("--only", nargs="*", default=[], help="file names (no extension)")
    parser.add_argument("--show", help="print the units of this file that were not found")
    args = parser.parse_args(argv)
    results = run(set(args.only) | ({args.show} if args.show else set()))
    report(results, args.worst)
    if args.show:
        for r in results:
            if r.name == args.show:
                print(f"\nNot found in {r.name}:")
                for unit in r.missing:
                    print(f"  - {unit[:120]}")
    if args.json:
        rows = [{**asdict(r), "share": round(r.share, 4)} for r in results]
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")
    if args.compare:
        return 0 if compare(results, args.compare) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
