"""Hostile answer workbooks, made from a real exported checklist workbook.

Each function takes the good workbook and writes one broken or hostile copy:
the same file a vendor could send back. Used by the tests (small sizes) and by
`tests/hostile/make_corpus.py` (the full sizes of issue 13).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

SHEET = "xl/worksheets/sheet1.xml"
META = "xl/worksheets/sheet3.xml"
STRINGS = "xl/sharedStrings.xml"

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
              for i in range(1, 10))
    + "]>\n"
)


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def write_members(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def replace_part(good: Path, out: Path, name: str,
                 edit: Callable[[bytes], bytes]) -> Path:
    parts = members(good)
    parts[name] = edit(parts[name])
    return write_members(out, parts)


def _after_prolog(xml: bytes, insert: bytes) -> bytes:
    body = re.sub(rb"^<\?xml[^>]*\?>\s*", b"", xml)
    return insert + body


def xxe(good: Path, out: Path) -> Path:
    doctype = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    return replace_part(good, out, STRINGS, lambda d: _after_prolog(d, doctype).replace(
        b'preserve">', b'preserve">&xxe;', 1))


def billion_laughs(good: Path, out: Path, part: str = "xl/workbook.xml") -> Path:
    return replace_part(good, out, part, lambda d: _after_prolog(
        d, BILLION_LAUGHS.encode()).replace(b"<sheets>", b"<sheets>&lol9;", 1))


def broken_styles(good: Path, out: Path) -> Path:
    return replace_part(good, out, "xl/styles.xml", lambda d: b"<styleSheet><fonts count='x'>")


def duplicated_attributes(good: Path, out: Path) -> Path:
    return replace_part(good, out, SHEET, lambda d: d.replace(b'<c r="A1"', b'<c r="A1" r="A1"', 1))


def ref_out_of_range(good: Path, out: Path, ref: bytes = b"XFE1") -> Path:
    return replace_part(good, out, SHEET, lambda d: d.replace(b'<c r="A1"', b'<c r="' + ref + b'"', 1))


def far_row(good: Path, out: Path) -> Path:
    """A cell in the last row Excel has: legal, must stay cheap."""
    extra = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    return replace_part(good, out, SHEET, lambda d: d.replace(b"</sheetData>", extra + b"</sheetData>"))


def many_rows(good: Path, out: Path, rows: int = 1_000_000) -> Path:
    def edit(d: bytes) -> bytes:
        head, tail = d.split(b"</sheetData>", 1)
        body = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x%d</t></is></c></row>' % (
            r, r, r) for r in range(100, 100 + rows))
        # rows must stay in order: drop the dimension, keep the exported rows first
        return head + body + b"</sheetData>" + tail
    return replace_part(good, out, SHEET, edit)


def sheet_bomb(good: Path, out: Path, size: int = 2 * 1024 ** 3) -> Path:
    """A sheet part that inflates to ``size`` bytes of whitespace (deflates ~1000:1)."""
    parts = members(good)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            if name != SHEET:
                z.writestr(name, data)
                continue
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            with z.open(info, "w", force_zip64=True) as fh:
                fh.write(data[: -len(b"</worksheet>")])
                chunk = b" " * (1 << 24)
                left = size
                while left > 0:
                    n = min(left, len(chunk))
                    fh.write(chunk[:n])
                    left -= n
                fh.write(b"</worksheet>")
    return out


def huge_answer(good: Path, out: Path, chars: int = 300 * 1024 * 1024) -> Path:
    """The vendor's first answer made ``chars`` long."""
    return replace_part(good, out, STRINGS, lambda d: d.replace(
        ANSWER.encode(), b"A" * chars, 1))


def control_characters(good: Path, out: Path) -> Path:
    """Control characters an XML file may carry only escaped (OOXML's _x0007_ is literal here)."""
    return replace_part(good, out, STRINGS, lambda d: d.replace(
        ANSWER.encode(), b"bell&#9;tab _x0007_ \x7f " + ANSWER.encode(), 1))


def blanked_hash(good: Path, out: Path) -> Path:
    return replace_part(good, out, STRINGS, lambda d: re.sub(rb">[0-9a-f]{64}</t>", b"></t>", d))


def truncated(good: Path, out: Path) -> Path:
    data = good.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    return out


CASES: dict[str, Callable[[Path, Path], Path]] = {
    "xxe": xxe,
    "billion-laughs-workbook": billion_laughs,
    "billion-laughs-sheet": lambda g, o: billion_laughs(g, o, SHEET),
    "broken-styles": broken_styles,
    "duplicated-attributes": duplicated_attributes,
    "ref-out-of-range": ref_out_of_range,
    "ref-huge-row": lambda g, o: ref_out_of_range(g, o, b"A99999999"),
    "far-row": far_row,
    "million-rows": many_rows,
    "sheet-bomb-2gb": sheet_bomb,
    "answer-300mb": huge_answer,
    "blanked-hash": blanked_hash,
    "truncated": truncated,
    "control-characters": control_characters,
}


ANSWER = "ANSWER-PLACEHOLDER: 30 minutes for P1, 24x7."


def answered_workbook(folder: Path):  # -> (Review, Path)
    """A review of a real DOCX contract and the workbook a vendor returned, answered.

    Saved again by openpyxl, as a spreadsheet program would: the text is in
    xl/sharedStrings.xml, the contract record in the hidden third sheet.
    """
    from openpyxl import load_workbook

    from reviewer.export.xlsx import write_checklist_xlsx
    from tests.export import make_checklist, make_review, write_docx_contract

    review = make_review(write_docx_contract(folder / "vendor.docx", "en"))
    out = write_checklist_xlsx(review, folder / "to-vendor.xlsx", checklist=make_checklist())
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    col = [c.value for c in ws[1]].index("Vendor response") + 1
    ws.cell(row=2, column=col, value=ANSWER)
    ws.cell(row=3, column=col, value="Singapore only.")
    inline = folder / "returned-inline.xlsx"
    wb.save(inline)
    return review, to_shared_strings(inline, folder / "returned.xlsx")


_INLINE = re.compile(rb'<c ([^>]*?)t="inlineStr"([^>]*)><is><t(?: [^>]*)?>(.*?)</t></is></c>', re.S)


def to_shared_strings(src: Path, out: Path) -> Path:
    """The workbook as Excel saves it: every text in xl/sharedStrings.xml."""
    parts = members(src)
    table: list[bytes] = []

    def shared(m: re.Match[bytes]) -> bytes:
        table.append(m.group(3))
        return b'<c %st="s"%s><v>%d</v></c>' % (m.group(1), m.group(2), len(table) - 1)

    for name in [n for n in parts if n.startswith("xl/worksheets/")]:
        parts[name] = _INLINE.sub(shared, parts[name])
    parts[STRINGS] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" '
        b'uniqueCount="%d">' % (len(table), len(table))
        + b"".join(b'<si><t xml:space="preserve">%s</t></si>' % t for t in table) + b"</sst>")
    rels = "xl/_rels/workbook.xml.rels"
    parts[rels] = parts[rels].replace(b"</Relationships>", (
        b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'))
    ct = "[Content_Types].xml"
    parts[ct] = parts[ct].replace(b"</Types>", (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'))
    return write_members(out, parts)
