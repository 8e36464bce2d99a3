"""`reviewer compare A.pdf B.docx C.review.json`: the vendors' terms side by side."""

from __future__ import annotations

import argparse
import shutil
import sys
import unicodedata
from typing import Any, TextIO

from reviewer.api import Comparison, comparison_to_dict
from reviewer.language import Language
from reviewer.review import Status

_MARK = {Status.MET: "MET", Status.VAGUE: "VAGUE", Status.MISSING: "MISSING"}
ITEM_WIDTH = 24


def register(sub: Any) -> None:
    p = sub.add_parser(
        "compare", help="compare several vendors' contracts item by item",
        description="Review several contracts (PDF, DOCX) or open saved reviews (.review.json) "
                    "and print a matrix: checklist items x vendors, with the key fact per "
                    "cell, the best cell of each row marked (*), policy deviations (!), "
                    "section scores, the total and the scorecards.")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="contracts (PDF, DOCX) or saved reviews (.review.json)")
    p.add_argument("--checklist", metavar="PATH", help="a checklist YAML (default: vendor-support)")
    p.add_argument("--xlsx", metavar="OUT", help="write the comparison workbook (.xlsx)")
    p.add_argument("--json", metavar="OUT", help="write the comparison as JSON")
    p.add_argument("--lang", choices=("en", "zh"), default=None,
                   help="language of titles (default: the first contract's)")
    p.add_argument("--password", help="password of encrypted PDFs")
    p.set_defaults(func=run)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit(text: str, width: int) -> str:
    """Cut and pad to a terminal width, counting CJK characters as two columns."""
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out) + " " * (width - used)


def cell_text(status: Status, fact: str, best: bool, flagged: bool, overridden: bool) -> str:
    marks = ("*" if best else "") + ("!" if flagged else "") + ("~" if overridden else "")
    return f"{_MARK[status]}{marks} {fact}".strip()


def print_comparison(comparison: Comparison, lang: Language = Language.EN, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    n = len(comparison.vendors)
    total_width = max(80, min(shutil.get_terminal_size((140, 20)).columns, 220))
    col = max(16, min(34, (total_width - ITEM_WIDTH - 1) // max(1, n) - 1))

    def line(first: str, cells: list[str]) -> None:
        print(fit(first, ITEM_WIDTH) + " " + " ".join(fit(c, col) for c in cells).rstrip(), file=out)

    zh = lang == "zh"
    line("检查项" if zh else "ITEM", [v.name for v in comparison.vendors])
    print("-" * (ITEM_WIDTH + (col + 1) * n), file=out)
    section = None
    for row in comparison.rows:
        if row.section != section:
            section = row.section
            title = comparison.checklist.section(section).title.get(lang)
            line(f"[{title}]", [f"{s.get(section, 0.0):.0f}/100" for s in comparison.section_scores])
        line(row.item_id, [
            cell_text(c.status, c.fact, c.best, bool(c.deviations), c.status != c.tool_status)
            if c.in_review else ("（未审核）" if zh else "(not reviewed)")
            for c in row.cells])
    print("-" * (ITEM_WIDTH + (col + 1) * n), file=out)
    line("总分" if zh else "Total score", [f"{t:.1f}/100" for t in comparison.totals])
    for k, card in enumerate(comparison.scorecards[0] if comparison.scorecards else ()):
        line(card.title.get(lang), [
            "-" if cards[k].score is None else f"{cards[k].score:.1f}/100"
            for cards in comparison.scorecards])
    print(file=out)
    print("* 本行最佳   ! 不符合政策   ~ 审核人改判" if zh else
          "* best in row   ! policy deviation   ~ reviewer's override", file=out)
    deviations = [(v.name, row.item_id, d.message.get(lang))
                  for row in comparison.rows
                  for v, c in zip(comparison.vendors, row.cells, strict=True)
                  for d in c.deviations]
    for name, item_id, message in deviations:
        print(f"! {name} / {item_id}: {message}", file=out)


def run(args: argparse.Namespace) -> int:
    from reviewer.api import compare_vendors
    from reviewer.atomic import write_json_atomic

    comparison = compare_vendors(args.files, args.checklist, password=args.password)
    lang = Language.or_english(args.lang or comparison.vendors[0].review.document.language)
    print_comparison(comparison, lang)
    if args.json:
        data = comparison_to_dict(comparison, lang)
        write_json_atomic(args.json, data)
        print(f"Wrote {args.json}", file=sys.stderr)
    if args.xlsx:
        from reviewer.api import write_comparison_xlsx

        write_comparison_xlsx(comparison, args.xlsx, lang=lang)
        print(f"Wrote {args.xlsx}", file=sys.stderr)
    return 0
