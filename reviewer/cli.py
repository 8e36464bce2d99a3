"""The `reviewer` command: one entry point over the core API.

Each subcommand lives in its own module under `reviewer.commands` and exposes
``register(subparsers)``, which adds its parser and sets ``func`` to a
function ``(args) -> int``. `main(argv)` is what tests call in-process.

Registration is lazy: `COMMAND_TABLE` holds each subcommand's name and its
one-line help, so `reviewer --help` and `--version` import no subcommand
(and with them none of openpyxl, reportlab, python-docx, pypdf or the
analysis). A subcommand's module is imported only when that subcommand runs
or its own ``--help`` is asked for. tests/cli/test_lazy.py checks that the
table says what each module's `register` says.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Collection, Sequence

from reviewer import __version__
from reviewer.errors import ReviewerError

# Module names under reviewer.commands, in the order `--help` lists them.
COMMANDS = (
    "review",
    "segment",
    "checklist",
    "eval",
    "export", "responses",
    "compare", "diff", "batch",
    "gui",
    "selftest",
)

# Module name -> (the subcommand as typed, the help line its register() gives).
COMMAND_TABLE: dict[str, tuple[str, str]] = {
    "review": ("review", "review a contract (PDF or DOCX) against a checklist"),
    "segment": ("segment", "show the clauses a contract is split into"),
    "checklist": ("checklist", "check a checklist file, or list the built-in checklists"),
    "eval": ("eval", "measure the analysis against labelled contracts"),
    "export": ("export", "export a saved review (.review.json) with the reviewer's changes"),
    "responses": ("responses", "import the vendor's answers from the returned checklist workbook"),
    "compare": ("compare", "compare several vendors' contracts item by item"),
    "diff": ("diff", "compare the reviewed original with the vendor's revision"),
    "batch": ("batch", "review every PDF/DOCX under a folder"),
    "gui": ("gui", "open the desktop app (the default with no command)"),
    "selftest": ("self-test",
                 "check this installation: review the samples, write every export, open the window"),
}


def build_parser(load: Collection[str] | None = None, others: bool = True) -> argparse.ArgumentParser:
    """The parser; `load`: the subcommands (as typed) whose modules are imported.

    None imports every subcommand. The others get a placeholder parser with
    the same name and help line, which is all the top-level ``--help`` shows;
    with `others` False they are left out (`main`, when the command comes
    first: nothing then shows the top-level help or the list of commands).
    """
    parser = argparse.ArgumentParser(
        prog="reviewer",
        description="Review vendor support and service terms against a checklist.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        entry = COMMAND_TABLE.get(name)
        if entry is not None and load is not None and entry[0] not in load:
            if others:
                sub.add_parser(entry[0], help=entry[1])
            continue
        module = importlib.import_module(f"reviewer.commands.{name}")
        module.register(sub)
    return parser


_TYPED = frozenset(typed for typed, _ in COMMAND_TABLE.values())


def _command_in(args: Sequence[str]) -> set[str]:
    """The subcommand an argument list runs: its first word not starting with '-'."""
    for arg in args:
        if not arg.startswith("-"):
            return {arg}
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        args_list = ["gui"]  # plain `reviewer` opens the window
    elif args_list[0] == "--self-test":
        args_list[0] = "self-test"  # what a bundle's users and support type
    command = _command_in(args_list)
    if command and not command & {"gui", "checklist"}:
        # A command that reviews: the patterns our modules (and cn2an) compile when
        # imported come from the code stored by an earlier process (~45 ms of a
        # 4-page review; ~120 ms more for a Chinese one). Not for the window, whose
        # start imports little of the analysis, nor for `--help`, `--version`.
        from reviewer.checklist.regex_code import use_for_imports

        use_for_imports()
    # A known command as the first word: its own parser is all `parse_args` uses
    # (options after it are its own; an unknown word or `-h` first needs the
    # whole list). Ten placeholder parsers cost ~3 ms of every command: each is
    # a full ArgumentParser whose help texts go through gettext.
    first = args_list[0] in _TYPED
    parser = build_parser(load=command, others=not first)
    args = parser.parse_args(args_list)
    try:
        return int(args.func(args))
    except ReviewerError as exc:
        print(f"reviewer: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("reviewer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `reviewer review x.pdf | head`: the reader left; that is not an error.
        # Point stdout at devnull so the interpreter's final flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def console_main() -> None:
    """The `reviewer` command. A command that ends with its output (every one but the
    window and the self-test, which opens it) skips the interpreter's teardown:
    ~80 ms after a review (`reviewer.process_exit`). `reviewer review` also runs
    without the cyclic garbage collector (see below)."""
    status = [1]  # an uncaught exception ends the process with 1, as Python's own exit would
    args = sys.argv[1:]
    if args and not _command_in(args) & {"gui", "self-test"} and args[0] != "--self-test":
        from reviewer.process_exit import end_without_teardown

        end_without_teardown(lambda: status[0])
    if _command_in(args) == {"review"}:
        # One contract, then the process ends: the cyclic garbage collector's
        # passes over the modules, checklist and model just loaded cost 10-15 ms
        # of a 4-page review and ~45 ms of a 133-page one, and find little (~1,000
        # objects in reference cycles after the 133-page review, whose peak RSS
        # is the same with it off). Memory is still freed by reference counting.
        # Only here, in the command's own process: never in `main` (tests call
        # it in theirs), the window, a batch or an evaluation of many contracts.
        import gc

        gc.disable()
    try:
        status[0] = main()
    except SystemExit as exc:  # argparse's --help, --version and usage errors
        status[0] = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
        raise
    sys.exit(status[0])


if __name__ == "__main__":
    console_main()
