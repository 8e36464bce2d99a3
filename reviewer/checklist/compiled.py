"""The compiled-checklist cache: a validated checklist, ready in milliseconds.

Parsing `checklists/vendor-support.yaml` with PyYAML and compiling its ~2,100
patterns costs about two seconds, paid by every process that reviews. Once a
file has loaded without error, its model is written here as plain tuples,
dicts and strings (`marshal`) and the next process reads that instead.

- **Key**: SHA-256 of the checklist text, the reviewer version, the Python
  version and the source of the modules that validate a checklist, so a
  changed file, a new release or a changed rule never meets a stale entry.
- **Where**: ``$REVIEWER_CACHE_DIR``, else ``$XDG_CACHE_HOME/contract-reviewer``,
  else ``~/.cache/contract-reviewer``. ``REVIEWER_NO_CACHE=1`` turns it off.
- **Safety**: the file holds only tuples, dicts, strings and numbers (never
  pickle: nothing in it runs); each of its two parts (the model, the literals)
  has its SHA-256 in the header line and is unmarshalled only when it matches
  (see `load`), and decoding checks every field's type and every tuple's
  length against the model; anything unexpected (a truncated write, another
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
import marshal
import re
import sys
import weakref
from collections.abc import Callable, Iterator
from dataclasses import fields
from itertools import chain
from pathlib import Path
from types import MappingProxyType

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

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~1.5 ms of a cached checklist load)

if TYPE_CHECKING:
    from typing import Any

FORMAT = "contract-reviewer/compiled-checklist-6"  # 3: items have key_fact; 4: every literal requirement;
# 5: the literals on a line of their own, parsed when a review first asks for them;
# 6: marshal instead of JSON, the model as tuples in field order, a header line of its own
SUFFIX = ".checklist"

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


def cache_key(text: str, encoded: bytes | None = None) -> str:
    """The entry's name: `text`'s SHA-256 with the code's salt (`encoded`: its UTF-8, when known)."""
    if encoded is None:
        encoded = text.encode("utf-8", "surrogatepass")
    return hashlib.sha256(_code_salt() + encoded).hexdigest()


# -- encoding -----------------------------------------------------------------
#
# The model is stored as plain tuples in field order (a Terms as its phrases and
# its patterns' texts and flags), a Mapping as a dict, scalars as themselves,
# written with `marshal`. Both directions are driven by the model's own field
# annotations, so a new field needs no change here (and changes the key: model.py
# is one of `_SOURCES`).


class _Invalid(Exception):
    """The cached file is not one this version wrote."""


def _check(ok: bool) -> None:
    if not ok:
        raise _Invalid


_SCALARS: dict[str, type] = {"str": str, "int": int, "float": float, "bool": bool}
_SPECS: dict[str, tuple[tuple[str, str], ...]] = {}


def _spec(name: str) -> tuple[tuple[str, str], ...]:
    """A class's stored fields with their annotation text, in field order."""
    found = _SPECS.get(name)
    if found is None:
        skip = _DERIVED.get(name, ())
        found = _SPECS[name] = tuple((f.name, str(f.type)) for f in fields(_CLASSES[name])
                                     if f.name not in skip)
    return found


def _encode_as(kind: str, value: Any) -> Any:
    """`value` (of the annotated type `kind`) as plain tuples, dicts and scalars."""
    kind = kind.strip()
    if kind.endswith("| None"):
        return None if value is None else _encode_as(kind[: -len("| None")], value)
    if kind.startswith("tuple[") and kind.endswith(", ...]"):
        return tuple(_encode_as(kind[6:-6], v) for v in value)
    if kind.startswith("Mapping[str, ") and kind.endswith("]"):
        return {str(k): _encode_as(kind[13:-1], v) for k, v in value.items()}
    if kind in _SCALARS:
        accepted = (int, float) if kind == "float" else _SCALARS[kind]
        if not isinstance(value, accepted) or (kind != "bool" and isinstance(value, bool)):
            raise TypeError(f"cannot store {type(value).__name__} as {kind}")
        return _SCALARS[kind](value)  # an int in a float field is stored as the float it equals
    if kind not in _CLASSES or type(value).__name__ != kind:
        raise TypeError(f"cannot store {type(value).__name__} as {kind}")
    out = [_encode_as(k, getattr(value, n)) for n, k in _spec(kind)]
    if kind == "Terms":  # the compiled regex texts differ from the terms
        for compiled in (value.compiled_en, value.compiled_zh):
            out += [tuple(p.pattern for p in compiled), tuple(p.flags for p in compiled)]
    return tuple(out)


class _Pending:
    """Tuples whose elements are checked at the end of a decode, all in one pass
    in C (~6,000 tuples of strings, ~1,100 of flags), not one Python call each."""

    __slots__ = ("ints", "strs")

    def __init__(self) -> None:
        self.strs: list[tuple[Any, ...]] = []
        self.ints: list[tuple[Any, ...]] = []

    def check(self) -> None:
        _check(set(map(type, chain.from_iterable(self.strs))) <= {str}
               and set(map(type, chain.from_iterable(self.ints))) <= {int})


if TYPE_CHECKING:
    Decoder = Callable[[Any, _Pending], Any]
_DECODERS: dict[str, Decoder | None] = {}


def _decoder(kind: str) -> Decoder | None:
    """How to decode a value of the annotated type `kind` once its own type is checked
    (None: nothing to do, a scalar); made once per annotation text."""
    kind = kind.strip()
    if kind not in _DECODERS:
        _DECODERS[kind] = _make_decoder(kind)  # (no class of the model holds itself)
    return _DECODERS[kind]


def _make_decoder(kind: str) -> Decoder | None:
    if kind.endswith("| None"):
        inner = _decoder(kind[: -len("| None")])
        if inner is None:
            return None
        return lambda value, pending: None if value is None else inner(value, pending)
    if kind.startswith("tuple[") and kind.endswith(", ...]"):
        element = kind[6:-6].strip()
        if element == "str":
            def as_strings(value: Any, pending: _Pending) -> Any:
                pending.strs.append(value)
                return value

            return as_strings
        if element in _CLASSES:
            build = _decoder(element)
            assert build is not None
            return lambda value, pending: tuple([build(v, pending) for v in value])
        _check(False)  # no other kind of tuple in the model
    if kind.startswith("Mapping[str, ") and kind.endswith("]"):
        entry = _decoder(kind[13:-1])
        assert entry is not None

        def as_mapping(value: Any, pending: _Pending) -> Any:
            pending.strs.append(tuple(value))
            return MappingProxyType({k: entry(v, pending) for k, v in value.items()})

        return as_mapping
    if kind in _SCALARS:
        return None
    _check(kind in _CLASSES)
    return _terms_decoder() if kind == "Terms" else _class_decoder(kind)


def _stored_type(kind: str) -> tuple[type, ...]:
    """The Python types a stored value of the annotated type `kind` may have."""
    kind = kind.strip()
    if kind.endswith("| None"):
        return (*_stored_type(kind[: -len("| None")]), type(None))
    if kind.startswith("Mapping[str, "):
        return (dict,)
    if kind in _SCALARS:
        return (_SCALARS[kind],)
    return (tuple,)  # a tuple, or a class stored as one


def _class_decoder(name: str) -> Decoder:
    cls = _CLASSES[name]
    spec = _spec(name)
    names = tuple(n for n, _ in spec)
    allowed = tuple(_stored_type(k) for _, k in spec)
    usual = tuple(a[0] for a in allowed)  # each field's type when it is not None
    converts = [(i, d) for i, (_, k) in enumerate(spec) if (d := _decoder(k)) is not None]

    def build(value: Any, pending: _Pending) -> Any:
        _check(type(value) is tuple and len(value) == len(names))
        if tuple(map(type, value)) != usual:  # (exact types: a bool is no int, an int no float)
            _check(all(type(v) in a for v, a in zip(value, allowed, strict=True)))
        values = list(value)
        for i, decode in converts:
            values[i] = decode(values[i], pending)
        # Through the class's own __init__, so the objects are exactly what the parser
        # makes (inline values, no dict of their own): filling `obj.__dict__` directly
        # saved ~1 M instructions a load, but gave each object a dict, on which
        # attribute reads are ~7 % slower in a micro-benchmark.
        return cls(*values)

    return build


def _terms_decoder() -> Decoder:
    _check([n for n, _ in _spec("Terms")] == ["en", "zh"])
    # Most of an item's optional lists are empty (~340 of ~570 Terms): one shared
    # empty Terms, equal to each (a frozen value; what the analysis caches by a
    # Terms' id, `prefilter._PREPARED` and `matching`'s gate, follows from its content).
    nothing = ((),) * 6
    empty = Terms()

    def build(value: Any, pending: _Pending) -> Any:
        if value == nothing:
            return empty
        _check(type(value) is tuple and len(value) == 6)
        en, zh, en_patterns, en_flags, zh_patterns, zh_flags = value
        _check(tuple(map(type, value)) == (tuple,) * 6
               and len(en_patterns) == len(en_flags) == len(en)
               and len(zh_patterns) == len(zh_flags) == len(zh))
        pending.strs += (en, zh, en_patterns, zh_patterns)
        pending.ints += (en_flags, zh_flags)
        lazy: Any = LazyPattern  # (stands in for re.Pattern: see the class)
        return Terms(en, zh, tuple(map(lazy, en_patterns, en_flags)), tuple(map(lazy, zh_patterns, zh_flags)))

    return build


def _decode(data: Any, literals: bytes, digest: bytes, path: str) -> Checklist:
    pending = _Pending()
    build = _decoder("Checklist")
    assert build is not None
    checklist = build(data, pending)
    pending.check()
    KNOWN_REQUIREMENTS.add_encoded(literals, digest)  # only from an entry that decoded whole
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
    a cache entry's are even checked against their SHA-256 and unmarshalled only
    then (~40 % of the file, which a load that only needs the checklist never
    reads). An entry of the wrong shape, or a part whose digest differs or that
    is not a dict, counts as absent: the prefilter then works the requirements
    out from the pattern itself, with the same result.
    """

    def __init__(self) -> None:
        self._raw: dict[str, Any] = {}
        # (marshalled dict, its SHA-256 in hex) added, not parsed yet (in order, before `_raw`'s later adds)
        self._encoded: list[tuple[bytes, bytes]] = []
        self.decoded: dict[str, tuple[frozenset[str], ...] | None] = {}
        self.pending = False  # entries were added since `_decode_all` last ran

    @property
    def raw(self) -> dict[str, Any]:
        """pattern -> its entry as stored, every part added so far parsed."""
        while self._encoded:
            data, digest = self._encoded.pop(0)
            if hashlib.sha256(data).hexdigest().encode() != digest:
                continue  # unmarshalled only when intact: see `load`
            with contextlib.suppress(ValueError, EOFError, TypeError, MemoryError):
                parsed = marshal.loads(data)
                if isinstance(parsed, dict):
                    self._raw.update(parsed)
        return self._raw

    def add(self, raw: dict[str, Any]) -> None:
        self.raw.update(raw)
        self.pending = True

    def add_encoded(self, data: bytes, digest: bytes) -> None:
        """Entries as one marshalled dict and its SHA-256 (hex), parsed when first needed."""
        self._encoded.append((data, digest))
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


def _entry(text: str, encoded: bytes | None = None) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{cache_key(text, encoded)}{SUFFIX}"


def load(text: str, path: str, encoded: bytes | None = None) -> Checklist | None:
    """The cached checklist for this exact text, or None (absent, off, or not valid).

    `encoded`: the text's UTF-8 when the caller has it (a file's bytes).

    The model is unmarshalled only once its SHA-256 matches the header's: a
    truncated, torn or corrupted file never reaches `marshal`, which is not
    made to read damaged or hostile data. That is enough here: the file is in
    the user's own cache folder, named by the checklist's key, and a program
    that can write there with a matching digest can as well change the
    reviewer itself. Decoding then still checks every value's type and every
    tuple's length against the model, in bulk (`_Pending`), so a well-formed
    file of another shape is refused too.
    """
    entry = _entry(text, encoded)
    if entry is None:
        return None
    try:
        raw = entry.read_bytes()
        head, _, body = raw.partition(b"\n")
        parts = head.split(b" ")
        _check(len(parts) == 5 and parts[0] == FORMAT.encode() and parts[1] == entry.stem.encode()
               and parts[2].isdigit())
        size = int(parts[2])
        model, literals = body[:size], body[size:]
        _check(hashlib.sha256(model).hexdigest().encode() == parts[3])
        with _no_collection():
            return _decode(marshal.loads(model), literals, parts[4], path)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, IndexError, EOFError,
            RecursionError, MemoryError, _Invalid):  # (MemoryError: a tampered length)
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


def store(text: str, checklist: Checklist, encoded: bytes | None = None) -> None:
    """Write the compiled form for this text; failures only cost speed next time."""
    entry = _entry(text, encoded)
    if entry is None:
        return
    try:
        model = marshal.dumps(_encode_as("Checklist", checklist))
        literals = marshal.dumps(_literals(checklist))
        header = " ".join((FORMAT, entry.stem, str(len(model)), hashlib.sha256(model).hexdigest(),
                           hashlib.sha256(literals).hexdigest())).encode()
        write_cache_file(entry, header, model + literals)
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


def cached(text: str, path: str, build: Callable[[], Checklist], encoded: bytes | None = None) -> Checklist:
    """The checklist for `text`: from the cache, else `build()` and remember it.

    `encoded`: the text's UTF-8 when the caller has it (saves encoding it again for the key)."""
    found = load(text, path, encoded)
    if found is not None:
        return remember(found)
    checklist = build()
    store(text, checklist, encoded)
    return remember(checklist)
