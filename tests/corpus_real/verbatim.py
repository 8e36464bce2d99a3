"""The longest run of words a corpus document shares with its public sources.

Usage::

    python tests/corpus_real/verbatim.py tests/corpus_real/src/NAME.txt SOURCE.txt [SOURCE2.txt ...] [--show]

Documents in ``tests/corpus_real`` are paraphrased in our own words from
public vendor pages (README.md, "Paraphrase audit"): no run of more than 12
consecutive English words, or 25 consecutive Chinese characters, may be
shared with a source. This measures it. English is compared word by word
(letters and digits, case and apostrophes ignored); Chinese character by
character (CJK characters, letters and digits; punctuation and spaces
ignored). The document's markup lines (``%% ...``) and table-title markers are
left out; in the sources, link targets, HTML tags and URLs are.

Prints the longest run, the document lines it spans and, with ``--show``,
every run over the limit. Exit status 1 when the longest run is over the
limit. The sources are texts the writer saved (they are not in the repository:
a page's text belongs to its owner); the script needs nothing but Python.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

LIMITS = {"en": 12, "zh": 25}
_EN_TOKEN = re.compile(r"[A-Za-z0-9]+")
_ZH_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]")


@dataclass(frozen=True)
class Run:
    length: int  # words (en) or characters (zh)
    first_line: int  # document lines, 1-based
    last_line: int
    text: str


def tokens(text: str, language: str) -> list[str]:
    if language == "zh":
        return [c.lower() for c in _ZH_TOKEN.findall(text)]
    return [w.lower() for w in _EN_TOKEN.findall(text.replace("'", "").replace("\u2019", ""))]


def clean_source(text: str) -> str:
    text = re.sub(r"\]\([^)]*\)", "] ", text)  # markdown link targets
    text = re.sub(r"<[^>]+>", " ", text)  # HTML and JSX tags
    text = re.sub(r"https?://\S+", " ", text)
    for entity, char in (("&nbsp;", " "), ("&amp;", "&"), ("&apos;", "'"), ("&quot;", '"'), ("&rsquo;", "'")):
        text = text.replace(entity, char)
    return text


def language_of(document: str) -> str:
    return "zh" if re.search(r"^%% language: zh", document, re.MULTILINE) else "en"


def shared_runs(document: str, sources: list[str], language: str, at_least: int = 1) -> list[Run]:
    """Maximal runs of tokens the document shares with any source, longest first, each at
    least `at_least` long (a dynamic programme over the source positions of each token)."""
    doc_tokens: list[str] = []
    doc_lines: list[int] = []
    for number, line in enumerate(document.split("\n"), start=1):
        if line.startswith("%%"):
            continue
        found = tokens(re.sub(r"^\[table-title:\s*", "", line), language)
        doc_tokens += found
        doc_lines += [number] * len(found)
    positions: dict[str, list[int]] = {}
    offset = 0
    for source in sources:
        source_tokens = tokens(clean_source(source), language)
        for j, token in enumerate(source_tokens):
            positions.setdefault(token, []).append(offset + j)
        offset += len(source_tokens) + 1  # a gap: no run crosses from one source into the next
    ending = [0] * len(doc_tokens)  # the longest shared run ending at each document token
    previous: dict[int, int] = {}
    for i, token in enumerate(doc_tokens):
        current = {j: previous.get(j - 1, 0) + 1 for j in positions.get(token, ())}
        ending[i] = max(current.values(), default=0)
        previous = current
    sep = "" if language == "zh" else " "
    runs = [Run(r, doc_lines[i - r + 1], doc_lines[i], sep.join(doc_tokens[i - r + 1:i + 1]))
            for i, r in enumerate(ending)
            if r >= at_least and (i + 1 == len(ending) or ending[i + 1] != r + 1)]
    return sorted(runs, key=lambda run: -run.length)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("document", type=Path)
    parser.add_argument("sources", type=Path, nargs="+")
    parser.add_argument("--show", action="store_true", help="print every run over the limit")
    args = parser.parse_args(argv)
    document = args.document.read_text(encoding="utf-8")
    language = language_of(document)
    sources = [p.read_text(encoding="utf-8", errors="replace") for p in args.sources]
    limit = LIMITS[language]
    runs = shared_runs(document, sources, language)
    longest = runs[0] if runs else Run(0, 0, 0, "")
    unit = "characters" if language == "zh" else "words"
    over = [r for r in runs if r.length > limit]
    print(f"longest shared run: {longest.length} {unit} (lines {longest.first_line}-{longest.last_line}); "
          f"limit {limit}; {len(over)} run(s) over it")
    if args.show:
        for run in over:
            print(f"  [{run.length}] lines {run.first_line}-{run.last_line}: {run.text}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
