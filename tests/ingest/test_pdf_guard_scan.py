"""The PDF guard's stream scans find what its former patterns found, without running them.

`pdf_guard` finds each stream's start and the last object header before it with
`find` and a look at the bytes around the keyword (the patterns, tried at every
position, cost ~10 ms of a 130-page review before its pages are read). Here the
patterns are the reference: every stream of every PDF under tests/ and random
windows of the bytes that matter (digits, spaces, ``obj``, ``stream``, ``end``,
line ends, letters) must give the same positions.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from reviewer.ingest import pdf_guard

TESTS = Path(__file__).resolve().parent.parent

STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
OBJ = re.compile(rb"\d+\s+\d+\s+obj\b")


def _reference_streams(data: bytes) -> list[tuple[int, int, int]]:
    out = []
    pos = 0
    while (m := STREAM.search(data, pos)) is not None:
        start = m.end()
        end = data.find(b"endstream", start)
        end = len(data) if end < 0 else end
        pos = max(end, start)
        out.append((m.start(), start, end))
    return out


def _reference_object_end(window: bytes) -> int:
    objs = list(OBJ.finditer(window))
    return objs[-1].end() if objs else 0


def test_every_stream_of_the_test_pdfs_is_found_alike() -> None:
    files = sorted(TESTS.rglob("*.pdf"))
    assert len(files) >= 100
    streams = 0
    for path in files:
        data = path.read_bytes()
        found = list(pdf_guard._streams(data))
        assert found == _reference_streams(data), path.name
        for at, _, _ in found:
            window = data[max(0, at - pdf_guard._DICT_WINDOW): at]
            assert pdf_guard._last_object_end(window) == _reference_object_end(window), path.name
        streams += len(found)
    assert streams > 1_000


def test_random_windows_give_the_same_positions() -> None:
    pieces = [b"0", b"7", b"12", b" ", b"\n", b"\r", b"\t", b"\x0c", b"obj", b"endobj", b"stream", b"end",
              b"endstream", b"\r\n", b"a", b"_", b"<<", b"/F", b"9 0 obj", b"x"]
    rng = random.Random(12)
    for _ in range(20_000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        assert pdf_guard._last_object_end(data) == _reference_object_end(data), data
        assert list(pdf_guard._streams(data)) == _reference_streams(data), data
