"""The two languages: what counts as Chinese, which language a text is in,
and the `Language` the outputs are written in.

`CJK_IDEOGRAPHS` is the one definition of a Chinese character outside the
analysis (which will adopt it): the unified ideographs, extension A and the
compatibility ideographs. `CJK_SYMBOLS` adds the CJK punctuation and
full-width forms, for the questions where those behave like Chinese text
(no space when joining lines, a term matched as a literal).
"""

from __future__ import annotations

import re
from enum import StrEnum

CJK_IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_SYMBOLS = "\u3000-\u303f\uff00-\uffef"

CJK_CHAR = re.compile(f"[{CJK_IDEOGRAPHS}]")
CJK_TEXT_CHAR = re.compile(f"[{CJK_IDEOGRAPHS}{CJK_SYMBOLS}]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


class Language(StrEnum):
    """An output language. A StrEnum: it compares and serialises as "en" / "zh"."""

    EN = "en"
    ZH = "zh"

    @classmethod
    def parse(cls, value: str) -> Language:
        """The Language named by ``value``; ValueError (one message) for anything else."""
        try:
            return cls(value)
        except ValueError:
            raise ValueError(
                f"language must be one of {tuple(m.value for m in cls)}, not {value!r}"
            ) from None

    @classmethod
    def or_english(cls, value: str | None) -> Language:
        """The Language named by ``value``, English when it names none."""
        try:
            return cls(value or cls.EN)
        except ValueError:
            return cls.EN


def has_cjk(text: str) -> bool:
    """True when ``text`` holds at least one Chinese character."""
    return CJK_CHAR.search(text) is not None


def is_cjk_text(ch: str) -> bool:
    """True for a Chinese character, CJK punctuation or a full-width form."""
    return CJK_TEXT_CHAR.match(ch) is not None


def detect_language(text: str) -> Language:
    """Return Chinese when CJK characters outweigh Latin words, else English.

    One Chinese character carries roughly a word's meaning, so characters are
    compared with words, not with letters.
    """
    if text.isascii():
        # No Chinese character, so never more of them than words: English, without
        # two scans of a long text (``isascii`` is a flag of the string, not a scan).
        return Language.EN
    cjk = len(CJK_CHAR.findall(text))
    words = len(_LATIN_WORD.findall(text))
    return Language.ZH if cjk > words else Language.EN
