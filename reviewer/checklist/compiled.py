"""The compiled-checklist cache: a validated checklist, ready in milliseconds.

Parsing `checklists/vendor-support.yaml` with PyYAML and compiling its ~2,100
patterns costs about two seconds, paid by every process that reviews. Once a
file has loaded without error, its model is written here as plain JSON and
the next process reads that instead.

- **Key**: SHA-256 of the checklist text, the reviewer version, the Python
  version and the source of the modules that validate a checklist, so a
  changed file, a new release or a changed rule never meets a stale entry.
- **Where**: ``$REVIEWER_CACHE_DIR``, else ``$XDG_CACHE_HOME/contract-reviewer``,
  else ``~/.cache/contract-reviewer``. ``REVIEWER_NO_CACHE=1`` turns it off.
- **Safety**: the file is plain JSON (never pickle: nothing in it runs), its
  payload carries its own SHA-256, and decoding checks every class, field and
  type against the model; anything unexpected (a truncated write, another
  program's file, an older format) is ignored and rebuilt from the YAML.
  Writes are atomic (temporary file + rename), and a cache that cannot be
  written (read-only home) only costs speed.
- **Literals**: beside the model, each pattern's literal requirements as the
  analysis's prefilter computes them (`reviewer.analysis.prefilter`; parsing
  1,600 regexes costs ~0.1 s per process otherwise), in `KNOWN_REQUIREMENTS`.
- **Patterns** come back as `LazyPattern`s: the regex text and flags at once,
  compiled on first use and shared by every checklist in the process. Most
  patterns are never run (the analysis prefilters on literals), so most are
  never compiled.

The path shown in messages and stored in `Checklist.path` is always the one
asked for now, never the one the entry was first built from.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import re
import sys
import weakref
from collections.abc import Callable, Iterator
from dataclasses import fields, is_dataclass
from itertools import chain
from pathlib import Path
from types import MappingProxyType
from typing import Any, cast

import reviewer
from reviewer.bilingual import Text
from reviewer.checklist.cache_files import ENV_DIR as ENV_DIR
from reviewer.checklist.cache_files import ENV_OFF as ENV_OFF
from reviewer.checklist.cache_files import cache_dir as cache_dir
from reviewer.checklist.cache_files import write_cache_file
from reviewer.checklist.key_facts import KeyFact
from reviewer.checklist.model import (
    Checklist,
    ChecklistItem,
    Policy,
    Requirement,
    Scorecard,
    ScorecardDimension,
    Section,
    Terms,
)
from reviewer.checklist.positions import Band, Positions

FORMAT = "contract-reviewer/compiled-checklist-5"  # 3: items have key_fact; 4: every literal requirement;
# 5: the literals on a line of their own, parsed when a review first asks for them

_CLASSES: dict[str, type] = {
    cls.__name__: cls
    for cls in (Checklist, ChecklistItem, Policy, Requirement, Scorecard, ScorecardDimension,
                Section, Terms, Text, Positions, Band, KeyFact)
}
# Fields that are derived from others and rebuilt on load, not stored.
_DERIVED = {"Terms": ("compiled_en", "compiled_zh")}
_SOURCES = ("checklist/loader.py", "checklist/schema.py", "checklist/model.py",
            "checklist/compiled.py", "checklist/positions.py", "checklist/key_facts.py",
            "analysis/facts.py", "analysis/prefilter.py", "checklist/literals.py")


# -- patterns ---------------------------------------------------------------

_COMPILED: dict[tuple[str, int], re.Pattern[str]] = {}


def compiled_pattern(pattern: str, flags: int) -> re.Pattern[str]:
    """`re.compile`, once per process per (pattern, flags): re's own cache holds only 512.

    The compiled code is kept between processes (`regex_code`)."""
    key = (pattern, flags)
    found = _COMPILED.get(key)
    if found is None:
        from reviewer.checklist.regex_code import compile_pattern

        found = _COMPILED[key] = compile_pattern(pattern, flags)
    return found


class LazyPattern:
    """A checklist pattern known by its text, compiled when first matched.

    Offers what the analysis uses of `re.Pattern` (``pattern``, ``flags``,
    ``search``, ``finditer``, ``match``...), compares and hashes like the
    compiled pattern would (by text and flags).
    """

    __slots__ = ("__dict__", "flags", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern[str]:
        return compiled_pattern(self.pattern, self.flags)

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not set yet: bind the compiled pattern's
        # method on the instance so later calls go straight to C.
        value = getattr(self.compiled(), name)
        if callable(value):
            self.__dict__[name] = value
        return value

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern | re.Pattern):
            return (self.pattern, self.flags) == (other.pattern, other.flags)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags})"


# -- where --------------------------------------------------------------------


_salt: bytes | None = None


def _code_salt() -> bytes:
    """Reviewer and Python versions, plus the validating code's source where it exists."""
    global _salt
    if _salt is None:
        h = hashlib.sha256(f"{FORMAT}\0{reviewer.__version__}\0{sys.version}\0".encode())
        root = Path(reviewer.__file__).parent
        for name in _SOURCES:
            try:
                h.update((root / name).read_bytes())
            except OSError:
                h.update(name.encode())  # a frozen bundle: its version says it all
        _salt = h.digest()
    return _salt


def cache_key(text: str) -> str:
    return hashlib.sha256(_code_salt() + text.encode("utf-8", "surrogatepass")).hexdigest()


# -- encoding -----------------------------------------------------------------


def _encode(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        skip = _DERIVED.get(name, ())
        out: dict[str, Any] = {"@": name}
        for f in fields(value):
            if f.name not in skip:
                out[f.name] = _encode(getattr(value, f.name))
        if isinstance(value, Terms):  # the compiled regex texts differ from the terms
            out["patterns"] = [[[p.pattern, p.flags] for p in value.compiled_en],
                               [[p.pattern, p.flags] for p in value.compiled_zh]]
        return out
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if isinstance(value, MappingProxyType | dict):
        return {"@": "map", "items": [[k, _encode(v)] for k, v in value.items()]}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot store {type(value).__name__}")


class _Invalid(Exception):
    """The cached file is not one this version wrote."""


def _check(ok: bool) -> None:
    if not ok:
        raise _Invalid


def _decode_as(kind: str, value: Any) -> Any:
    """Decode `value` as the annotated type `kind` (the model's annotation text)."""
    return _decoder(kind)(value)


# A decoder per annotation text, made once: the ~5,000 values of a checklist
# were each decoded by parsing their annotation's text again (~4 ms of a load).
_DECODERS: dict[str, Callable[[Any], Any]] = {}


def _decoder(kind: str) -> Callable[[Any], Any]:
    found = _DECODERS.get(kind)
    if found is None:
        found = _DECODERS[kind] = _make_decoder(kind.strip())
    return found


def _make_decoder(kind: str) -> Callable[[Any], Any]:
    if kind.endswith("| None"):
        inner = kind[: -len("| None")]  # (its decoder made when a value needs it, as before)
        return lambda value: None if value is None else _decoder(inner)(value)
    if kind.startswith("tuple[") and kind.endswith(", ...]"):
        element = _decoder(kind[6:-6])

        def as_tuple(value: Any) -> Any:
            _check(isinstance(value, list))
            return tuple(element(v) for v in value)

        return as_tuple
    if kind.startswith("Mapping[str, ") and kind.endswith("]"):
        entry = _decoder(kind[13:-1])

        def as_mapping(value: Any) -> Any:
            _check(isinstance(value, dict) and value.get("@") == "map"
                   and isinstance(value.get("items"), list))
            out: dict[str, Any] = {}
            for pair in value["items"]:
                _check(isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str))
                out[pair[0]] = entry(pair[1])
            return MappingProxyType(out)

        return as_mapping
    if kind == "str":
        def as_str(value: Any) -> Any:
            _check(isinstance(value, str))
            return value

        return as_str
    if kind == "int":
        def as_int(value: Any) -> Any:
            _check(isinstance(value, int) and not isinstance(value, bool))
            return value

        return as_int
    if kind == "float":
        def as_float(value: Any) -> Any:
            _check(isinstance(value, int | float) and not isinstance(value, bool))
            return float(value)

        return as_float
    if kind == "bool":
        def as_bool(value: Any) -> Any:
            _check(isinstance(value, bool))
            return value

        return as_bool
    _check(kind in _CLASSES)
    return lambda value: _decode_object(kind, value)


def _patterns(value: Any, count: int) -> tuple[re.Pattern[str], ...]:
    _check(isinstance(value, list) and len(value) == count)
    out = []
    for entry in value:
        _check(isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)
               and isinstance(entry[1], int) and not isinstance(entry[1], bool))
        out.append(LazyPattern(entry[0], entry[1]))
    return cast(tuple[re.Pattern[str], ...], tuple(out))


_SPECS: dict[str, tuple[tuple[tuple[str, str], ...], frozenset[str]]] = {}


def _spec(name: str) -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    """A class's stored fields with their annotation text, and the keys an entry has."""
    found = _SPECS.get(name)
    if found is None:
        skip = _DERIVED.get(name, ())
        stored = tuple((f.name, str(f.type)) for f in fields(_CLASSES[name]) if f.name not in skip)
        keys = {"@", *(n for n, _ in stored)} | ({"patterns"} if name == "Terms" else set())
        found = _SPECS[name] = (stored, frozenset(keys))
    return found


def _decode_object(name: str, value: Any) -> Any:
    _check(isinstance(value, dict) and value.get("@") == name)
    stored, keys = _spec(name)
    _check(value.keys() == keys)
    kwargs = {field: _decoder(kind)(value[field]) for field, kind in stored}
    if name == "Terms":
        pats = value["patterns"]
        _check(isinstance(pats, list) and len(pats) == 2)
        kwargs["compiled_en"] = _patterns(pats[0], len(kwargs["en"]))
        kwargs["compiled_zh"] = _patterns(pats[1], len(kwargs["zh"]))
    return _CLASSES[name](**kwargs)


def _decode(data: Any, literals: bytes, path: str) -> Checklist:
    _check(isinstance(data, dict) and set(data) == {"checklist"})
    checklist = _decode_object("Checklist", data["checklist"])
    KNOWN_REQUIREMENTS.add_encoded(literals)  # only from an entry that decoded whole
    return Checklist(
        id=checklist.id, version=checklist.version, title=checklist.title,
        sections=checklist.sections, vague=checklist.vague, path=path,
        scorecards=checklist.scorecards,
    )


def _literals(checklist: Checklist) -> dict[str, list[list[str]] | None]:
    """Each pattern's literal requirements, as the analysis's prefilter finds them."""
    from reviewer.checklist.literals import checklist_terms, mandatory_requirements

    out: dict[str, list[list[str]] | None] = {}
    for terms in checklist_terms(checklist):
        for p in terms.patterns():
            if p.pattern not in out:
                found = mandatory_requirements(p.pattern)
                out[p.pattern] = None if found is None else [sorted(r) for r in found]
    return out


class _Requirements:
    """pattern text -> its literal requirements, the most selective first (None:
    it has none; see `literals.mandatory_requirements`), from cache entries read.

    Each entry is decoded when the prefilter first asks for it (only a review
    does; decoding all ~2,300 at load cost ~5 ms of every checklist load), and
    a cache entry's are even parsed from their JSON only then (a third of the
    file: ~6 ms of a load that only needs the checklist). An entry of the wrong
    shape, or a part that is not a JSON object, counts as absent: the prefilter
    then works the requirements out from the pattern itself, with the same result.
    """

    def __init__(self) -> None:
        self._raw: dict[str, Any] = {}
        self._encoded: list[bytes] = []  # JSON objects added, not parsed yet (in order, before `_raw`'s later adds)
        self.decoded: dict[str, tuple[frozenset[str], ...] | None] = {}
        self.pending = False  # entries were added since `_decode_all` last ran

    @property
    def raw(self) -> dict[str, Any]:
        """pattern -> its entry as stored, every part added so far parsed."""
        while self._encoded:
            with contextlib.suppress(ValueError):
                parsed = json.loads(self._encoded.pop(0))
                if isinstance(parsed, dict):
                    self._raw.update(parsed)
        return self._raw

    def add(self, raw: dict[str, Any]) -> None:
        self.raw.update(raw)
        self.pending = True

    def add_encoded(self, data: bytes) -> None:
        """Entries as one JSON object, parsed when first needed."""
        self._encoded.append(data)
        self.pending = True

    def clear(self) -> None:
        self._raw.clear()
        self._encoded.clear()
        self.decoded.clear()
        self.pending = False

    def __iter__(self) -> Iterator[str]:
        """The patterns with a well-formed entry."""
        return iter([p for p in list(self.raw) if p in self])

    def values(self) -> list[tuple[frozenset[str], ...] | None]:
        return [self.decoded[p] for p in self]

    _ABSENT: Any = object()

    def get(self, pattern: str, default: Any = None) -> Any:
        """``self[pattern]`` when known (None included: no requirement), else `default`; one look-up
        for the prefilter, which asks for every pattern of the checklist once."""
        found = self.decoded.get(pattern, self._ABSENT)
        if found is self._ABSENT:
            if self.pending:
                self._decode_all()
                found = self.decoded.get(pattern, self._ABSENT)
                if found is not self._ABSENT:
                    return found
            return self.decoded[pattern] if pattern in self else default
        return found

    def _decode_all(self) -> None:
        """Decode every entry not decoded yet at once, when all are well-formed.

        The prefilter asks for every pattern of a loaded checklist, so a review
        decodes them all anyway: checked here by a few passes over all of them
        in C (~2,100 entries, ~4,700 requirement sets) instead of nested
        generators per entry (~3 ms of every review). Any entry of another
        shape leaves them all to `__contains__`, one by one, as before.
        """
        self.pending = False
        raw = self.raw
        patterns = [p for p in raw if p not in self.decoded]
        values = [raw[p] for p in patterns]
        entries = [v for v in values if v is not None]
        if not (set(map(type, entries)) <= {list} and all(entries)):
            return
        sets = list(chain.from_iterable(entries))
        if not (set(map(type, sets)) <= {list} and all(sets)):
            return
        words = list(chain.from_iterable(sets))
        if not (set(map(type, words)) <= {str} and all(words)):
            return
        self.decoded.update(zip(patterns, [None if v is None else tuple(map(frozenset, v)) for v in values],
                                strict=True))

    def __contains__(self, pattern: str) -> bool:
        if pattern in self.decoded:
            return True
        reqs = self.raw.get(pattern, False)
        if reqs is None:
            self.decoded[pattern] = None
            return True
        if isinstance(reqs, list) and reqs and all(
                isinstance(r, list) and r and all(isinstance(x, str) and x for x in r) for r in reqs):
            self.decoded[pattern] = tuple(frozenset(r) for r in reqs)
            return True
        return False

    def __getitem__(self, pattern: str) -> tuple[frozenset[str], ...] | None:
        if pattern not in self:
            raise KeyError(pattern)
        return self.decoded[pattern]


KNOWN_REQUIREMENTS = _Requirements()


# -- reading and writing ---------------------------------------------------------


def _entry(text: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{cache_key(text)}.json"


def load(text: str, path: str) -> Checklist | None:
    """The cached checklist for this exact text, or None (absent, off, or not valid)."""
    entry = _entry(text)
    if entry is None:
        return None
    try:
        raw = entry.read_bytes()
        head, _, body = raw.partition(b"\n")
        header = json.loads(head)
        _check(isinstance(header, dict) and header.get("format") == FORMAT
               and header.get("key") == entry.stem
               and header.get("sha256") == hashlib.sha256(body).hexdigest())
        model, _, literals = body.partition(b"\n")  # JSON text has no raw newline
        with _no_collection():
            return _decode(json.loads(model), literals, path)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError, _Invalid):
        return None


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """The garbage collector paused: decoding makes ~40,000 objects, none of them
    garbage, and the collections they set off (~20 of them, two of the middle
    generation) cost ~2 ms of every load. Left off if it was off (a forked child)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def store(text: str, checklist: Checklist) -> None:
    """Write the compiled form for this text; failures only cost speed next time."""
    entry = _entry(text)
    if entry is None:
        return
    try:
        body = b"\n".join(json.dumps(part, ensure_ascii=False, separators=(",", ":")).encode()
                          for part in ({"checklist": _encode(checklist)}, _literals(checklist)))
        header = json.dumps({"format": FORMAT, "key": entry.stem,
                             "sha256": hashlib.sha256(body).hexdigest()}).encode()
        write_cache_file(entry, header, body)
    except (OSError, TypeError, ValueError):
        return



_LOADED: list[weakref.ref[Checklist]] = []
_generation = 0


def remember(checklist: Checklist) -> Checklist:
    """Note a loaded checklist, so the analysis can prepare all its terms at once."""
    global _generation
    _LOADED[:] = [r for r in _LOADED if r() is not None][-7:]
    _LOADED.append(weakref.ref(checklist))
    _generation += 1
    return checklist


def loaded_checklists(since: int) -> tuple[int, list[Checklist]]:
    """(generation, the checklists loaded and still in use) when it moved past `since`."""
    if since == _generation:
        return since, []
    return _generation, [c for r in _LOADED if (c := r()) is not None]


def cached(text: str, path: str, build: Callable[[], Checklist]) -> Checklist:
    """The checklist for `text`: from the cache, else `build()` and remember it."""
    found = load(text, path)
    if found is not None:
        return remember(found)
    checklist = build()
    store(text, checklist)
    return remember(checklist)
