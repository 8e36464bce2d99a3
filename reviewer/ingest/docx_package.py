"""Opening a .docx package safely: zip checks, part reading, hardened XML.

A .docx is a zip of XML parts. Contracts come from outside, so the package is
checked from the zip's central directory *before* anything is inflated (a zip
bomb declares its sizes there), every part is read with a hard size cap, and
XML is parsed without DTDs, network access or entity expansion.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from urllib.parse import unquote

from lxml import etree  # type: ignore[import-untyped]  # no stubs installed

from reviewer import limits
from reviewer.errors import InputError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# ISO 29500 "Strict" documents use other namespace URIs for the same vocabulary.
_STRICT_W_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOC_TYPES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
)

# Encrypted .docx and legacy .doc files are OLE compound files, not zips.
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
# Sizes and ratio: `reviewer.limits` (DOCX_PART_BYTES, ZIP_TOTAL_BYTES, ZIP_RATIO,
# ZIP_MEMBERS), each overridable by an environment variable for a genuine giant.
_LARGE_MEMBER = 10 * 1024 * 1024  # below this a high ratio is harmless

_DAMAGED = (
    "The file {name} is damaged or is not a Word document. "
    "Open it in Word and save it again as .docx, then try again."
)


class DocxDamaged(InputError):
    """The file is not a readable .docx (not a zip, truncated, no document part)."""


class DocxTooLarge(InputError):
    """The package declares parts too large to read safely (a zip bomb or worse)."""


def _parser() -> etree.XMLParser:
    # Word never writes a DTD; refusing to load or expand one closes the
    # entity-expansion and external-entity attacks.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_comments=True, remove_pis=True,
    )


class DocxPackage:
    """The parts of one .docx needed for reading text, loaded on demand."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self.macros = False  # set by _check_sizes: VBA or ActiveX parts are present
        if not self.path.exists():
            raise InputError(f"The file {self.path} does not exist. Check the path and try again.")
        if self.path.is_dir():
            raise InputError(f"{self.path} is a folder, not a file. Choose a .docx file.")
        if not self.path.is_file():
            raise InputError(f"{self.path} is not a regular file (a pipe or a device). "
                             "Choose a .docx file.")
        limits.check_file_size(self.path, limits.CONTRACT_BYTES, f"The file {self.name}",
                               error=DocxTooLarge)
        if _starts_with(self.path, _OLE_MAGIC):
            raise DocxDamaged(
                f"The file {self.name} is password-protected or is an old Word (.doc) "
                "file. Open it in Word, remove the password if there is one "
                "(File > Info > Protect Document), and save it as .docx."
            )
        try:
            # Opened read-only; nothing in the package is ever written.
            self._zip = zipfile.ZipFile(self.path, "r")
        except PermissionError as exc:
            raise InputError(
                f"The file {self.name} cannot be opened: permission denied. "
                "Check that you may read it, or copy it to your documents folder."
            ) from exc
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
            raise DocxDamaged(
                _DAMAGED.format(name=self.name)
                + " (If it is an old .doc file or password-protected, save it in Word "
                "as an unprotected .docx.)"
            ) from exc
        self._check_sizes()
        self.main_part = self._find_main_part()

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> DocxPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_sizes(self) -> None:
        infos = self._zip.infolist()
        subject = f"The file {self.name}"
        advice = ("It is not a normal Word document and was not opened for safety. Ask the "
                  "sender for a normal .docx or a PDF.")
        limits.ZIP_MEMBERS.check(len(infos), subject, advice=advice, error=DocxTooLarge)
        total = 0
        for info in infos:
            total += info.file_size
            part = f"{subject} (part {info.filename})"
            limits.DOCX_PART_BYTES.check(info.file_size, part, advice=advice, error=DocxTooLarge)
            if info.file_size > _LARGE_MEMBER:
                limits.ZIP_RATIO.check(info.file_size // max(info.compress_size, 1), part,
                                       advice=advice, error=DocxTooLarge)
        limits.ZIP_TOTAL_BYTES.check(total, subject, advice=advice, error=DocxTooLarge)
        self.macros = any(_is_active_part(i.filename) for i in infos)

    def has(self, name: str) -> bool:
        try:
            self._zip.getinfo(name)
        except KeyError:
            return False
        return True

    def read(self, name: str) -> bytes:
        """The bytes of one part, never more than the size cap."""
        cap = limits.DOCX_PART_BYTES.value
        try:
            with self._zip.open(name) as fh:
                data = fh.read(cap + 1)
        except KeyError:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
            # zlib.error is an Exception subclass raised for corrupt deflate data.
            raise DocxDamaged(_DAMAGED.format(name=self.name)) from exc
        except Exception as exc:
            if type(exc).__module__ == "zlib":
                raise DocxDamaged(_DAMAGED.format(name=self.name)) from exc
            raise
        if len(data) > cap:
            raise DocxTooLarge(limits.DOCX_PART_BYTES.message(
                f"The file {self.name} (part {name})",
                advice="Ask the sender for a normal .docx or a PDF."))
        return data

    def xml(self, name: str) -> etree._Element | None:
        """Parse a part, or None when the package does not have it."""
        if not self.has(name):
            return None
        data = self.read(name)
        try:
            root = etree.fromstring(data, _parser())
        except etree.XMLSyntaxError as exc:
            raise DocxDamaged(_DAMAGED.format(name=self.name)) from exc
        if root is None:
            raise DocxDamaged(_DAMAGED.format(name=self.name))
        if root.getroottree().docinfo.internalDTD is not None:
            raise DocxDamaged(_DAMAGED.format(name=self.name))
        return _to_transitional(root)

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id -> (type, target part name) for one part."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        root = self.xml(rels_name)
        out: dict[str, tuple[str, str]] = {}
        if root is None:
            return out
        for rel in root.iter(f"{{{_REL_NS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = unquote(rel.get("Target", ""))
            base_dir = "" if target.startswith("/") else folder
            name = posixpath.normpath(posixpath.join(base_dir, target.lstrip("/")))
            out[rel.get("Id", "")] = (rel.get("Type", ""), name)
        return out

    def _find_main_part(self) -> str:
        for rel_type, target in self._relationships("").values():
            if rel_type in _OFFICE_DOC_TYPES and self.has(target):
                return target
        if self.has("word/document.xml"):
            return "word/document.xml"
        raise DocxDamaged(
            f"The file {self.name} is a zip archive but has no Word document inside "
            "(word/document.xml is missing). Open it in Word and save it again as .docx, "
            "or ask the sender for the contract as .docx or PDF."
        )

    def related_part(self, rel_suffix: str) -> str | None:
        """The part the main document links to with a relationship type ending so."""
        for rel_type, target in self._relationships(self.main_part).values():
            if rel_type.endswith("/" + rel_suffix) and self.has(target):
                return target
        return None


def _is_active_part(name: str) -> bool:
    """Macros (VBA), ActiveX controls and their data: never read, never copied."""
    low = name.lower()
    return (low.endswith("vbaproject.bin") or low.endswith("vbadata.xml")
            or "/activex/" in low or low.startswith("activex/"))


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(magic)) == magic
    except OSError:
        return False  # the zip open below reports the problem with advice


def _to_transitional(root: etree._Element) -> etree._Element:
    """Rename Strict-namespace WordprocessingML tags and attributes in place."""
    if _STRICT_W_NS not in (root.nsmap or {}).values() and not str(root.tag).startswith(
        "{" + _STRICT_W_NS
    ):
        return root
    strict = "{" + _STRICT_W_NS + "}"
    trans = "{" + W_NS + "}"
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.startswith(strict):
            el.tag = trans + el.tag[len(strict):]
        for key in list(el.attrib):
            if key.startswith(strict):
                el.attrib[trans + key[len(strict):]] = el.attrib.pop(key)
    return root
