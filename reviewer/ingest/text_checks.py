"""Does the text read as English or Chinese? Warnings for what would
otherwise be reviewed silently as "everything missing".

- `garbled_warning`: Latin text in which almost no word is a common English
  word, or with no spaces at all: a font whose ToUnicode map yields shifted
  letters ("Wkh Vxssolhu") or control characters. Plain ASCII garbage passes
  every "undecodable character" test, so it is judged by its words.
- `script_warning`: Korean (Hangul) or Japanese (kana) text, which the
  checklists (English and Chinese) cannot judge; Japanese would otherwise be
  taken for Chinese and Korean for English.

Both look at a sample of the text (the first 200,000 characters), so the
cost is bounded. Not PDF-specific: the DOCX reader can call them too.
"""

from __future__ import annotations

import re
import string
from collections import Counter

_SAMPLE = 200_000
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_KANA = re.compile(r"[\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_EDGE_PUNCT = "\"'()[]{}<>.,;:!?“”‘’-–—/*"
# The commonest words of English contract text: in a real English document
# they are a quarter or more of all words.
_COMMON = frozenset((
    "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "from",
    "with", "within", "without", "as", "is", "are", "be", "been", "will", "shall", "may",
    "must", "not", "no", "any", "all", "each", "this", "that", "these", "those", "such",
    "other", "its", "it", "if", "under", "than", "into", "upon", "per", "which", "who",
    "whose", "where", "when", "party", "parties", "agreement", "service", "services",
    "customer", "supplier", "provider", "vendor", "days", "hours", "business", "support",
    "time", "data", "terms", "including", "include",
))
_MIN_LATIN = 200  # letters; less than this is too little to judge
_MIN_COMMON = 0.05
_MAX_TOKEN = 25.0  # mean characters per space-separated word: no spaces at all


def _sample(text: str) -> str:
    return text[:_SAMPLE]


_LETTER_BYTES = string.ascii_letters.encode("ascii")


def _latin(sample: str) -> int:
    """How many ASCII letters: the UTF-8 bytes less those left when the letters are deleted,
    two passes in C (every byte of another character's UTF-8 is 0x80 or above, and a lone
    surrogate encodes to such bytes too), ~30x quicker than 52 `str.count` passes."""
    data = sample.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _LETTER_BYTES))


def garbled_warning(text: str) -> str | None:
    """A warning when Latin text does not read as words, else None."""
    sample = _sample(text)
    latin = _latin(sample)
    if latin < _MIN_LATIN or (not sample.isascii() and len(_CJK.findall(sample)) * 2 > latin):
        return None
    words, common_words, characters = _word_counts(sample)
    if not words:
        return None
    common = common_words / words
    mean = characters / words
    if common >= _MIN_COMMON and mean <= _MAX_TOKEN:
        return None
    return ("The text of this file does not read as English or Chinese: almost none of its "
            "words are English words. Either its fonts map characters to the wrong letters "
            "(a PDF made without a proper character map), or it is written in another "
            "language. The review would find nothing, so do not rely on it: run OCR on the "
            "file (for example `ocrmypdf --force-ocr`), or ask the vendor for a DOCX or an "
            "English or Chinese version.")


def _word_counts(sample: str) -> tuple[int, int, int]:
    """(words, common English words among them, their characters): the words are the
    space-separated tokens, lower-cased, without edge punctuation, empty ones left out.

    Lower-cased first, then stripped: the same words (no edge punctuation is the
    lower case of anything else). The tokens are counted in C first, and each distinct
    one stripped and looked up once: a contract repeats its words (~30,000 tokens in a
    sample, a few thousand distinct).
    """
    words = common = characters = 0
    for token, count in Counter(sample.lower().split()).items():
        word = token.strip(_EDGE_PUNCT)
        if word:
            words += count
            characters += count * len(word)
            if word in _COMMON:
                common += count
    return words, common, characters


def script_warning(text: str) -> str | None:
    """A warning when the text is largely Korean or Japanese, else None."""
    sample = _sample(text)
    if sample.isascii():  # no Hangul, no kana (a flag of the string, not a scan)
        return None
    hangul = len(_HANGUL.findall(sample))
    kana = len(_KANA.findall(sample))
    letters = _latin(sample) + len(_CJK.findall(sample)) + hangul + kana
    if not letters:
        return None
    if hangul >= 50 and hangul / letters > 0.1:
        language = "Korean"
    elif kana >= 50 and kana / letters > 0.1:
        language = "Japanese"
    else:
        return None
    return (f"This contract is largely in {language}. This program reviews English and "
            f"Chinese contracts only, so its findings for the {language} text are not "
            "reliable (most items will read as missing). Ask the vendor for an English or "
            "Chinese version, or review it by hand.")
