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


def _run(argv: list[str], capsys: pytest.CaptureFixture[str], parser: argparse.ArgumentParser | None = None
         ) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of parsing `argv` with `main`'s parser, or with `parser`."""
    try:
        if parser is None:
            cli.main(argv)
        else:
            parser.parse_args(argv)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("argv", [["review", "--help"], ["review"], ["review", "x.pdf", "--bogus"],
                                  ["checklist", "--help"], ["-h"], ["--help", "review"], ["revew", "x.pdf"]])
def test_a_parser_without_the_other_commands_says_the_same(argv: list[str], capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    # main leaves the other commands' parsers out when a known command comes first:
    # help, usage errors and exit statuses are those of the parser that has them all.
    assert _run(argv, capsys) == _run(argv, capsys, cli.build_parser())


def test_the_command_alone_has_one_parser() -> None:
    parser = cli.build_parser(load={"review"}, others=False)
    assert [dest for dest, _ in _choices(parser)] == ["review"]
    args = parser.parse_args(["review", "x.pdf", "--quiet"])
    assert args.command == "review" and args.file == "x.pdf" and args.quiet
