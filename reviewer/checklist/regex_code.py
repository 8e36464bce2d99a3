"""Checklist patterns compiled once per machine, not once per process.

`re.compile` parses a pattern and generates its matcher code in pure Python:
a 4-page review compiles ~300 checklist patterns, a third of its analysis
time. The generated code is a list of integers that ``_sre.compile`` turns
into a pattern object in microseconds. This module keeps that list for every
(pattern, flags) a process compiled, in one file in the compiled-checklist
cache folder, so that later processes skip the parsing and code generation.

- **Same objects**: the code is what this very Python produced for the same
  pattern and flags (the file is keyed by the exact Python version and
  ``_sre.MAGIC``), handed to the same ``_sre.compile`` call `re.compile` ends
  with; ``_sre`` checks code it is given before use. A pattern whose entry
  is missing, malformed or refused is compiled by `re.compile` as before.
- **Safety**: plain JSON (nothing in it runs), carrying its own SHA-256;
  a truncated, foreign or tampered file is ignored. Written atomically when
  the process exits, only if it compiled new patterns, merged with the
  entries already there. ``REVIEWER_NO_CACHE=1`` turns it off with the
  checklist cache.
- Python versions without ``re._parser`` (before 3.11) just use `re.compile`.
- **Import-time patterns** (`use_for_imports`): a process that reviews
  contracts also compiles ~160 patterns of our modules' own (module-level
  constants, ~45 ms) and, for a Chinese contract, cn2an's ~530 KB of
  patterns when it is imported (~120 ms), in every process and batch worker
  (and ~17 constant patterns of standard modules imported on the way, such
  as platform: `STORED_MODULES`).
  The CLI and the batch workers therefore route `re`'s compiler through this
  store while a module is being imported, and only then: a pattern compiled
  at run time may be built from a contract's text, which must not land in a
  cache file.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import re
import sys
import threading
from pathlib import Path
from typing import Any

from reviewer.checklist.cache_files import cache_dir, write_cache_file

_sre: Any
_compiler: Any
_parser: Any
try:  # CPython's own regex compiler (3.11+); private, hence checked and keyed by version
    import _sre  # type: ignore[import-not-found,no-redef]
    from re import _compiler, _parser  # type: ignore[attr-defined,no-redef]
except ImportError:  # pragma: no cover - another Python: plain re.compile
    _sre = None

FORMAT = "contract-reviewer/regex-code-2"  # 2: one entry a line, parsed on use
MAX_ENTRIES = 20_000  # the bundled checklists have ~2,100 patterns
MAX_BYTES = 16_000_000  # ~1.3 MB today: a file that grew past this starts over

_lock = threading.RLock()  # re-entered if reading the file ever imports a module that compiles a pattern
# An entry as stored (its whole line, bytes, parsed on use) or as compiled in this process.
Entry = list[Any] | bytes
_known: dict[bytes, Entry] | None = None  # by `_stored_key`
_new: dict[str, list[Any]] = {}
_exit_hook = False
_original_compile: Any = _compiler.compile if _sre is not None else None


def _file() -> Path | None:
    folder = cache_dir()
    if folder is None or _sre is None:
        return None
    version = f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{FORMAT}".encode()
    return folder / f"regex-code-{hashlib.sha256(version).hexdigest()[:16]}.sre"


# One entry a line, `<key as JSON>\t<entry as JSON>` (JSON escapes a tab inside
# a string, so the first tab ends the key). An entry is parsed only when its
# pattern is asked for: one json.loads of the whole ~1 MB file held the GIL for
# 50-80 ms in a review worker, a stall the window felt (bench_gui.py). The keys
# are not parsed either: they are kept as the bytes `_stored_key` writes, and a
# pattern is looked up by its own key encoded the same way (parsing ~1,400 keys
# was ~5 ms of every review process; a review asks for ~350 of them).
def _read(path: Path) -> dict[bytes, Entry]:
    try:
        raw = path.read_bytes()
        # The ~1.4 MB body is hashed through a view and each entry kept as its whole
        # line, not copied again by slicing and partitioning: in a fresh process each
        # copy is new memory for the kernel to fault in (~700 pages).
        end = raw.index(b"\n")
        header = json.loads(raw[:end])
        if not (isinstance(header, dict) and header.get("format") == FORMAT
                and header.get("sha256") == hashlib.sha256(memoryview(raw)[end + 1:]).hexdigest()):
            return {}
        entries: dict[bytes, Entry] = {}
        lines = raw.split(b"\n")
        del lines[0]  # the header
        for line in lines:
            tab = line.find(b"\t")
            if tab >= 0:
                entries[line[:tab]] = line
        return entries
    except (OSError, ValueError, RecursionError):
        return {}


def _parsed(entry: Entry) -> Any:
    if not isinstance(entry, bytes):
        return entry
    try:
        return json.loads(entry[entry.index(b"\t") + 1:])
    except (ValueError, RecursionError):
        return None


def _stored_key(key: str) -> bytes:
    """A key as the file holds it: JSON, ASCII only (\\u escapes: lone surrogates too)."""
    return json.dumps(key).encode("ascii")


def _encoded(key: bytes, entry: Entry) -> bytes:
    if isinstance(entry, bytes):
        return entry  # its line as read
    return key + b"\t" + json.dumps(entry, separators=(",", ":")).encode("ascii")


def _entries() -> dict[bytes, Entry]:
    global _known
    if _known is None:
        path = _file()
        _known = _read(path) if path is not None else {}
    return _known


def _key(pattern: str, flags: int) -> str:
    return f"{flags}:{pattern}"


_INT = frozenset({int})  # (the opcodes' types, gathered in C: ~85,000 of them in a review's ~350 entries)


def _from_entry(pattern: str, entry: Any) -> re.Pattern[str] | None:
    """The pattern object from a stored entry, or None when the entry is not well-formed."""
    if not (isinstance(entry, list) and len(entry) == 4):
        return None
    flags, code, groups, groupindex = entry
    if not (type(flags) is int and type(groups) is int and isinstance(code, list) and 1 <= groups <= len(code) + 1
            and isinstance(groupindex, dict) and set(map(type, code)) <= _INT
            and all(isinstance(k, str) and type(i) is int and 0 < i < groups for k, i in groupindex.items())):
        return None
    indexgroup: list[str | None] = [None] * groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    try:
        compiled: re.Pattern[str] = _sre.compile(pattern, flags, code, groups - 1, groupindex, tuple(indexgroup))
    except (RuntimeError, TypeError, ValueError, OverflowError):  # _sre refuses code it cannot run
        return None
    return compiled


def compile_pattern(pattern: str, flags: int) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from this machine's stored code when an earlier process made it."""
    if isinstance(flags, re.RegexFlag):
        flags = flags.value  # as re.compile does
    if _sre is None or type(pattern) is not str or type(flags) is not int or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = _key(pattern, flags)
    with _lock:
        stored = _entries().get(_stored_key(key))
    if stored is not None:
        found = _from_entry(pattern, _parsed(stored))
        if found is not None:
            return found
    # What re.compile does (re._compiler.compile), keeping the code it generates.
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    # (opcodes are int subclasses: stored and checked as plain ints)
    entry = [int(flags | parsed.state.flags), list(map(int, code)), int(parsed.state.groups),
             {str(k): int(v) for k, v in parsed.state.groupdict.items()}]
    compiled = _from_entry(pattern, entry)
    if compiled is None:  # pragma: no cover - this Python's own code refused: use re as is
        return _original_compile(pattern, flags)  # (not re.compile: it may lead back here)
    with _lock:
        _new[key] = entry
        _schedule_write()
    return compiled


# Modules whose import-time patterns are stored: ours, and cn2an's (~120 ms of
# compiling when a Chinese numeral first needs it), and the standard-library
# modules a review imports after `use_for_imports` whose module-level patterns are
# constants (platform, which pypdfium2's ctypes.util brings, alone has eight;
# logging, which pypdfium2 imports, three: ~20 patterns, ~3 ms of every PDF
# review). Not every library's: proces
# (which cn2an imports) joins a set of city names into one 114 KB pattern whose
# order changes from one process to the next, which would add an entry each time.
STORED_MODULES = ("reviewer", "cn2an", "platform", "textwrap", "tokenize", "string", "locale", "dataclasses",
                  "logging")


def _stored_caller(frame: Any) -> bool:
    """True when the code asking for a pattern is in one of `STORED_MODULES` and a
    module's body runs somewhere up this stack (importlib's loading step, whatever
    the loader: a source file, a .pyc, a frozen app's archive)."""
    while frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "re":
        frame = frame.f_back  # re.compile, re.match, ...: the caller is further up
    if frame is None or frame.f_globals.get("__name__", "").partition(".")[0] not in STORED_MODULES:
        return False
    while frame is not None:
        code = frame.f_code
        if code.co_name == "_load_unlocked" and code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


def _compile_for_re(pattern: Any, flags: int = 0) -> Any:
    """`re._compiler.compile`, with this store for the patterns `_stored_caller` accepts."""
    if type(pattern) is str and type(flags) is int and not flags & re.DEBUG and _stored_caller(sys._getframe(1)):
        return compile_pattern(pattern, flags)
    return _original_compile(pattern, flags)


def use_for_imports() -> None:
    """From now on, patterns that our modules (and cn2an and the `STORED_MODULES` of the
    standard library) compile while they are imported come from the store.

    `re.compile` (and `re.match` & co.) look in re's own cache and, on a miss,
    call ``re._compiler.compile``; this puts `_compile_for_re` there. The
    pattern objects are the same (`compile_pattern`); patterns compiled
    outside an import, by other libraries, or bytes patterns go to re's own
    compiler as before.
    Nothing happens without a cache folder or on a Python without ``re._parser``.
    """
    if _sre is None or _file() is None or _compiler.compile is _compile_for_re:
        return
    if _compiler.compile is not _original_compile:  # someone else's hook: leave it alone
        return
    _compiler.compile = _compile_for_re


def stop_for_imports() -> None:
    """Undo `use_for_imports` (tests)."""
    if _sre is not None and _compiler.compile is _compile_for_re:
        _compiler.compile = _original_compile


def _schedule_write() -> None:
    global _exit_hook
    if not _exit_hook:
        _exit_hook = True
        atexit.register(save)


def save() -> None:
    """Write the patterns compiled since the last save (at exit); failures only cost speed."""
    with _lock:
        new = dict(_new)
        _new.clear()
    path = _file()
    if not new or path is None:
        return
    try:
        entries = _read(path)  # another process may have added its own since this one read
        if len(entries) + len(new) > MAX_ENTRIES:
            entries = {}
        entries.update((_stored_key(key), entry) for key, entry in new.items())
        body = b"\n".join(_encoded(key, entry) for key, entry in entries.items())
        if len(body) > MAX_BYTES:  # e.g. patterns that differ in every process: start over
            body = b"\n".join(_encoded(_stored_key(key), entry) for key, entry in new.items())
        header = json.dumps({"format": FORMAT, "sha256": hashlib.sha256(body).hexdigest()}).encode()
        write_cache_file(path, header, body)
    except (OSError, TypeError, ValueError):
        return
    with _lock:
        if _known is not None:
            _known.update((_stored_key(key), entry) for key, entry in new.items())


def forget() -> None:
    """Drop what was read and what is waiting to be written (tests switch cache folders)."""
    global _known
    with _lock:
        _known = None
        _new.clear()
