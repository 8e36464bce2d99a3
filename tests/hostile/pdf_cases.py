"""Hostile PDF contracts of issue 13, written from PDF operators (never downloaded).

``CASES`` maps a case name to ``fn(path, small)`` that writes the file.
Each case is fed to ``reviewer review FILE`` and to ``reviewer review FILE
--annotated OUT`` (the highlighted copy) by `tests/hostile/make_corpus.py`.
``small`` writes reduced bombs (seconds instead of a minute) that still
exceed the default limits of `reviewer/ingest/pdf_guard.py`.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from tests.fixtures.raw_pdf import RawFont, RawPage, assemble, raw_pdf_bytes, text_lines, write_raw_pdf

MB = 1024 * 1024
CLAUSES = [
    "1. Support",
    "The Supplier shall respond to every ticket within four hours of its creation.",
    "Priority 1 incidents are handled around the clock by the on-call engineer.",
    "2. Liability",
    "The Supplier's total liability is limited to the fees paid in the last twelve months.",
    "3. Termination",
    "Either party may terminate this Agreement on ninety days' written notice.",
]


def _zeros(total: int) -> Iterator[bytes]:
    block = b"\x00" * MB
    for _ in range(total // MB):
        yield block


def _deflate(pieces: Iterator[bytes]) -> Iterator[bytes]:
    comp = zlib.compressobj(9)
    for piece in pieces:
        out = comp.compress(piece)
        if out:
            yield out
    yield comp.flush()


def flate_bomb(decoded: int, layers: int = 1) -> bytes:
    """Zeros of ``decoded`` bytes, deflated ``layers`` times (never all in memory)."""
    stream: Iterator[bytes] = _zeros(decoded)
    for _ in range(layers):
        stream = _deflate(stream)
    return b"".join(stream)


def _stream_obj(data: bytes, extra: bytes = b"", layers: int = 0) -> bytes:
    filters = b" ".join([b"/FlateDecode"] * layers)
    filt = b" /Filter [%s]" % filters if layers else b""
    return (b"<< /Length %d%s%s >>\nstream\n" % (len(data), filt, extra) + data
            + b"\nendstream")


def _page(mediabox: bytes = b"[0 0 595 842]", resources: bytes = b"<< /Font << /F1 3 0 R >> >>",
          content: bytes | None = None, content_dict: bytes | None = None,
          extra: Sequence[bytes] = (), page_extra: bytes = b"",
          catalog_extra: bytes = b"") -> bytes:
    """Objects 1 catalog, 2 pages, 3 font, 4 content, 5 page, then ``extra`` (6...)."""
    body = content if content is not None else text_lines(CLAUSES)
    stream = content_dict or _stream_obj(body)
    return assemble([
        b"<< /Type /Catalog /Pages 2 0 R %s >>" % catalog_extra,
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        RawFont().dictionary,
        stream,
        b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Resources %s /Contents 4 0 R %s >>"
        % (mediabox, resources, page_extra),
        *extra,
    ])


def _bomb_size(small: bool) -> int:
    return 300 * MB if small else 2048 * MB


def content_bomb(path: Path, small: bool) -> None:
    comp = zlib.compressobj(9)
    parts = [comp.compress(text_lines(CLAUSES) + b"\n%")]
    for block in _zeros(_bomb_size(small)):
        parts.append(comp.compress(block))
    parts.append(comp.flush())
    path.write_bytes(_page(content_dict=_stream_obj(b"".join(parts), layers=1)))


def font_bomb(path: Path, small: bool) -> None:
    font = (b"<< /Type /Font /Subtype /TrueType /BaseFont /Evil /FirstChar 32 /LastChar 126 "
            b"/FontDescriptor 6 0 R >>")
    descriptor = (b"<< /Type /FontDescriptor /FontName /Evil /Flags 32 /FontBBox [0 0 1000 1000] "
                  b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 "
                  b"/FontFile2 7 0 R >>")
    data = _page(extra=[descriptor, _stream_obj(flate_bomb(_bomb_size(small)), layers=1)])
    path.write_bytes(data.replace(RawFont().dictionary, font, 1))


def tounicode_bomb(path: Path, small: bool) -> None:
    font = RawFont(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 4 0 R >>")
    write_raw_pdf(path, [RawPage(text_lines(CLAUSES))], font,
                  extra_objects=[_stream_obj(flate_bomb(_bomb_size(small)), layers=1)])


def double_bomb(path: Path, small: bool) -> None:
    size = 512 * MB if small else 4096 * MB
    write_raw_pdf(path, [RawPage(text_lines(CLAUSES))],
                  extra_objects=[_stream_obj(flate_bomb(size, layers=2), layers=2)])


def length_1e11(path: Path, small: bool) -> None:
    body = text_lines(CLAUSES)
    path.write_bytes(_page(content_dict=b"<< /Length 100000000000 >>\nstream\n" + body
                           + b"\nendstream"))


def mediabox_three(path: Path, small: bool) -> None:
    path.write_bytes(_page(mediabox=b"[0 0 595]"))


def mediabox_garbage(path: Path, small: bool) -> None:
    path.write_bytes(_page(mediabox=b"[0 (a) /b << >> 842]"))


def resources_self(path: Path, small: bool) -> None:
    """/Resources is object 6, which names itself and a form that draws itself."""
    content = text_lines(CLAUSES) + b"\n/X Do"
    resources = b"<< /Font << /F1 3 0 R >> /Self 6 0 R /XObject << /X 7 0 R >> >>"
    form = _stream_obj(b"q /X Do Q", b" /Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                       b"/Resources 6 0 R")
    path.write_bytes(_page(resources=b"6 0 R", content=content, extra=[resources, form]))


def xobject_fanout(path: Path, small: bool, levels: int = 9, width: int = 10) -> None:
    """Form k draws form k-1 ``width`` times: ``width ** levels`` text draws from 2 KB.

    One PDFium call (the page's text) that never returns: 10^5 draws take 5 s
    and 570 MB, 10^9 would take days. Only a child process can stop it.
    """
    xobjects = b" ".join(b"/X%d %d 0 R" % (k, 7 + k) for k in range(levels + 1))
    resources = b"<< /Font << /F1 3 0 R >> /XObject << %s >> >>" % xobjects
    forms = [_stream_obj(text_lines(["Schedule."]) if k == 0 else
                         b" ".join([b"q /X%d Do Q" % (k - 1)] * width),
                         b" /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources 6 0 R")
             for k in range(levels + 1)]
    content = text_lines(CLAUSES) + b"\n/X%d Do" % levels
    path.write_bytes(_page(resources=b"6 0 R", content=content, extra=[resources, *forms]))


def wide_page(path: Path, small: bool) -> None:
    write_raw_pdf(path, [RawPage(text_lines(CLAUSES * 4), width=2e9, height=842)])


def many_lines(path: Path, small: bool) -> None:
    lines = [f"Line {i} of the schedule of rates." for i in range(20_000)]
    write_raw_pdf(path, [RawPage(text_lines(lines, y=14_000, size=0.5, leading=0.7),
                                 height=14_100)])


def ruling_grid(path: Path, small: bool) -> None:
    """80 x 116 cells drawn segment by segment: 9,360 horizontal and 9,280 vertical."""
    cols, rows = 80, 116
    ops = [b"0.2 w"]
    for r in range(rows + 1):
        y = 800 - r * 6
        ops += [b"%d %d m %d %d l S" % (20 + c * 7, y, 27 + c * 7, y) for c in range(cols)]
    for c in range(cols + 1):
        x = 20 + c * 7
        ops += [b"%d %d m %d %d l S" % (x, 800 - r * 6, x, 794 - r * 6) for r in range(rows)]
    content = b"\n".join(ops) + b"\n" + text_lines(CLAUSES, y=60 + 12 * len(CLAUSES))
    write_raw_pdf(path, [RawPage(content)])


def _cmap_font(body: bytes) -> tuple[RawFont, bytes]:
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /C def "
            b"/CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange " + body
            + b" endcmap CMapName currentdict /CMap defineresource pop end end")
    font = RawFont(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding /ToUnicode 4 0 R >>")
    return font, _stream_obj(cmap)


def _mapped(body: bytes, lines: Sequence[str]) -> Callable[[Path, bool], None]:
    def make(path: Path, small: bool) -> None:
        font, cmap = _cmap_font(body)
        write_raw_pdf(path, [RawPage(text_lines(lines))], font, extra_objects=[cmap])
    return make


def padded_after_eof(path: Path, small: bool) -> None:
    write_raw_pdf(path, [RawPage(text_lines(CLAUSES))], tail=b"\x00" * (4 * MB))


def sparse_8gb(path: Path, small: bool) -> None:
    with path.open("wb") as fh:
        fh.write(raw_pdf_bytes([RawPage(text_lines(CLAUSES))]))
        fh.seek(8 * 1024 * MB - 1)
        fh.write(b"\x00")


def encrypted(path: Path, small: bool) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = path.with_suffix(".plain.pdf")
    write_raw_pdf(plain, [RawPage(text_lines(CLAUSES))])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="the-right-one", owner_password="owner",
                   algorithm="RC4-128")
    with path.open("wb") as fh:
        writer.write(fh)
    plain.unlink()


def truncated(path: Path, small: bool) -> None:
    data = raw_pdf_bytes([RawPage(text_lines(CLAUSES * 5), compress=True)] * 3)
    path.write_bytes(data[: len(data) * 2 // 3])


def active_content(path: Path, small: bool) -> None:
    """/OpenAction JavaScript, a /Launch and a /URI link, document JavaScript and
    an embedded file: all must be gone from (and named by) the highlighted copy."""
    js = b"<< /S /JavaScript /JS (app.alert\\('hello'\\);) >>"
    annots = (b"[<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /A << /S /Launch "
              b"/F (calc.exe) >> >> << /Type /Annot /Subtype /Link /Rect [72 680 300 700] "
              b"/A << /S /URI /URI (http://example.invalid/track) >> >>]")
    names = (b"/Names << /JavaScript << /Names [(a) 6 0 R] >> /EmbeddedFiles << /Names "
             b"[(payload.exe) 7 0 R] >> >> /OpenAction 6 0 R /AA << /WC 6 0 R >>")
    embedded = (b"<< /Type /Filespec /F (payload.exe) /EF << /F 8 0 R >> >>")
    path.write_bytes(_page(page_extra=b"/Annots " + annots, catalog_extra=names,
                           extra=[js, embedded, _stream_obj(b"MZ not really a program",
                                                            b" /Type /EmbeddedFile")]))


CASES: dict[str, Callable[[Path, bool], None]] = {
    "flate-bomb-content": content_bomb,
    "flate-bomb-font": font_bomb,
    "flate-bomb-tounicode": tounicode_bomb,
    "flate-bomb-double": double_bomb,
    "stream-length-1e11": length_1e11,
    "mediabox-three-numbers": mediabox_three,
    "mediabox-garbage": mediabox_garbage,
    "resources-self-reference": resources_self,
    "page-2e9-points-wide": wide_page,
    "xobject-fanout-1e9": xobject_fanout,
    "lines-20000-one-page": many_lines,
    "ruling-9280-segments": ruling_grid,
    "outside-bmp": _mapped(b"1 beginbfchar <7E> <D835DC00> endbfchar",
                           [line.replace("e", "~") for line in CLAUSES]),
    "tounicode-shifted-ascii": _mapped(b"1 beginbfrange <21> <7A> <0024> endbfrange", CLAUSES * 4),
    "tounicode-nuls": _mapped(b"1 beginbfrange <20> <7E> <0000> endbfrange", CLAUSES * 4),
    "nul-padding-after-eof": padded_after_eof,
    "sparse-8gb": sparse_8gb,
    "encrypted-wrong-password": encrypted,
    "truncated": truncated,
    "active-content": active_content,
}
