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
    body = b"\n".join(json.dumps(k).encode() + b"\t" + json.dumps(v).encode() for k, v in entries.items())
    header = json.loads(head)
    header["sha256"] = hashlib.sha256(body).hexdigest()
    if change == "bad-hash":
        header["sha256"] = "0" * 64
    if change == "other-format":
        header["format"] = "contract-reviewer/regex-code-0"
    path.write_bytes(json.dumps(header).encode() + b"\n" + (body[:-40] if change == "truncated" else body))


@pytest.mark.parametrize("change", ["tampered-code", "wrong-groups", "huge-groups", "not-a-list", "bad-hash",
                                    "other-format",
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
