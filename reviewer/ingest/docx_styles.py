"""Paragraph and character styles of a .docx: names, heading levels, bold, numbering.

Word resolves a property by walking the style's ``w:basedOn`` chain; these
helpers do the same for the few properties reading needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.styles import BabelFish
from lxml import etree  # type: ignore[import-untyped]  # no stubs installed

from reviewer.ingest.docx_package import W_NS

W = "{" + W_NS + "}"

# "heading 1" is the built-in name Word stores whatever the UI language; other
# writers (WPS, LibreOffice, old localized Word) store translated names.
_HEADING_NAME = re.compile(
    r"^(?:heading|标题|標題|überschrift|titre|título|titolo|kop|nagłówek|rubrik|"
    r"overskrift|заголовок|見出し|제목)\s*([1-9])$",
    re.IGNORECASE,
)
_TITLE_NAMES = {"title", "标题", "標題", "titel", "titre", "título", "titolo", "заголовок"}
_TOC_NAME = re.compile(r"^(?:toc|目录|目錄|inhaltsverzeichnis|table des matières)\s*[1-9]$",
                       re.IGNORECASE)
_CAPTION_NAMES = {"caption", "题注", "題注", "beschriftung", "légende"}


def w_val(el: etree._Element | None, default: str | None = None) -> str | None:
    """The w:val attribute of an element, or default."""
    if el is None:
        return default
    return el.get(W + "val", default)


def on_off(el: etree._Element | None) -> bool | None:
    """A WordprocessingML on/off property: None when absent."""
    if el is None:
        return None
    return el.get(W + "val", "true").lower() not in ("0", "false", "off", "none")


@dataclass(frozen=True)
class NumRef:
    """A w:numPr: which numbering instance and level (either may be absent)."""

    num_id: str | None
    ilvl: int | None


def num_ref(ppr: etree._Element | None) -> NumRef | None:
    if ppr is None:
        return None
    numpr = ppr.find(W + "numPr")
    if numpr is None:
        return None
    num_id = w_val(numpr.find(W + "numId"))
    lvl = w_val(numpr.find(W + "ilvl"))
    ilvl = int(lvl) if lvl is not None and lvl.lstrip("-").isdigit() else None
    return NumRef(num_id, ilvl)


class Styles:
    """Lookup over styles.xml (may be absent: then every query says 'no')."""

    def __init__(self, root: etree._Element | None) -> None:
        self._by_id: dict[str, etree._Element] = {}
        self._default_para: str | None = None
        self._default_bold = False
        self._chains: dict[str | None, list[etree._Element]] = {}
        self._style_levels: dict[str | None, int | None] = {}
        self._style_bold: dict[str | None, bool | None] = {}
        self._memo: dict[tuple[str, str | None], object] = {}
        if root is None:
            return
        for st in root.findall(W + "style"):
            sid = st.get(W + "styleId")
            if sid is None:
                continue
            self._by_id[sid] = st
            if st.get(W + "type") == "paragraph" and on_off_attr(st.get(W + "default")):
                self._default_para = sid
        rpr = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        if rpr is not None:
            self._default_bold = bool(on_off(rpr.find(W + "b")))

    def paragraph_style(self, ppr: etree._Element | None) -> str | None:
        sid = w_val(ppr.find(W + "pStyle")) if ppr is not None else None
        return sid if sid in self._by_id else self._default_para

    def chain(self, style_id: str | None) -> list[etree._Element]:
        """The style and its basedOn ancestors, nearest first (cycles cut)."""
        cached = self._chains.get(style_id)
        if cached is None:
            cached = self._chains[style_id] = self._build_chain(style_id)
        return cached

    def _build_chain(self, style_id: str | None) -> list[etree._Element]:
        out: list[etree._Element] = []
        seen: set[str] = set()
        while style_id and style_id in self._by_id and style_id not in seen:
            seen.add(style_id)
            st = self._by_id[style_id]
            out.append(st)
            style_id = w_val(st.find(W + "basedOn"))
        return out

    def name(self, style_id: str | None) -> str | None:
        """The name Word shows ("Heading 1", not the stored "heading 1")."""
        if not style_id or style_id not in self._by_id:
            return None
        stored = w_val(self._by_id[style_id].find(W + "name"), style_id) or style_id
        return str(BabelFish.internal2ui(stored))

    def heading_level(self, style_id: str | None, ppr: etree._Element | None) -> int | None:
        """1-9 for headings, None for body text.

        Direct w:outlineLvl wins; then each style up the chain by its own
        outline level or its (possibly localized) name.
        """
        if ppr is not None:
            direct = _outline(ppr)
            if direct is not None:
                return direct or None
        if style_id not in self._style_levels:
            self._style_levels[style_id] = self._style_heading_level(style_id)
        return self._style_levels[style_id]

    def _style_heading_level(self, style_id: str | None) -> int | None:
        for st in self.chain(style_id):
            lvl = _outline(st.find(W + "pPr"))
            if lvl is not None:
                return lvl or None
            name = (w_val(st.find(W + "name")) or "").strip()
            m = _HEADING_NAME.match(name)
            if m:
                return int(m.group(1))
            if name.lower() in _TITLE_NAMES:
                return 1
        return None

    def is_toc(self, style_id: str | None) -> bool:
        key = ("toc", style_id)
        if key not in self._memo:
            self._memo[key] = any(_TOC_NAME.match((w_val(st.find(W + "name")) or "").strip())
                                  for st in self.chain(style_id))
        return bool(self._memo[key])

    def is_caption(self, style_id: str | None) -> bool:
        key = ("caption", style_id)
        if key not in self._memo:
            self._memo[key] = any(
                (w_val(st.find(W + "name")) or "").strip().lower() in _CAPTION_NAMES
                for st in self.chain(style_id))
        return bool(self._memo[key])

    def num_ref(self, style_id: str | None) -> tuple[NumRef, str] | None:
        """The numbering a paragraph style carries, and the style that holds it."""
        key = ("num", style_id)
        if key not in self._memo:
            found = None
            for st in self.chain(style_id):
                ref = num_ref(st.find(W + "pPr"))
                if ref is not None:
                    found = (ref, st.get(W + "styleId", ""))
                    break
            self._memo[key] = found
        result = self._memo[key]
        return result if isinstance(result, tuple) else None

    def style_num_id(self, style_id: str) -> str | None:
        """numId of a numbering style (w:numStyleLink targets)."""
        for st in self.chain(style_id):
            ref = num_ref(st.find(W + "pPr"))
            if ref is not None and ref.num_id:
                return ref.num_id
        return None

    def bold(self, rpr: etree._Element | None, para_style: str | None) -> bool:
        """Effective bold of a run: run props, its character style, paragraph style."""
        if rpr is not None:
            direct = on_off(rpr.find(W + "b"))
            if direct is not None:
                return direct
            char_style = w_val(rpr.find(W + "rStyle"))
            if char_style is not None:
                v = self._chain_bold(char_style)
                if v is not None:
                    return v
        v = self._chain_bold(para_style)
        return self._default_bold if v is None else v

    def _chain_bold(self, style_id: str | None) -> bool | None:
        if style_id not in self._style_bold:
            found = None
            for st in self.chain(style_id):
                found = on_off(st.find(f"{W}rPr/{W}b"))
                if found is not None:
                    break
            self._style_bold[style_id] = found
        return self._style_bold[style_id]


def on_off_attr(value: str | None) -> bool:
    return value is not None and value.lower() in ("1", "true", "on")


def _outline(ppr: etree._Element | None) -> int | None:
    """outlineLvl as a heading level: 0 means 'explicitly body text', None absent."""
    if ppr is None:
        return None
    v = w_val(ppr.find(W + "outlineLvl"))
    if v is None or not v.isdigit():
        return None
    n = int(v)
    return n + 1 if n < 9 else 0
