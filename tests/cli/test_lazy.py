"""Lazy subcommands: `reviewer --help` lists every subcommand without importing it.

The table in `reviewer.cli` must say what each module's `register` says, so
the top-level help reads the same as when every module was imported.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from reviewer import cli


def _choices(parser: argparse.ArgumentParser) -> list[tuple[str, str | None]]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [(a.dest, a.help) for a in sub._choices_actions]


def test_the_table_says_what_each_module_registers() -> None:
    assert set(cli.COMMAND_TABLE) == set(cli.COMMANDS)
    for name in cli.COMMANDS:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(f"reviewer.commands.{name}").register(sub)
        assert _choices(parser) == [cli.COMMAND_TABLE[name]], name


def test_lazy_and_full_parsers_list_the_same_commands() -> None:
    assert _choices(cli.build_parser(load=set())) == _choices(cli.build_parser())
    assert cli.build_parser(load=set()).format_help() == cli.build_parser().format_help()


def test_only_the_named_command_is_loaded() -> None:
    args = cli.build_parser(load={"checklist"}).parse_args(["checklist", "list"])
    assert callable(args.func)


@pytest.mark.slow
def test_version_and_help_import_no_subcommand_or_heavy_library() -> None:
    heavy = ("openpyxl", "reportlab", "docx", "pypdf", "pypdfium2", "pdfplumber", "yaml",
             "reviewer.analysis", "reviewer.commands.review", "reviewer.checklist", "PySide6")
    code = (
        "import sys; from reviewer.cli import main\n"
        "for argv in (['--version'], ['--help']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r} or m in {heavy!r}"
        " or any(m.startswith(h + '.') for h in " + repr(heavy) + ")))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
