"""The `reviewer` command: one entry point over the core API.

Each subcommand lives in its own module under `reviewer.commands` and exposes
``register(subparsers)``, which adds its parser and sets ``func`` to a
function ``(args) -> int``. `main(argv)` is what tests call in-process.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reviewer",
        description="Review vendor support and service terms against a checklist.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"reviewer.commands.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        args_list = ["gui"]  # plain `reviewer` opens the window
    elif args_list[0] == "--self-test":
        args_list[0] = "self-test"  # what a bundle's users and support type
    parser = build_parser()
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
    sys.exit(main())


if __name__ == "__main__":
    console_main()
