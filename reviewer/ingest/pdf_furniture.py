"""Running headers, footers, page numbers and contents entries: dropped.

Only lines in the top or bottom margin band of a page are candidates. A
candidate goes when it reads like a page number ("Page 3 of 12", "- 3 -",
"3/12", "第 3 页 共 12 页") or when the same text (digits ignored) sits in the
same band on at least half of the pages (a vendor name, "Confidential"),
on at least three when it reads as a sentence (two pages may share a
sentence in the band by chance), and
does not start with a clause number (a numbered clause is content even when
its wording repeats). Table-of-contents lines ("5. Response Times ..... 7")
go wherever they are: they repeat headings that the body has anyway.
"""

from __future__ import annotations

import re
from collections import Counter

from reviewer.ingest.pdf_geometry import margin_band
from reviewer.ingest.pdf_layout import PageItem
from reviewer.ingest.pdf_lines import Line, ends_sentence, starts_numbered

_SURE = 3  # pages a line must repeat on to go even when it reads as a sentence

_PAGE_NUMBER = re.compile(
    r"^(?:"
    r"(?:page|p\.|pg\.?)\s*\d+(?:\s*(?:of|/)\s*\d+)?"
    r"|[-–—]\s*\d+\s*[-–—]"
    r"|\d+(?:\s*/\s*\d+)?"
    r"|\d+\s+of\s+\d+"
    r"|[ivxlc]{1,6}"
    r"|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?"
    r"|共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页"
    r"|\d+\s*页"
    r")$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


# A table-of-contents entry: dot leaders (or an ellipsis run) then a page number.
_TOC_ENTRY = re.compile(r"(?:[.·…]\s?){4,}\s*(?:\d+|[ivxlc]+)$", re.IGNORECASE)


def is_toc_entry(text: str) -> bool:
    # The pattern needs four leader characters: a line with fewer (nearly every
    # line) is told by three counts, not by the regex at each of its positions.
    if text.count(".") + text.count("·") + text.count("…") < 4:
        return False
    return bool(_TOC_ENTRY.search(text.strip()))


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def _band(line: Line, height: float) -> str | None:
    return margin_band(line.top, line.bottom, height)


def _key(text: str) -> str:
    return _SPACE.sub(" ", _DIGITS.sub("#", text.lower())).strip()


def _running(text: str, count: int, repeated: int) -> bool:
    """Whether a line found ``count`` times in one band is a running header or
    footer. A numbered clause is content even when its wording repeats. Seen
    on only two pages, it must also not read as a sentence: in a two-page
    document a sentence may sit in the top band of both pages by chance."""
    if count < repeated or starts_numbered(text):
        return False
    return count >= _SURE or not (ends_sentence(text) and len(text.split()) >= 4)


def remove_furniture(pages: list[list[PageItem]],
                     heights: list[float]) -> list[list[PageItem]]:
    """The pages without their running headers, footers and page numbers."""
    counts: Counter[tuple[str, str]] = Counter()
    for items, height in zip(pages, heights, strict=True):
        seen = set()
        for item in items:
            if isinstance(item, Line) and (band := _band(item, height)):
                seen.add((band, _key(item.text)))
        counts.update(seen)
    repeated = max(2, (len(pages) + 1) // 2)
    out = []
    for items, height in zip(pages, heights, strict=True):
        kept: list[PageItem] = []
        for item in items:
            if isinstance(item, Line) and is_toc_entry(item.text):
                continue  # it repeats a heading and would be read as a duplicate clause
            if isinstance(item, Line) and (band := _band(item, height)) and (
                    is_page_number(item.text) or _running(
                        item.text, counts[(band, _key(item.text))], repeated)):
                continue
            kept.append(item)
        out.append(kept)
    return out
