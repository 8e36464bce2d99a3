"""Reading the workbook a vendor returns: cell values only, within named limits.

The workbook comes from outside, so it is not handed to a general spreadsheet
library (which expands what the file declares: styles, every cell up to the
largest reference, DTD entities). This reader takes only what the import needs,
the text of each cell of each sheet, and checks before it spends memory or time:

- the file size, then each zip part's declared size, compression ratio and the
  package total, from the zip directory before anything is inflated;
- XML is parsed with no DTD, no entity expansion and no network; a part that
  declares a DTD (XXE, billion laughs) is refused;
- rows with content per sheet, shared strings, sheets; cell references must be
  inside Excel's grid (A1:XFD1048576);
- styles.xml, drawings, macros and everything else are never read, so a broken
  or hostile one does not matter.

Every failure is a `ResponseImportError` whose message says what to do.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from lxml import etree  # type: ignore[import-untyped]  # no stubs installed

from reviewer import limits
from reviewer.errors import ReviewerError

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_REL_NS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)
MAX_COLUMN = 16_384  # XFD, Excel's last column
MAX_ROW = 1_048_576
_REF = re.compile(r"([A-Z]{1,4})([0-9]{1,10})")
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


class ResponseImportError(ReviewerError):
    """A returned workbook cannot be read or belongs to another review."""


def _damaged(name: str, why: str = "") -> ResponseImportError:
    detail = f" ({why})" if why else ""
    return ResponseImportError(
        f"Cannot read {name} as an Excel workbook{detail}. Make sure it is the checklist "
        ".xlsx the vendor returned and that it is not open in another program; if it "
        "opens in Excel, save it again as Excel Workbook (.xlsx) and import that copy.")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, remove_comments=True,
                           remove_pis=True)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


@dataclass(frozen=True)
class Sheet:
    title: str
    rows: tuple[tuple[int, dict[int, str]], ...]  # (row number, {column: text}), content only


class XlsxReader:
    """The sheets of one .xlsx as plain text cells, read within `reviewer.limits`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        try:
            limits.check_file_size(path, limits.WORKBOOK_BYTES, f"The workbook {self.name}",
                                   error=ResponseImportError)
            with path.open("rb") as fh:
                head = fh.read(8)
        except OSError as exc:
            raise ResponseImportError(
                f"Cannot read {self.name}: {exc.strerror or exc}. Check that the file is not "
                "open in another program and that you may read it.") from exc
        if head == _OLE_MAGIC:
            raise ResponseImportError(
                f"{self.name} is password-protected or an old Excel (.xls) file. Open it in "
                "Excel, remove the password (File > Info > Protect Workbook) and save it as "
                "Excel Workbook (.xlsx).")
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
            raise _damaged(self.name, "it is not a zip package") from exc
        try:
            self._check_package()
        except BaseException:
            self._zip.close()
            raise

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> XlsxReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the package --------------------------------------------------------

    def _check_package(self) -> None:
        infos = self._zip.infolist()
        subject = f"The workbook {self.name}"
        limits.ZIP_MEMBERS.check(len(infos), subject, error=ResponseImportError)
        total = 0
        for info in infos:
            total += info.file_size
            part = f"{subject} (part {info.filename!r})"
            limits.XLSX_PART_BYTES.check(info.file_size, part, error=ResponseImportError,
                                         advice="This is not a normal returned checklist.")
            if info.file_size > 1024 * 1024:
                limits.ZIP_RATIO.check(info.file_size // max(info.compress_size, 1), part,
                                       error=ResponseImportError,
                                       advice="It looks like a zip bomb.")
        limits.ZIP_TOTAL_BYTES.check(total, subject, error=ResponseImportError)

    def _has(self, name: str) -> bool:
        try:
            self._zip.getinfo(name)
        except KeyError:
            return False
        return True

    def _read(self, name: str) -> bytes:
        cap = limits.XLSX_PART_BYTES.value
        try:
            with self._zip.open(name) as fh:
                data = fh.read(cap + 1)
        except KeyError as exc:
            raise _damaged(self.name, f"the part {name} is missing") from exc
        except Exception as exc:  # zlib.error, BadZipFile, EOFError, CRC errors...
            raise _damaged(self.name, f"the part {name} is corrupt") from exc
        if len(data) > cap:
            raise ResponseImportError(limits.XLSX_PART_BYTES.message(
                f"The workbook {self.name} (part {name!r})"))
        return data

    def _check_no_dtd(self, name: str, data: bytes) -> None:
        # Excel never writes a DTD; declaring one is how entity-expansion (billion
        # laughs) and external-entity (XXE) attacks work. Raw "<!" cannot appear in
        # text (it is escaped), so a plain search finds every declaration.
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            raise ResponseImportError(
                f"{self.name} contains a document type declaration in {name}, which Excel "
                "never writes (it is how entity-expansion and external-entity attacks work), "
                "so it was not read. Ask the vendor to save the checklist again from Excel.")

    def _xml(self, name: str) -> etree._Element:
        data = self._read(name)
        self._check_no_dtd(name, data)
        try:
            root = etree.fromstring(data, _parser())
        except (etree.XMLSyntaxError, ValueError) as exc:
            raise _damaged(self.name, f"{name} is not well-formed XML: {exc}") from exc
        if root is None or root.getroottree().docinfo.doctype:
            raise _damaged(self.name, f"{name} is empty or declares a DTD")
        return root

    def _iter(self, name: str, tag: str) -> Iterator[etree._Element]:
        """Elements named ``tag`` (any namespace) in document order, freed as they go."""
        data = self._read(name)
        self._check_no_dtd(name, data)
        events = etree.iterparse(io.BytesIO(data), events=("end",), resolve_entities=False,
                                 no_network=True, load_dtd=False, huge_tree=False,
                                 remove_comments=True, remove_pis=True)
        try:
            for _, el in events:
                if _local(el.tag) == tag:
                    yield el
                    el.clear()
                    parent = el.getparent()
                    if parent is not None:  # drop elements already seen
                        while el.getprevious() is not None:
                            del parent[0]
        except (etree.XMLSyntaxError, ValueError) as exc:
            raise _damaged(self.name, f"{name} is not well-formed XML: {exc}") from exc

    def _rels(self, part: str) -> dict[str, str]:
        folder, base = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        if not self._has(rels):
            return {}
        out: dict[str, str] = {}
        for rel in self._xml(rels).iter(f"{{{_REL_NS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = unquote(rel.get("Target", ""))
            joined = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            name = posixpath.normpath(joined)
            if name.startswith("../") or name == "..":
                continue  # outside the package: never followed
            out[rel.get("Id", "")] = name
        return out

    def _workbook_part(self) -> str:
        for target in self._rels("").values():
            if target.endswith(".xml") and "workbook" in target and self._has(target):
                return target
        if self._has("xl/workbook.xml"):
            return "xl/workbook.xml"
        raise _damaged(self.name, "it has no workbook part (xl/workbook.xml)")

    # -- content --------------------------------------------------------------

    def sheets(self) -> Iterator[Sheet]:
        """Each worksheet in workbook order (chartsheets and missing parts skipped)."""
        wb_part = self._workbook_part()
        rels = self._rels(wb_part)
        strings = self._shared_strings(rels)
        entries = [el for el in self._xml(wb_part).iter() if _local(el.tag) == "sheet"]
        limits.XLSX_SHEETS.check(len(entries), f"The workbook {self.name}",
                                 error=ResponseImportError)
        for i, el in enumerate(entries, start=1):
            rid = next((el.get(f"{{{ns}}}id") for ns in _DOC_REL_NS if el.get(f"{{{ns}}}id")), "")
            target = rels.get(rid or "") or f"{posixpath.dirname(wb_part)}/worksheets/sheet{i}.xml"
            if not self._has(target):
                continue
            yield Sheet(title=str(el.get("name") or f"Sheet{i}"),
                        rows=tuple(self._rows(target, strings)))

    def _shared_strings(self, rels: dict[str, str]) -> list[str]:
        part = next((t for t in rels.values() if t.endswith("sharedStrings.xml")), None)
        if part is None or not self._has(part):
            return []
        out: list[str] = []
        cap = limits.XLSX_SHARED_STRINGS
        for si in self._iter(part, "si"):
            out.append(_si_text(si))
            if len(out) > cap.value:
                raise ResponseImportError(cap.message(f"The workbook {self.name}"))
        return out

    def _rows(self, part: str, strings: list[str]) -> Iterator[tuple[int, dict[int, str]]]:
        cap = limits.XLSX_ROWS
        last_row = 0
        count = 0
        for row_el in self._iter(part, "row"):
            number = _row_number(row_el.get("r"), last_row, self.name)
            last_row = number
            cells: dict[int, str] = {}
            last_col = 0
            for c in row_el:
                if _local(c.tag) != "c":
                    continue
                col = _cell_column(c.get("r"), last_col, number, self.name)
                last_col = col
                text = _cell_text(c, strings)
                if text:
                    cells[col] = text
            if cells:
                count += 1
                if count > cap.value:
                    raise ResponseImportError(cap.message(
                        f"The workbook {self.name}", advice="A returned checklist has one row "
                        "per checklist item; ask the vendor to delete the extra rows."))
                yield number, cells


def _si_text(si: etree._Element) -> str:
    """A shared string's text: its runs, without phonetic (furigana) runs."""
    parts = []
    for t in si.iter():
        if _local(t.tag) == "t" and _local(t.getparent().tag) != "rPh" and t.text:
            parent = t.getparent()
            if parent is si or _local(parent.tag) == "r":
                parts.append(t.text)
    return "".join(parts)


def _row_number(ref: str | None, previous: int, name: str) -> int:
    if ref is None:
        number = previous + 1
    elif ref.isdigit() and len(ref) <= 7:
        number = int(ref)
    else:
        raise _damaged(name, f"a row number '{ref[:20]}' is not a number")
    if not 1 <= number <= MAX_ROW:
        raise _damaged(name, f"row {number} is outside Excel's grid of {MAX_ROW:,} rows")
    return number


def _cell_column(ref: str | None, previous: int, row: int, name: str) -> int:
    if ref is None:
        return previous + 1
    m = _REF.fullmatch(ref)
    if m is None:
        raise _damaged(name, f"the cell reference '{ref[:20]}' is not like 'B7'")
    col = 0
    for ch in m.group(1):
        col = col * 26 + (ord(ch) - 64)
    if not 1 <= col <= MAX_COLUMN or not 1 <= int(m.group(2)) <= MAX_ROW:
        raise _damaged(name, f"the cell {ref} is outside Excel's grid (A1:XFD1048576)")
    if int(m.group(2)) != row:
        raise _damaged(name, f"the cell {ref} is filed under row {row}")
    return col


def _cell_text(c: etree._Element, strings: list[str]) -> str:
    kind = c.get("t", "n")
    if kind == "inlineStr":
        is_el = next((e for e in c if _local(e.tag) == "is"), None)
        return _si_text(is_el).strip() if is_el is not None else ""
    v = next((e for e in c if _local(e.tag) == "v"), None)
    raw = (v.text or "") if v is not None else ""
    if not raw:
        return ""
    if kind == "s":
        if not raw.strip().isdigit() or int(raw) >= len(strings):
            return ""  # a reference to a string the file does not have
        return strings[int(raw)].strip()
    if kind == "n":
        return _number_text(raw.strip())
    if kind == "b":
        return "True" if raw.strip() == "1" else "False"
    return raw.strip()


def _number_text(raw: str) -> str:
    """How the import has always shown a number: 3.0 -> '3', 2.5 -> '2.5'."""
    if len(raw) > 64:
        return raw[:64]
    try:
        value = float(raw)
    except ValueError:
        return raw
    if value != value or value in (float("inf"), float("-inf")):
        return raw
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value)


__all__ = ["ResponseImportError", "Sheet", "XlsxReader"]
