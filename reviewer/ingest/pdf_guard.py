"""Checks on a PDF file before PDFium parses it: size and compressed streams.

PDFium decodes a page's content, font and ToUnicode streams in full, in
memory. A few kilobytes of FlateDecode (or Flate inside Flate) can expand to
gigabytes, and a sparse file of gigabytes takes minutes to be called damaged.
So, before PDFium sees the file:

- its size is checked against CONTRACT_BYTES (from `os.stat`, nothing read);
- every stream whose filters start with FlateDecode is inflated in 1 MB
  pieces that are counted and dropped, through every leading Flate layer,
  and the file is refused when one stream would decode to more than
  PDF_STREAM_BYTES or all of them together to more than PDF_DECODED_BYTES.

A file that passes but whose streams still expand unusually (one over
SUSPICIOUS_STREAM, or a compression ratio no writer produces), or whose form
XObjects draw other XObjects many times (SUSPICIOUS_FORM_DRAWS: ten forms that
each draw the next ten times are 10^10 glyphs from 2 KB, one PDFium call that
never returns), is called *suspicious*: `check_pdf` returns True. The reader
then reads it in a child process under a time and memory budget
(`ingest/budget.py`), and gives PDFium's per-page work a time budget of
PDF_SUSPICIOUS_SECONDS, checked between pages (`PageBudget`).

Streams never nest (object streams hold no streams), so a scan of the raw
bytes for ``stream`` keywords sees them all. Limits follow the project's
naming: ``REVIEWER_LIMIT_<NAME>=<number>`` in the environment raises one.
"""

from __future__ import annotations

import mmap
import os
import re
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

from reviewer.errors import InputError

MB = 1024 * 1024
ENV_PREFIX = "REVIEWER_LIMIT_"
_LIMITS = {
    "CONTRACT_BYTES": (512 * MB, "file size"),
    "PDF_STREAM_BYTES": (256 * MB, "decoded size of one compressed stream"),
    "PDF_DECODED_BYTES": (1024 * MB, "decoded size of all compressed streams"),
    "PDF_SUSPICIOUS_SECONDS": (60, "reading time of a PDF with unusually compressed streams"),
}
SUSPICIOUS_STREAM = 32 * MB  # one stream decoding to more: suspicious
SUSPICIOUS_RATIO = 200  # decoded / compressed, for streams over 4 MB decoded
# `Do` operators inside form XObjects, all forms together. A form that draws
# forms multiplies: real files nest a form or two, a fan-out bomb needs many.
SUSPICIOUS_FORM_DRAWS = 16
_PIECE = 1 << 20  # inflate at most this much at a time
_CHUNK = 1 << 16  # compressed bytes fed per step


class PdfTooLarge(InputError):
    """A PDF larger, or decoding to more, than a named safety limit allows."""


class PdfTooSlow(InputError):
    """A suspicious PDF whose pages took longer than PDF_SUSPICIOUS_SECONDS."""


class PageBudget:
    """The time budget of PDFium's page work on a suspicious file, checked between pages."""

    def __init__(self, name: str, suspicious: bool) -> None:
        self.name = name
        self.seconds = limit("PDF_SUSPICIOUS_SECONDS") if suspicious else 0
        self.deadline = time.monotonic() + self.seconds if suspicious else None

    def check(self, done: int, total: int) -> None:
        """Raise PdfTooSlow once past the deadline (``done`` of ``total`` pages read)."""
        if self.deadline is None or time.monotonic() <= self.deadline or done >= total:
            return
        raise PdfTooSlow(
            f"Reading {self.name} was stopped after {self.seconds} s, at page {done} of {total}: "
            "its compressed streams expand unusually and its pages are unusually slow to "
            "read, so it may be built to stall this program (the safety limit "
            "PDF_SUSPICIOUS_SECONDS). Ask the vendor for the file again, or print it to a new "
            "PDF from a viewer that opens it. If the file is genuine, raise the limit by "
            f"setting the environment variable {ENV_PREFIX}PDF_SUSPICIOUS_SECONDS and try "
            "again.")


def limit(name: str) -> int:
    """The limit's default, or a positive whole number from the environment."""
    raw = os.environ.get(ENV_PREFIX + name, "").strip().replace("_", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else _LIMITS[name][0]


def _refuse(name: str, subject: str, actual: int, advice: str) -> PdfTooLarge:
    shown = f"{actual / MB:.0f} MB" if actual >= MB else f"{actual} bytes"
    return PdfTooLarge(
        f"{subject} exceeds the safety limit on {_LIMITS[name][1]} ({name}): {shown}, "
        f"limit {limit(name) / MB:.0f} MB. {advice} If the file is genuine, raise the limit "
        f"by setting the environment variable {ENV_PREFIX}{name} and try again.")


_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_NAME = re.compile(rb"/([A-Za-z0-9]+)")
_DICT_WINDOW = 4096


def check_pdf(path: Path) -> bool:
    """Refuse ``path`` (a PdfTooLarge) when it breaks a size limit; else True
    when it is suspicious (its page work then gets a time budget)."""
    name = path.name
    st = os.stat(path)
    size = st.st_size
    # `ingest.budget` checks a file first to decide where to read it, then the
    # reader checks it again: the same file, unchanged, is scanned once.
    key = (str(path), size, st.st_mtime_ns, st.st_ino,
           *(limit(n) for n in ("CONTRACT_BYTES", "PDF_STREAM_BYTES", "PDF_DECODED_BYTES")))
    if _checked.get(key) is not None:
        return _checked[key]
    if size > limit("CONTRACT_BYTES"):
        raise _refuse("CONTRACT_BYTES", name, size,
                      "It is far larger than any contract; it may be damaged or not a "
                      "contract at all.")
    if size == 0:
        return False
    with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        suspicious = _check_streams(mm, name)
    _checked.clear()  # only the last file is remembered
    _checked[key] = suspicious
    return suspicious


_checked: dict[tuple[object, ...], bool] = {}


_FORM = re.compile(rb"/Subtype\s*/Form\b")


# The scans below find what the patterns ``(?<!end)stream(?:\r\n|\n|\r)`` (a stream's
# start: "stream" after a dictionary, not the end of "endstream") and the last
# ``\d+\s+\d+\s+obj\b`` (an object's header) find, by looking for their literal
# words with `find` and checking the few bytes around them: the patterns, run
# from every position of the file and of each stream's 4 kB window (much of it
# the previous stream's data: digits everywhere), cost ~10 ms of a 130-page
# contract's review before its pages are read (tests compare both ways).
_SPACE = frozenset(b" \t\n\r\f\v")  # `\s` of a bytes pattern
_DIGITS = frozenset(b"0123456789")
_WORD = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")  # `\b`'s


def _streams(mm: mmap.mmap | bytes) -> Iterator[tuple[int, int, int]]:
    """(the ``stream`` keyword's position, its data's start and end) of each stream, in
    order, the next searched from the end of the previous one's data (its ``endstream``,
    else the end of the file)."""
    pos = 0
    while (at := mm.find(b"stream", pos)) >= 0:
        pos = at + 1
        if at >= 3 and mm[at - 3: at] == b"end":
            continue
        eol = mm[at + 6: at + 8]
        if eol[:1] == b"\n":
            start = at + 7
        elif eol[:1] == b"\r":
            start = at + (8 if eol == b"\r\n" else 7)
        else:
            continue
        end = mm.find(b"endstream", start)
        end = len(mm) if end < 0 else end
        pos = max(end, start)
        yield at, start, end


def _last_object_end(window: bytes) -> int:
    """The end of the last ``\\d+\\s+\\d+\\s+obj\\b`` in ``window``, or 0 (none).

    Only digits and spaces stand before a match's ``obj``, so matches cannot hide
    one another and the last one ends at the last ``obj`` that has a word boundary
    after it and spaces, digits, spaces and a digit (each run whole) before it."""
    at = len(window)
    while (at := window.rfind(b"obj", 0, at)) >= 0:
        if at + 3 < len(window) and window[at + 3] in _WORD:
            continue
        i = at
        for allowed in (_SPACE, _DIGITS, _SPACE):
            j = i
            while j > 0 and window[j - 1] in allowed:
                j -= 1
            if j == i:
                break
            i = j
        else:
            if i > 0 and window[i - 1] in _DIGITS:
                return at + 3
    return 0


def _stream_dict(mm: mmap.mmap | bytes, start: int) -> tuple[int, bool]:
    """(how many FlateDecode filters lead the filter list, whether it is a form
    XObject) of the stream whose data begins after ``start`` (the ``stream``
    keyword's position)."""
    window = mm[max(0, start - _DICT_WINDOW): start]
    head = window[_last_object_end(window):]
    form = _FORM.search(head) is not None
    filters = _FILTER.findall(head)
    if not filters:
        return 0, form
    layers = 0
    for name in _NAME.findall(filters[-1]):
        if name not in (b"FlateDecode", b"Fl"):
            break
        layers += 1
    return layers, form


def _chunks(mm: mmap.mmap, start: int, end: int) -> Iterator[bytes]:
    for pos in range(start, end, _CHUNK):
        yield mm[pos: min(end, pos + _CHUNK)]


def _inflate(chunks: Iterator[bytes]) -> Iterator[bytes]:
    d = zlib.decompressobj()
    for chunk in chunks:
        data = chunk
        while data:
            out = d.decompress(data, _PIECE)
            if out:
                yield out
            data = d.unconsumed_tail
            if d.eof:
                return
    rest = d.flush()
    if rest:
        yield rest


def decoded_size(chunks: Iterator[bytes], layers: int, cap: int) -> int:
    """Bytes out of ``layers`` nested inflates of ``chunks``, counting stops
    once past ``cap``; a corrupt stream counts what decoded before the error."""
    return _decode(chunks, layers, cap, count_draws=False)[0]


# The `Do` operator (draw an XObject) between delimiters. A piece boundary may
# split one: the count is a heuristic for "suspicious", not a parse.
_DRAW = re.compile(rb"(?<![^\s\]>)])Do(?![^\s/\[<(%])")


def _decode(chunks: Iterator[bytes], layers: int, cap: int,
            count_draws: bool) -> tuple[int, int]:
    """(decoded bytes, `Do` operators in them if ``count_draws``) of a stream."""
    stream = chunks
    for _ in range(layers):
        stream = _inflate(stream)
    total = draws = 0
    try:
        for piece in stream:
            total += len(piece)
            if count_draws:
                draws += len(_DRAW.findall(piece))
            if total > cap:
                break
    except zlib.error:
        pass
    return total, draws


def _suspicious(decoded: int, compressed: int) -> bool:
    return decoded > SUSPICIOUS_STREAM or (
        decoded > 4 * MB and decoded > SUSPICIOUS_RATIO * max(compressed, 1))


def _check_streams(mm: mmap.mmap, name: str) -> bool:
    per_stream, overall = limit("PDF_STREAM_BYTES"), limit("PDF_DECODED_BYTES")
    total = form_draws = 0
    suspicious = False
    for at, start, end in _streams(mm):
        layers, form = _stream_dict(mm, at)
        if not layers and not form:
            continue
        size, draws = _decode(_chunks(mm, start, end), layers, per_stream, count_draws=form)
        form_draws += draws
        if not layers:
            continue
        advice = ("Its compressed content expands far beyond any real document (a "
                  "'decompression bomb'), so it was not opened. Ask the vendor for the file "
                  "again, or print it to a new PDF from a viewer that opens it.")
        if size > per_stream:
            raise _refuse("PDF_STREAM_BYTES", name, size, advice)
        total += size
        if total > overall:
            raise _refuse("PDF_DECODED_BYTES", name, total, advice)
        suspicious = suspicious or _suspicious(size, end - start)
    return suspicious or form_draws >= SUSPICIOUS_FORM_DRAWS
