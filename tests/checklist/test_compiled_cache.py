"""The compiled-checklist cache and the C parser change speed, never results.

A cached checklist equals the one parsed from YAML (patterns included); a
corrupt, foreign or tampered cache file is ignored and rebuilt; a changed
text never meets an old entry; a broken file gives exactly the message the
pure-Python parser gives, line and key included.
"""

from __future__ import annotations

import hashlib
import marshal
import re
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from reviewer.checklist import compiled, load_checklist, parse_checklist
from reviewer.checklist.loader import _Builder, checklists_dir
from reviewer.checklist.model import Checklist, ChecklistItem, Section, Terms
from reviewer.checklist.schema import compose
from reviewer.errors import ChecklistError
from tests.checklist.test_loader import VALID


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(compiled.ENV_DIR, str(folder))
    monkeypatch.delenv(compiled.ENV_OFF, raising=False)
    return folder


def _pure(text: str, path: str) -> Checklist:
    return _Builder(path).checklist(compose(text, path))


def _patterns(checklist: Checklist) -> list[tuple[str, int]]:
    terms = []
    for item in checklist.items:
        terms += [item.keywords, item.context, item.headings, item.exclude, item.vague, item.negation]
        terms += [r.patterns for r in item.requirements]
    terms += list(checklist.vague.values())
    return [(p.pattern, p.flags) for t in terms for p in t.patterns()]


def _bundled() -> list[Path]:
    return sorted(checklists_dir().glob("*.yaml"))


@pytest.mark.parametrize("path", _bundled(), ids=lambda p: p.name)
def test_cached_checklist_equals_the_parsed_one(cache: Path, path: Path) -> None:
    text = path.read_text(encoding="utf-8-sig")
    first = load_checklist(path)  # parsed, then stored
    assert len(list(cache.glob(f"*{compiled.SUFFIX}"))) == 1
    second = load_checklist(path)  # from the cache
    pure = _pure(text, str(path))
    assert first == second == pure
    assert _patterns(second) == _patterns(pure)
    assert [i.line for i in second.items] == [i.line for i in pure.items]
    assert isinstance(second.items[0].keywords.compiled_en[0], compiled.LazyPattern)


def test_stored_literals_are_the_prefilters_own(cache: Path) -> None:
    from reviewer.checklist.literals import checklist_terms, mandatory_requirements

    path = checklists_dir() / "vendor-support.yaml"
    load_checklist(path)
    compiled.KNOWN_REQUIREMENTS.clear()
    checklist = load_checklist(path)  # from the cache
    patterns = {p.pattern for t in checklist_terms(checklist) for p in t.patterns()}
    assert patterns and set(compiled.KNOWN_REQUIREMENTS) >= patterns
    assert all(compiled.KNOWN_REQUIREMENTS[p] == mandatory_requirements(p) for p in patterns)
    assert any(len(r or ()) > 1 for r in compiled.KNOWN_REQUIREMENTS.values())


def test_the_path_is_the_one_asked_for_now(cache: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(VALID, encoding="utf-8")
    b.write_text(VALID, encoding="utf-8")
    assert load_checklist(a).path == str(a)
    assert load_checklist(b).path == str(b)


def _entry(cache: Path) -> Path:
    (entry,) = cache.glob(f"*{compiled.SUFFIX}")
    return entry


def _parts(entry: Path) -> tuple[list[bytes], bytes, bytes]:
    """An entry's header fields, its marshalled model and its marshalled literals."""
    head, _, body = entry.read_bytes().partition(b"\n")
    header = head.split(b" ")
    size = int(header[2])
    return header, body[:size], body[size:]


def _sha(data: bytes) -> bytes:
    return hashlib.sha256(data).hexdigest().encode()


def _write(entry: Path, header: list[bytes], model: bytes, literals: bytes,
           literals_digest: bytes | None = None) -> None:
    """An entry as this version writes one, digests recomputed (a well-formed file)."""
    head = b" ".join([header[0], header[1], str(len(model)).encode(), _sha(model),
                      literals_digest or _sha(literals)])
    entry.write_bytes(head + b"\n" + model + literals)


def _flip(raw: bytes, at: int) -> bytes:
    return raw[:at] + bytes([raw[at] ^ 0x01]) + raw[at + 1:]


@pytest.mark.parametrize("damage", [
    lambda raw: raw[: len(raw) // 2],  # a write cut short
    lambda raw: raw[:-1],
    lambda raw: b"",
    lambda raw: b"\x80\x81 not marshal at all",
    lambda raw: b'{"format": "something-else"}\n{}',  # an older format's header
    lambda raw: _flip(raw, raw.index(b"\n") + 200),  # one bit of the model
    lambda raw: _flip(raw, raw.index(b"\n") - 3),  # one bit of the literals' digest
    lambda raw: raw.replace(b" ", b"  ", 1),
    lambda raw: raw.replace(b"compiled-checklist-", b"compiled-checklist-x", 1),
])
def test_a_damaged_cache_is_ignored_and_rebuilt(cache: Path, tmp_path: Path, damage: object) -> None:
    path = tmp_path / "mini.yaml"
    path.write_text(VALID, encoding="utf-8")
    good = load_checklist(path)
    entry = _entry(cache)
    entry.write_bytes(damage(entry.read_bytes()))  # type: ignore[operator]
    again = load_checklist(path)
    assert again == good and _patterns(again) == _patterns(good)
    assert compiled.load(VALID, str(path)) is not None  # rewritten whole


def _at(cls: type, name: str) -> int:
    """Where a field sits in a stored object (its place among the class's fields)."""
    return [f.name for f in fields(cls)].index(name)


def _get(tree: Any, path: list[Any]) -> Any:
    for step in path:
        tree = tree[step]
    return tree


def _set(tree: Any, path: list[Any], value: Any) -> Any:
    """The stored tree with the value at `path` (indices and mapping keys) replaced."""
    if not path:
        return value
    head, *rest = path
    if isinstance(tree, dict):
        return {**tree, head: _set(tree[head], rest, value)}
    items = list(tree)
    items[head] = _set(items[head], rest, value)
    return tuple(items)


_SECTION = [_at(Checklist, "sections"), 0]
_KEYWORDS = [*_SECTION, _at(Section, "items"), 0, _at(ChecklistItem, "keywords")]
_VAGUE = _at(Checklist, "vague")
assert [f.name for f in fields(Terms)][:2] == ["en", "zh"]  # stored: en, zh, en texts, en flags, zh ...


@pytest.mark.parametrize("tamper", [
    lambda t: _set(t, [*_SECTION, _at(Section, "weight")], "heavy"),  # a string for a float
    lambda t: _set(t, [*_SECTION, _at(Section, "weight")], True),  # a bool for a float
    lambda t: _set(t, [*_SECTION, _at(Section, "weight")], 25),  # an int for a float
    lambda t: _set(t, _SECTION, _get(t, _SECTION)[:-1]),  # a field short
    lambda t: _set(t, _SECTION, (*_get(t, _SECTION), 1)),  # a field more
    lambda t: _set(t, [*_KEYWORDS, 0], (*_get(t, [*_KEYWORDS, 0]), 1)),  # a number among the phrases
    lambda t: _set(t, [*_KEYWORDS, 2], _get(t, [*_KEYWORDS, 2])[1:]),  # a pattern fewer than phrases
    lambda t: _set(t, [*_KEYWORDS, 3, 0], True),  # a bool for a pattern's flags
    lambda t: _set(t, [*_KEYWORDS, 3], list(_get(t, [*_KEYWORDS, 3]))),  # a list for a tuple
    lambda t: _set(t, [*_KEYWORDS, 0], list(_get(t, [*_KEYWORDS, 0]))),
    lambda t: _set(t, [_VAGUE], dict.fromkeys([1], next(iter(t[_VAGUE].values())))),  # a number as a category
    lambda t: _set(t, [_at(Checklist, "id")], compile("1", "<x>", "eval")),  # a code object
    lambda t: _set(t, [_at(Checklist, "title")], None),  # None where no None belongs
    lambda t: list(t),
])
def test_a_foreign_but_well_formed_entry_is_refused(cache: Path, tamper: Any) -> None:
    """A file of this format whose digests match but whose content is not the model's
    shape (wrong type, wrong length, wrong container) is refused and rebuilt."""
    parse_checklist(VALID)
    entry = _entry(cache)
    header, model, literals = _parts(entry)
    tree = marshal.loads(model)
    assert compiled.load(VALID, "<checklist>") is not None
    _write(entry, header, marshal.dumps(tamper(tree)), literals)
    assert compiled.load(VALID, "<checklist>") is None
    assert parse_checklist(VALID) == _pure(VALID, "<checklist>")
    assert compiled.load(VALID, "<checklist>") is not None  # rewritten whole


def test_an_entry_under_another_key_is_refused(cache: Path) -> None:
    """A file copied to another entry's name (its header names its own key)."""
    parse_checklist(VALID)
    other = VALID.replace("weight: 25", "weight: 30")
    entry = _entry(cache)
    entry.rename(entry.with_name(f"{compiled.cache_key(other)}{compiled.SUFFIX}"))
    assert compiled.load(other, "<checklist>") is None
    assert parse_checklist(other).sections[0].weight == 30


def test_a_changed_text_never_meets_the_old_entry(cache: Path) -> None:
    parse_checklist(VALID)
    changed = VALID.replace("weight: 25", "weight: 30")
    assert compiled.cache_key(changed) != compiled.cache_key(VALID)
    assert parse_checklist(changed).sections[0].weight == 30
    assert len(list(cache.glob(f"*{compiled.SUFFIX}"))) == 2


def test_the_cache_can_be_turned_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled.ENV_OFF, "1")
    parse_checklist(VALID)
    assert not cache.exists()


def test_an_unwritable_cache_only_costs_speed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(compiled.ENV_DIR, str(blocker / "sub"))  # a folder inside a file
    assert parse_checklist(VALID) == _pure(VALID, "<checklist>")


def test_default_location_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(compiled.ENV_DIR, raising=False)
    monkeypatch.delenv(compiled.ENV_OFF, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert compiled.cache_dir() == tmp_path / "contract-reviewer"


def test_lazy_patterns_behave_like_compiled_ones() -> None:
    real = re.compile(r"(?<![A-Za-z0-9_])respon\w*", re.IGNORECASE)
    lazy = compiled.LazyPattern(real.pattern, real.flags)
    text = "We RESPOND; the response is fast."
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.search(text).group(0) == "RESPOND"  # type: ignore[union-attr]
    assert lazy == real and hash(lazy) == hash(compiled.LazyPattern(real.pattern, real.flags))
    assert compiled.compiled_pattern(real.pattern, real.flags) is lazy.compiled()


def _mutations() -> list[str]:
    """VALID broken line by line: deleted, indented, given a stray bracket or tab."""
    lines = VALID.splitlines(keepends=True)
    out = []
    for i in range(len(lines)):
        out.append("".join(lines[:i] + lines[i + 1:]))
        out.append("".join([*lines[:i], " " + lines[i], *lines[i + 1:]]))
        out.append("".join([*lines[:i], lines[i].rstrip("\n") + " [\n", *lines[i + 1:]]))
        out.append("".join([*lines[:i], "\t" + lines[i], *lines[i + 1:]]))
    return [*out, "", "---\n---\n", "a: b\n", "- 1\n", "schema: x\n\x07\n"]


def _outcome(parse: object, text: str) -> str:
    try:
        checklist = parse(text, "broken.yaml")  # type: ignore[operator]
    except ChecklistError as exc:
        return f"error {exc.line} {exc.key} {exc}"
    return f"ok {checklist.id} {[i.line for i in checklist.items]}"


def test_c_parser_gives_the_pure_parsers_results_and_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled.ENV_OFF, "1")
    texts = _mutations()
    differ = [t for t in texts if _outcome(parse_checklist, t) != _outcome(_pure, t)]
    assert not differ, f"{len(differ)} of {len(texts)} texts differ, e.g.\n{differ[0]}"


def test_a_malformed_stored_requirement_counts_as_absent() -> None:
    from reviewer.analysis.prefilter import _literals_of
    from reviewer.checklist.literals import mandatory_requirements

    known = compiled._Requirements()
    known.add({"a": [["x", "y"]], "b": None, "c": [[]], "d": "junk", "e": [[1]]})
    assert "a" in known and known["a"] == (frozenset({"x", "y"}),)
    assert "b" in known and known["b"] is None
    assert all(p not in known for p in ("c", "d", "e", "f"))
    assert list(known) == ["a", "b"]
    # The prefilter then works the requirements out from the pattern itself.
    pattern = r"\bresponse\s+times?\b"
    compiled.KNOWN_REQUIREMENTS.add({pattern: "junk"})
    _literals_of.cache_clear()
    assert _literals_of(pattern) == mandatory_requirements(pattern)


def test_stored_literals_are_parsed_only_when_asked_for(cache: Path) -> None:
    """Loading a checklist leaves its literals unparsed; the first look-up parses them,
    and a literals part that is not a marshalled dict, or whose digest is not the one
    in the header, only counts as absent."""
    from reviewer.analysis.prefilter import _literals_of
    from reviewer.checklist.literals import mandatory_requirements

    path = checklists_dir() / "vendor-support.yaml"
    load_checklist(path)
    compiled.KNOWN_REQUIREMENTS.clear()
    checklist = load_checklist(path)  # from the cache
    assert compiled.KNOWN_REQUIREMENTS._encoded and not compiled.KNOWN_REQUIREMENTS._raw
    pattern = checklist.items[0].keywords.compiled_en[0].pattern
    assert compiled.KNOWN_REQUIREMENTS.get(pattern, "absent") == mandatory_requirements(pattern)
    assert not compiled.KNOWN_REQUIREMENTS._encoded

    entry = next(cache.glob(f"*{compiled.SUFFIX}"))
    header, model, literals = _parts(entry)
    wrong = marshal.dumps({pattern: [["zzz-not-in-the-pattern"]]})
    for junk, digest in ((marshal.dumps([1, 2]), None), (b"{not marshal", None),
                         (wrong, _sha(literals)),  # its digest not its own: never unmarshalled
                         (literals[:-1], _sha(literals))):
        _write(entry, header, model, junk, digest)
        compiled.KNOWN_REQUIREMENTS.clear()
        assert compiled.load(path.read_text(encoding="utf-8-sig"), str(path)) == checklist
        assert compiled.KNOWN_REQUIREMENTS.get(pattern, "absent") == "absent"
        _literals_of.cache_clear()
        assert _literals_of(pattern) == mandatory_requirements(pattern)


def test_stored_requirements_are_decoded_at_once_as_one_by_one(cache: Path) -> None:
    path = checklists_dir() / "vendor-support.yaml"
    load_checklist(path)
    compiled.KNOWN_REQUIREMENTS.clear()
    load_checklist(path)  # from the cache
    raw = dict(compiled.KNOWN_REQUIREMENTS.raw)
    one_by_one = compiled._Requirements()
    one_by_one.add(raw)
    expected = {p: one_by_one[p] for p in raw}
    at_once = compiled._Requirements()
    at_once.add(raw)
    first = next(iter(raw))
    assert at_once.get(first, "absent") == expected[first]
    assert at_once.decoded == expected  # the first look-up decoded every entry
    # One entry of another shape: each entry is then checked alone, as before.
    for junk in ("junk", [[]], [["x", 1]], [["x", ""]], [], ["x"]):
        mixed = compiled._Requirements()
        mixed.add({**raw, "junk-pattern": junk})
        assert mixed.get(first, "absent") == expected[first]
        assert mixed.get("junk-pattern", "absent") == "absent"
        assert all(mixed.get(p, "absent") == expected[p] for p in raw)


def test_a_cached_load_needs_neither_the_review_model_nor_yaml(cache: Path) -> None:
    """A checklist's texts are `reviewer.bilingual.Text`: a process that only loads the
    checklist (the playbook editor, `reviewer checklist`) makes none of the review's,
    clause's and document's dataclasses, nor parses YAML when the cache holds it, nor
    imports what only parsing or reading key facts needs (the fact kinds' dataclasses,
    `typing`, `json`)."""
    import os
    import subprocess
    import sys

    code = ("import sys\n"
            "from reviewer.checklist import default_checklist\n"
            "default_checklist()\n"
            "print(sorted(m for m in sys.modules if m in ('yaml', 'reviewer.review', 'reviewer.clause',"
            " 'reviewer.document', 'reviewer.analysis', 'reviewer.checklist.fact_kinds',"
            " 'reviewer.checklist.schema', 'typing', 'json')))\n")
    env = dict(os.environ, **{compiled.ENV_DIR: str(cache)})
    env.pop(compiled.ENV_OFF, None)
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)  # fills the cache
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
    from reviewer.bilingual import Text
    from reviewer.review import Text as ReviewText
    assert ReviewText is Text
