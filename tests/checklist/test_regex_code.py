"""Checklist patterns compiled from stored code are the patterns `re.compile` makes.

`re.Pattern` equality compares the pattern, the flags and the compiled code,
so ``==`` here means the very same matcher. A later process (simulated by
`regex_code.forget`) builds every bundled checklist pattern from the file an
earlier one wrote; a damaged, tampered or foreign file is ignored.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from reviewer.checklist import compiled, load_checklist, regex_code
from reviewer.checklist.loader import checklists_dir

pytestmark = pytest.mark.skipif(regex_code._sre is None, reason="no re._parser on this Python")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(compiled.ENV_DIR, str(tmp_path / "cache"))
    monkeypatch.delenv(compiled.ENV_OFF, raising=False)
    regex_code.forget()
    yield tmp_path / "cache"
    regex_code.forget()


def _bundled_patterns() -> list[tuple[str, int]]:
    out: set[tuple[str, int]] = set()
    for path in sorted(checklists_dir().glob("*.yaml")):
        checklist = load_checklist(path)
        for item in checklist.items:
            for terms in (item.keywords, item.context, item.headings, item.exclude, item.vague, item.negation,
                          *(r.patterns for r in item.requirements)):
                out.update((p.pattern, p.flags) for p in terms.patterns())
    return sorted(out)


def _stored_file(cache: Path) -> Path:
    (found,) = cache.glob("regex-code-*.sre")
    return found


def test_stored_code_gives_the_same_patterns_as_re_compile(cache: Path) -> None:
    patterns = _bundled_patterns()
    assert len(patterns) > 500
    patterns += [(r"(?P<n>\d+)\s*(?P<unit>hours?|小时)", re.IGNORECASE), (r"(a)(?:b)(?P<c>c)?", 0)]
    fresh = [regex_code.compile_pattern(p, f) for p, f in patterns]
    regex_code.save()
    regex_code.forget()  # a new process: everything comes from the file
    stored = [regex_code.compile_pattern(p, f) for p, f in patterns]
    assert not regex_code._new  # nothing was compiled again
    for (pattern, flags), a, b in zip(patterns, fresh, stored, strict=True):
        expected = re.compile(pattern, flags)
        assert a == expected and b == expected, pattern
        assert (b.flags, b.groups, dict(b.groupindex)) == (expected.flags, expected.groups, dict(expected.groupindex))
    text = "Priority 1 incidents: respond within 4 Hours; 第一级故障 15 小时内响应; abc ab"
    for b in stored:
        assert [m.groupdict() or m.span() for m in b.finditer(text)] == [
            m.groupdict() or m.span() for m in re.compile(b.pattern, b.flags).finditer(text)]


def _rewrite(path: Path, change: str) -> None:
    head, _, body = path.read_bytes().partition(b"\n")
    entries: dict[str, object] = {}
    for line in body.split(b"\n"):  # one entry a line: <key as JSON> TAB <entry as JSON>
        key, _, entry = line.partition(b"\t")
        entries[json.loads(key)] = json.loads(entry)
    if change == "tampered-code":  # a valid file whose code was altered: _sre refuses it
        key = next(iter(entries))
        entries[key][1] = [999999, *entries[key][1][1:]]
    elif change == "wrong-groups":
        key = next(iter(entries))
        entries[key][2] = -3
    elif change == "huge-groups":  # would allocate a list of 10**12 names
        key = next(iter(entries))
        entries[key][2] = 10**12
    elif change == "not-a-list":
        entries = {k: "x" for k in entries}
    elif change in ("float-in-code", "text-in-code"):  # each entry's code: a value that is no opcode
        for entry in entries.values():
            entry[1][-1] = 1.0 if change == "float-in-code" else "1"
    body = b"\n".join(json.dumps(k).encode() + b"\t" + json.dumps(v).encode() for k, v in entries.items())
    header = json.loads(head)
    header["sha256"] = hashlib.sha256(body).hexdigest()
    if change == "bad-hash":
        header["sha256"] = "0" * 64
    if change == "other-format":
        header["format"] = "contract-reviewer/regex-code-0"
    path.write_bytes(json.dumps(header).encode() + b"\n" + (body[:-40] if change == "truncated" else body))


@pytest.mark.parametrize("change", ["tampered-code", "wrong-groups", "huge-groups", "not-a-list", "bad-hash",
                                    "other-format", "float-in-code", "text-in-code",
                                    "truncated"])
def test_a_damaged_file_is_ignored(cache: Path, change: str) -> None:
    patterns = [("(?<![A-Za-z0-9_])respon(?:d|se)s?(?![A-Za-z0-9_])", re.IGNORECASE),
                (r"(?P<n>\d+)\s*(?:hours?|小时)", re.IGNORECASE)]
    for p, f in patterns:
        regex_code.compile_pattern(p, f)
    regex_code.save()
    _rewrite(_stored_file(cache), change)
    regex_code.forget()
    for p, f in patterns:
        assert regex_code.compile_pattern(p, f) == re.compile(p, f)


def test_nothing_is_written_when_the_cache_is_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled.ENV_OFF, "1")
    assert regex_code.compile_pattern("abc", 0) == re.compile("abc")
    regex_code.save()
    assert not cache.exists()


def test_entries_are_parsed_only_when_asked_for(cache: Path) -> None:
    for p in ("abc", "d(e)f", r"(?P<n>\d+)"):
        regex_code.compile_pattern(p, 0)
    regex_code.save()
    regex_code.forget()
    regex_code.compile_pattern("abc", 0)
    known = regex_code._known
    assert known is not None and len(known) == 3
    # The two patterns not asked for are still their stored bytes: reading the
    # file parsed only the keys (one json.loads of it stalled the window).
    assert sum(isinstance(v, bytes) for v in known.values()) >= 2
    # Nor were the keys parsed: they stay the JSON bytes the file holds.
    assert all(isinstance(k, bytes) for k in known)


def test_keys_that_json_escapes_are_found_again(cache: Path) -> None:
    # The file holds each key as JSON (ASCII, escaped); a later process looks its
    # patterns up by their keys encoded the same way, never by parsing the file's.
    patterns = [("a\tb", 0), ('say "x"', 0), (r"\d+\\", 0), ("line\nbreak", re.MULTILINE), ("\ud800x", 0),
                ("响应时间", re.IGNORECASE), ("\u00e9t\u00e9", 0), ("caf\u0065\u0301", 0)]
    for p, f in patterns:
        regex_code.compile_pattern(p, f)
    regex_code.save()
    regex_code.forget()
    stored = [regex_code.compile_pattern(p, f) for p, f in patterns]
    assert not regex_code._new  # every one came from the file
    for (p, f), b in zip(patterns, stored, strict=True):
        assert b == re.compile(p, f), p


@pytest.fixture
def for_imports(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The store routed in for imports, and a folder of modules to import."""
    modules = tmp_path / "modules"
    modules.mkdir()
    monkeypatch.syspath_prepend(str(modules))
    was = re._compiler.compile  # type: ignore[attr-defined]
    regex_code.stop_for_imports()  # (an in-process CLI test may have left it on)
    regex_code.use_for_imports()
    yield modules
    regex_code.stop_for_imports()
    re._compiler.compile = was  # type: ignore[attr-defined]


def _import_fresh(name: str) -> object:
    import importlib
    import sys

    sys.modules.pop(name, None)
    re.purge()  # re's own cache would answer before the store is asked
    return importlib.import_module(name)


def _probe_module(folder: Path, name: str, pattern: str) -> None:
    (folder / f"{name}.py").write_text(
        "import re\n"
        f"AT_IMPORT = re.compile({pattern!r}, re.IGNORECASE)\n"
        "BYTES = re.compile(rb'bytes-import-test')\n"
        "def later():\n"
        "    return re.compile('run-time-import-test')\n", encoding="utf-8")


def test_patterns_compiled_by_an_import_come_from_the_store(
        for_imports: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = r"(?P<days>\d+)\s*(?:business\s+)?days?\s+notice-import-test"
    _probe_module(for_imports, "rx_import_probe", pattern)
    monkeypatch.setattr(regex_code, "STORED_MODULES", (*regex_code.STORED_MODULES, "rx_import_probe"))
    module = _import_fresh("rx_import_probe")
    key = regex_code._key(pattern, re.IGNORECASE.value)
    assert key in regex_code._new  # compiled through the store, kept for the next process
    expected = regex_code._original_compile(pattern, re.IGNORECASE.value)
    assert expected == module.AT_IMPORT  # type: ignore[attr-defined]
    # Bytes patterns and patterns compiled at run time (possibly from a contract's
    # text) go to re's own compiler and are never written down.
    assert module.later().pattern == "run-time-import-test"  # type: ignore[attr-defined]
    assert not any("import-test" in k and k != key for k in regex_code._new)
    regex_code.save()
    regex_code.forget()  # a new process: the import's pattern comes from the file
    again = _import_fresh("rx_import_probe")
    assert not regex_code._new
    assert again.AT_IMPORT == module.AT_IMPORT  # type: ignore[attr-defined]
    assert again.AT_IMPORT.search("30 Business Days notice-import-test").group("days") == "30"  # type: ignore[attr-defined]
    stored = regex_code._file()
    assert stored is not None
    text = stored.read_text("utf-8")
    assert key.split(":", 1)[1].replace("\\", "\\\\") in text
    assert "run-time-import-test" not in text and "bytes-import-test" not in text


def test_other_libraries_patterns_are_not_stored(for_imports: Path) -> None:
    # A library may build its patterns from a set (proces, which cn2an imports,
    # does): a pattern that differs in every process would add an entry each time.
    _probe_module(for_imports, "other_library_probe", "library-import-test")
    module = _import_fresh("other_library_probe")
    assert module.AT_IMPORT.pattern == "library-import-test"  # type: ignore[attr-defined]
    assert not any("import-test" in k for k in regex_code._new)


def test_cn2an_patterns_come_from_the_store(for_imports: Path) -> None:
    import sys

    saved = {k: v for k, v in sys.modules.items() if k.partition(".")[0] in ("cn2an", "proces")}
    try:
        for name in saved:
            del sys.modules[name]
        re.purge()
        import cn2an

        assert any(k.startswith("0:^") for k in regex_code._new)  # Cn2An's anchored patterns
        assert cn2an.cn2an("二十四", "smart") == 24
    finally:
        sys.modules.update(saved)


def test_the_cli_routes_imports_through_the_store_only_for_commands_that_review(cache: Path) -> None:
    from reviewer import cli

    was = re._compiler.compile  # type: ignore[attr-defined]
    regex_code.stop_for_imports()
    try:
        with pytest.raises(SystemExit):
            cli.main(["--version"])
        assert re._compiler.compile is regex_code._original_compile  # type: ignore[attr-defined]
        with pytest.raises(SystemExit):
            cli.main(["review", "--help"])
        assert re._compiler.compile is regex_code._compile_for_re  # type: ignore[attr-defined]
    finally:
        regex_code.stop_for_imports()
        re._compiler.compile = was  # type: ignore[attr-defined]


def test_constant_patterns_of_standard_modules_a_review_imports_are_stored(for_imports: Path) -> None:
    """platform (pypdfium2 imports it through ctypes.util), logging (pypdfium2 imports it)
    and textwrap compile their module-level patterns from the store too: the same
    pattern objects, kept."""
    import logging
    import platform
    import sys
    import textwrap

    original = {"platform": platform, "textwrap": textwrap, "logging": logging}
    try:
        fresh_platform = _import_fresh("platform")
        fresh_textwrap = _import_fresh("textwrap")
        fresh_logging = _import_fresh("logging")
    finally:
        sys.modules.update(original)  # the rest of the process keeps the modules it had
    stored = {key.partition(":")[2] for key in regex_code._new}
    assert fresh_logging.PercentStyle.validation_pattern.pattern in stored  # type: ignore[attr-defined]
    assert fresh_logging.PercentStyle.validation_pattern == logging.PercentStyle.validation_pattern  # type: ignore[attr-defined]
    assert fresh_platform._sys_version_parser.pattern in stored  # type: ignore[attr-defined]
    assert fresh_textwrap.TextWrapper.wordsep_simple_re.pattern in stored  # type: ignore[attr-defined]
    assert fresh_textwrap.TextWrapper.wordsep_simple_re == textwrap.TextWrapper.wordsep_simple_re  # type: ignore[attr-defined]
