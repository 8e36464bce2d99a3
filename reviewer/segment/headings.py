"""Telling headings from sentences, and finding defined terms.

"5.2 Response Times. The Supplier shall ..." has the heading "Response
Times"; "5.2 The Supplier shall respond." has none. English headings are
short and in title case; a first sentence has lower-case verbs. Chinese
headings are short noun phrases with no sentence punctuation and no modal
verb (应, 须, 不得 ...).
"""

from __future__ import annotations

import re

from reviewer.language import has_cjk

# Words a title-case heading may keep in lower case.
_SMALL_WORDS = frozenset((
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
    "per", "the", "to", "vs", "via", "with", "without",
))
_MAX_HEADING_WORDS = 10
_MAX_ZH_HEADING = 16
# A heading and its body on one line: "Response Times. The ...", "Fees: The
# ...", "Term - This ...". The body must start like a sentence.
# A body of digits ("Availability: 99.9% per month") makes the line a
# label and its value, kept whole so "Availability: 99.9%" stays searchable.
_EN_INLINE = re.compile(r"(.{1,90}?)(?:\.|:|\s[-–—]|\s*[–—])\s+(?=[A-Z“\"‘'(\[])(.+)", re.S)
# Chinese heading and body: "服务响应 乙方应...", "服务响应：乙方...", "【服务响应】乙方..."
_ZH_BRACKET = re.compile(r"[【\[]([^】\]]{1,20})[】\]]\s*(.*)", re.S)
# Only a space sets a Chinese title off its body: "服务可用性：月度不低于99.9%"
# is a label and its value, and "……的响应时间为：紧急三十分钟" a sentence.
_ZH_INLINE = re.compile(r"([^\s，。；：,.;:]{1,16})\s+(\S.*)", re.S)
_ZH_SENTENCE_PUNCT = re.compile(r"[，。；,;！？!?、“”\"「」]")
# Modal and main verbs that make a Chinese phrase a sentence, not a title.
# 应 is a verb except in the nouns 响应/对应/供应/相应/适应/反应.
_ZH_VERBS = re.compile(
    r"(?<![响对供相适反])应|须|不得|可以|负责|提供|保证|承诺|同意|将|是|有权|应当|视为"
)
_TERMINAL = ".;:。；：!?！？"


def _is_en_title(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= _MAX_HEADING_WORDS or len(text) > 90:
        return False
    if not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    for word in words:
        core = word.strip("()[]“”\"'‘’,&/-")
        if not core:
            continue
        if core[0].isupper() or core[0].isdigit():
            continue
        if core.lower() in _SMALL_WORDS:
            continue
        return False
    return True


def _is_zh_title(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= _MAX_ZH_HEADING
        and has_cjk(text)
        and _ZH_SENTENCE_PUNCT.search(text) is None
        and _ZH_VERBS.search(text) is None
    )


def looks_like_heading(text: str, *, bold: bool = False) -> bool:
    """Could ``text`` alone (after any number) be a title rather than a sentence?

    Bold text only needs to be short and unpunctuated; plain text must also
    read as a title (title case, or a Chinese noun phrase).
    """
    text = text.strip()
    if not text or text[-1] in ";；,，" or len(text) > 90:
        return False
    if not bold and text[-1] in ":：":
        return False  # "Channels:" introduces a list, it does not title a section
    core = text.rstrip(".:：")
    if not core:
        return False
    if has_cjk(core):
        if bold:
            return len(core) <= _MAX_ZH_HEADING and _ZH_SENTENCE_PUNCT.search(core) is None
        return _is_zh_title(core)
    if bold:
        return len(core.split()) <= _MAX_HEADING_WORDS and text[-1] not in ".!?"
    return _is_en_title(core)


def is_all_caps_title(text: str) -> bool:
    """"SERVICE LEVEL AGREEMENT": an unnumbered all-caps line reads as a heading."""
    text = text.strip()
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3 or any(not c.isupper() for c in letters):
        return False
    return len(text.split()) <= _MAX_HEADING_WORDS and text[-1] not in _TERMINAL + ",，"


def split_heading(rest: str) -> tuple[str | None, str]:
    """Split "Response Times. The Supplier ..." into (heading, body).

    Returns (None, rest) when the text opens with a sentence, not a heading.
    """
    rest = rest.strip()
    if not rest:
        return None, ""
    if has_cjk(rest[:20]):
        m = _ZH_BRACKET.match(rest)
        if m and m.group(2):
            return m.group(1).strip(), m.group(2).strip()
        m = _ZH_INLINE.match(rest)
        if m and _is_zh_title(m.group(1)) and has_cjk(m.group(2)[:1]):
            return m.group(1), m.group(2).strip()
        return None, rest
    m = _EN_INLINE.match(rest)
    if m and _is_en_title(m.group(1)) and not _ends_with_abbreviation(m.group(1)):
        return m.group(1).strip(), m.group(2).strip()
    return None, rest


# "Acme Inc. (the “Supplier”) shall ..." opens with a name, not a heading.
_ABBREVIATIONS = frozenset((
    "inc", "ltd", "llc", "llp", "corp", "co", "plc", "gmbh", "ag", "sa", "bv", "pte", "pty",
    "no", "nos", "mr", "mrs", "ms", "dr", "st", "art", "sec", "cl", "para", "u.s", "e.g", "i.e",
))


def _ends_with_abbreviation(text: str) -> bool:
    words = text.split()
    return bool(words) and words[-1].lower().rstrip(".") in _ABBREVIATIONS


def clean_heading(text: str) -> str:
    """A title as shown: without the colon or full stop that ends it, or its brackets."""
    text = text.strip()
    m = _ZH_BRACKET.fullmatch(text)
    if m and not m.group(2):
        return m.group(1).strip()
    return text.rstrip(".:：").strip() or text


_QUOTES = "“\"‘'「『"
_EN_DEFINITION = re.compile(
    r"(?:the\s+(?:term|expression)s?\s+)?[“\"‘']([^”\"’']{1,80})[”\"’']\s*"
    # further names for the same term: “Incident” or “Issue” means ...
    r"(?:(?:,|or|and)\s*[“\"‘'][^”\"’']{1,80}[”\"’']\s*)*"
    r"(?:\([^)]{0,80}\)\s*)?[,:]?\s*"
    r"(?:means|mean|shall\s+mean|has\s+the\s+meaning|shall\s+have\s+the\s+meaning"
    r"|have\s+the\s+meaning|refers?\s+to|shall\s+refer\s+to|is\s+defined\s+as"
    r"|includes|shall\s+include|(?:is|shall\s+be)\s+(?:calculated|measured)\s+as)\b",
    re.IGNORECASE,
)
_ZH_DEFINITION = re.compile(
    r"(?:本(?:协议|合同|条款|附件|服务等级协议)(?:中|项下)?(?:所称|所述|中的|所指)?的?)?"
    r"[“\"「『]([^”\"」』]{1,30})[”\"」』]"
    r"(?:\s*(?:或|或者|、|及|和)\s*[“\"「『][^”\"」』]{1,30}[”\"」』])*"
    r"(?:[（(][^）)]{0,40}[）)])?\s*[,，：:]?\s*"
    r"(?:是指|系指|指|意指|意为|即)"
)
# Unquoted terms only with the unmistakable 是指/系指, or after 本协议所称.
_ZH_UNQUOTED_DEFINITION = re.compile(
    r"本(?:协议|合同)(?:中)?所称(?:的)?([^，,“”\s]{1,20})[，,：:]?\s*(?:是指|系指|指)"
    r"|([^，,。；;：:“”\s]{2,15})[：:]?\s*(?:是指|系指)"
)


def defined_term(text: str) -> str | None:
    """The term a definition defines: "“Business Hours” means ..." -> "Business Hours"."""
    text = text.lstrip()
    # Every definition opens with a quote, "the term", or has 指 near the start:
    # most paragraphs are ruled out without running the patterns.
    if text[:1] not in _QUOTES and text[:4].lower() != "the " and "指" not in text[:40]:
        return None
    for pattern in (_EN_DEFINITION, _ZH_DEFINITION, _ZH_UNQUOTED_DEFINITION):
        m = pattern.match(text)
        if m:
            term = next((g for g in m.groups() if g), "").strip()
            if term:
                return term
    return None
