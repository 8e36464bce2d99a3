"""Detecting whether a text is Chinese or English."""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def detect_language(text: str) -> str:
    """Return "zh" when CJK characters outweigh Latin words, else "en".

    One Chinese character carries roughly a word's meaning, so characters are
    compared with words, not with letters.
    """
    cjk = len(_CJK.findall(text))
    words = len(_LATIN_WORD.findall(text))
    return "zh" if cjk > words else "en"
