"""`reviewer segment FILE`: show the clauses a contract was split into.

One line per clause, indented by level: number, heading, the first words of
the text and the page, so a reviewer can check the split before trusting the
review built on it. ``--json OUT`` writes every clause in full.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from reviewer.clause import Clause, ClauseKind
from reviewer.language import has_cjk

_PREVIEW_CHARS = 70


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "segment", help="show the clauses a contract is split into",
        description="Read a PDF or DOCX contract and list its clauses: number, heading, "
        "the start of the text and the page, indented by level.",
    )
    parser.add_argument("file", metavar="FILE", help="the contract (.pdf or .docx)")
    parser.add_argument("--json", metavar="OUT", dest="json_out",
                        help="also write all clauses, in full, to this JSON file")
    parser.add_argument("--password", metavar="PW",
                        help="password of an encrypted PDF")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so `reviewer --help` does not load the PDF and DOCX readers.
    from reviewer import api
    from reviewer.atomic import write_text_atomic

    document = api.read(args.file, password=args.password)
    clauses = api.clauses(document)
    for clause in clauses:
        _emit(format_clause(clause))
    pages = f" on {document.pages} pages" if document.pages else ""
    _emit(f"{len(clauses)} clauses{pages}.")
    if args.json_out:
        text = json.dumps(clauses_json(clauses), ensure_ascii=False, indent=2)
        write_text_atomic(args.json_out, text + "\n")
        _emit(f"Clauses written to {args.json_out}")
    return 0


def _emit(line: str) -> None:
    """Print a line; a console that cannot show Chinese gets "?" rather than a crash."""
    out = sys.stdout
    try:
        out.write(line + "\n")
    except UnicodeEncodeError:
        encoding = out.encoding or "ascii"
        out.write(line.encode(encoding, "replace").decode(encoding) + "\n")


def format_clause(clause: Clause) -> str:
    """One line: indent by level, number, heading, start of the text, page."""
    parts = []
    if clause.kind is ClauseKind.TABLE_ROW:
        parts.append("[table]")
    if clause.number:
        parts.append(clause.number)
    if clause.heading:
        if not clause.text:
            parts.append(clause.heading)
        else:  # set off from the text the way the contract's language does
            parts.append(f"{clause.heading}：" if has_cjk(clause.heading[-1:]) else
                         f"{clause.heading}.")
    if clause.text:
        parts.append(_preview(clause.text))
    if clause.kind is ClauseKind.DEFINITION and clause.defined_term:
        parts.append(f"[defines “{clause.defined_term}”]")
    if clause.page is not None:
        parts.append(f"(p. {clause.page})")
    return "  " * (clause.level - 1) + " ".join(parts)


def _preview(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= _PREVIEW_CHARS:
        return text
    cut = text[:_PREVIEW_CHARS]
    if " " in cut[_PREVIEW_CHARS // 2:]:
        cut = cut[:cut.rindex(" ")]  # whole words where the text has spaces
    return cut + " …"


def clauses_json(clauses: tuple[Clause, ...]) -> dict[str, Any]:
    """The JSON the command writes: {"clauses": [...]} with every field of a clause."""
    return {
        "clauses": [
            {
                "index": c.index,
                "number": c.number,
                "heading": c.heading,
                "text": c.text,
                "page": c.page,
                "level": c.level,
                "kind": c.kind.value,
                "parent": c.parent,
                "defined_term": c.defined_term,
                "cells": list(c.cells) if c.cells is not None else None,
                "table_header": list(c.table_header) if c.table_header is not None else None,
                "table_title": c.table_title,
                "paragraph": c.location.index,
                "row": c.location.row,
            }
            for c in clauses
        ]
    }
