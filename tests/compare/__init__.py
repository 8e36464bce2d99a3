"""Contracts for the comparison, diff and batch tests, rendered by tests/corpus/build.py.

Each test contract is a labelled corpus source with a few values changed, so
its facts are known: `variant(name, replacements)` returns the source text
with each (old, new) replaced, failing loudly if ``old`` is not in the source
(a silent miss would leave the test checking the original's values).
"""

from __future__ import annotations

from pathlib import Path

from tests.scripts import corpus_builder

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

build = corpus_builder()


def variant(source: str, replacements: list[tuple[str, str]]) -> str:
    """The text of ``tests/corpus/src/<source>.txt`` with replacements applied."""
    text = (CORPUS / "src" / f"{source}.txt").read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, f"{old!r} is not in {source}.txt"
        text = text.replace(old, new)
    return text


def render(text: str, out: Path, name: str, fmt: str) -> Path:
    """Render markup text to ``out/name.fmt`` (pdf or docx); returns the file."""
    out.mkdir(parents=True, exist_ok=True)
    lines = [ln for ln in text.splitlines() if not ln.startswith("%% format:")]
    src_path = out / f".{name}.txt"
    src_path.write_text(f"%% format: {fmt}\n" + "\n".join(lines) + "\n", encoding="utf-8")
    source = build.parse_source(src_path)
    source.name = name
    target = out / f"{name}.{fmt}"
    (build.build_pdf if fmt == "pdf" else build.build_docx)(source, target)
    src_path.unlink()
    return target


# Three vendors with known key facts (top severity response / resolution,
# availability, support window, breach notice):
#   Veloxa  PDF  15 min / 4 h,  99.95 %, 18 months, 72 h
#   Borealis DOCX 1 h / 8 h,    99.9 %,  24 months, 24 h
#   云澜     PDF  30 min / 6 h,  99.5 % (below the 99.9 % policy), 18 months
VELOXA: list[tuple[str, str]] = []
BOREALIS = [
    ("Veloxa", "Borealis"),
    ("| 15 minutes, 24x7 | 4 hours |", "| 1 hour, 24x7 | 8 hours |"),
    ("Monthly Uptime Percentage of at least 99.95% in each", "Monthly Uptime Percentage of at "
                                                             "least 99.9% in each"),
    ("is supported for 18 months", "is supported for 24 months"),
    ("in any event within 72 hours", "in any event within 24 hours"),
]
YUNLAN = [
    ("| 15分钟 | 4小时 |", "| 30分钟 | 6小时 |"),
    ("服务可用性不低于99.95%（按自然月计算）", "服务可用性不低于99.5%（按自然月计算）"),
]


def three_vendors(folder: Path) -> list[Path]:
    return [
        render(variant("veloxa-enterprise-sla-en", VELOXA), folder, "veloxa", "pdf"),
        render(variant("veloxa-enterprise-sla-en", BOREALIS), folder, "borealis", "docx"),
        render(variant("yunlan-sla-good-zh", YUNLAN), folder, "yunlan", "pdf"),
    ]
