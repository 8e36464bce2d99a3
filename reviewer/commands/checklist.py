"""`reviewer checklist validate FILE` and `reviewer checklist list`.

`validate` is what a reviewer runs after editing a checklist: it prints one
OK line or the first problem with its file, line and key (exit status 2,
printed by `reviewer.cli`). `list` shows the bundled checklists.
"""

from __future__ import annotations

import argparse
from typing import Any

from reviewer.checklist import checklists_dir, load_checklist
from reviewer.checklist.loader import checklist_files
from reviewer.errors import ChecklistError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "checklist", help="check a checklist file, or list the built-in checklists",
        description="Check a checklist file you wrote, or list the built-in checklists. "
        "The file format is described in docs/checklists.md.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    validate = actions.add_parser(
        "validate", help="check a checklist file and report the first problem",
        description="Check a checklist YAML file. Prints OK and a summary, or the problem "
        "with its line and key.",
    )
    validate.add_argument("file", metavar="FILE", help="the checklist .yaml file")
    validate.set_defaults(func=run_validate)
    listing = actions.add_parser("list", help="list the built-in checklists")
    listing.set_defaults(func=run_list)
    parser.set_defaults(func=lambda args: _usage(parser))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def run_validate(args: argparse.Namespace) -> int:
    checklist = load_checklist(args.file)  # ChecklistError -> printed by cli, exit 2
    n_items = len(checklist.items)
    print(
        f"OK: {checklist.id} v{checklist.version}: {len(checklist.sections)} sections, "
        f"{n_items} items"
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    folder = checklists_dir()
    files = checklist_files()
    if not files:
        print(f"No checklists found in {folder}.")
        return 0
    print(f"Checklists in {folder}:")
    broken = 0
    for path in files:
        try:
            checklist = load_checklist(path)
        except ChecklistError as exc:
            broken += 1
            print(f"  {path.name}: BROKEN: {exc}")
            continue
        print(
            f"  {checklist.id} v{checklist.version}  {checklist.title.en}  "
            f"({len(checklist.items)} items)  {path.name}"
        )
    return 2 if broken else 0
