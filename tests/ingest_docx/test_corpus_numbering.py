"""The corpus DOCX files built with Word automatic numbering: the labels we compute
must equal the numbers typed in their source texts (tests/corpus/src)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reviewer.ingest.docx import read_docx

ROOT = Path(__file__).resolve().parents[2]
_CN = "零一二三四五六七八九十百"
# The label forms the corpus builder turns into automatic numbering.
_TYPED = {
    "en": [re.compile(r"^(\d+\.\d+)\.?\s+"), re.compile(r"^(\d+)\.\s+"),
           re.compile(r"^(\([a-z]\))\s+")],
    "zh": [re.compile(rf"^(第[{_CN}]+条)\s*"), re.compile(rf"^([{_CN}]+、)\s*"),
           re.compile(rf"^(（[{_CN}]+）)\s*")],
}


def _auto_numbered_sources() -> list[Path]:
    sources = sorted((ROOT / "tests/corpus/src").glob("*.txt")) + sorted(
        (ROOT / "resources/samples/src").glob("*.txt"))
    return [s for s in sources if "%% numbering: auto" in s.read_text(encoding="utf-8")
            and (s.parents[1] / f"{s.stem}.docx").exists()]


def _typed_labels(source: Path) -> list[str]:
    text = source.read_text(encoding="utf-8")
    language = "zh" if "%% language: zh" in text else "en"
    labels = []
    for line in text.splitlines():
        if line.startswith(("%%", "|", "[")):
            continue
        line = re.sub(r"^#+\s*", "", line)
        for pattern in _TYPED[language]:
            m = pattern.match(line)
            if m:
                labels.append(m.group(1).rstrip("."))
                break
    return labels


SOURCES = _auto_numbered_sources()


@pytest.mark.skipif(not SOURCES, reason="no auto-numbered corpus files in this checkout")
@pytest.mark.parametrize("source", SOURCES, ids=[s.stem for s in SOURCES])
def test_computed_labels_match_the_typed_source(source: Path) -> None:
    doc = read_docx(source.parents[1] / f"{source.stem}.docx")
    computed = [b.number.rstrip(".") for b in doc.blocks if b.number]
    typed = _typed_labels(source)
    assert typed, "the source has numbered lines"
    assert computed == typed
