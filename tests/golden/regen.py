"""Golden results: every labelled contract reviewed through the public API.

    python tests/golden/regen.py          rewrite tests/golden/results.json
    python tests/golden/regen.py --check  exit 1 when the results differ

`tests/test_golden_results.py` recomputes these results and compares them, so
a refactoring that changes a single status, quote, fact, reason or score is
caught. When a judging change is intended, regenerate the file in the same
commit and let the diff be reviewed.

Only `reviewer.api` and the frozen `reviewer.review` types are used, so the
file survives moves inside the package.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from dataclasses import asdict, is_dataclass
from enum import Enum
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RESULTS = Path(__file__).with_name("results.json")
FOLDERS = ("tests/corpus", "tests/corpus_holdout")
SAMPLES = "resources/samples"
CONTRACT_SUFFIXES = (".pdf", ".docx")


def documents() -> list[Path]:
    """Labelled corpora (a contract next to its <name>.expected.json) and the samples."""
    out: list[Path] = []
    for folder in FOLDERS:
        for label in sorted((ROOT / folder).glob("*.expected.json")):
            stem = label.name[: -len(".expected.json")]
            for suffix in CONTRACT_SUFFIXES:
                contract = label.with_name(stem + suffix)
                if contract.is_file():
                    out.append(contract)
    out.extend(sorted(p for p in (ROOT / SAMPLES).iterdir() if p.suffix.lower() in CONTRACT_SUFFIXES))
    return out


def plain(value: Any) -> Any:
    """A JSON value with a stable order (sets sorted, mapping keys as strings)."""
    if isinstance(value, Enum):
        return plain(value.value)
    if is_dataclass(value) and not isinstance(value, type):
        return plain(asdict(value))
    if isinstance(value, Mapping):
        return {str(plain(k)) if not isinstance(k, str) else k: plain(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted((plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, float):
        return round(value, 6)
    return value


def review_one(path: Path, checklist: Any) -> dict[str, Any]:
    from reviewer.api import review

    r = review(path, checklist=checklist)
    return {
        "checklist": f"{r.checklist_id}@{r.checklist_version}",
        "format": r.document.format,
        "language": r.document.language,
        "pages": r.document.pages,
        "score": plain(r.score),
        "section_scores": plain(r.section_scores),
        "clauses": len(r.clauses),
        "items": {
            f.item_id: {
                "status": f.status.value,
                "evidence": [[e.text, e.location.page, e.clause_number] for e in f.evidence],
                "facts": plain(f.facts),
                "reasons": [{"en": t.en, "zh": t.zh} for t in f.reasons],
                "deviations": [
                    {"fact": d.fact, "value": plain(d.value), "limit": plain(d.limit),
                     "en": d.message.en, "zh": d.message.zh}
                    for d in f.deviations
                ],
            }
            for f in r.findings
        },
    }


def compute() -> dict[str, Any]:
    from reviewer.api import load_checklist_or_default

    checklist = load_checklist_or_default(None)
    return {p.relative_to(ROOT).as_posix(): review_one(p, checklist) for p in documents()}


def dumps(results: Mapping[str, Any]) -> str:
    return json.dumps(results, ensure_ascii=False, indent=1, sort_keys=True, allow_nan=False) + "\n"


def main(argv: list[str]) -> int:
    text = dumps(compute())
    if "--check" in argv:
        same = RESULTS.is_file() and RESULTS.read_text(encoding="utf-8") == text
        print("golden results unchanged" if same else "golden results DIFFER")
        return 0 if same else 1
    RESULTS.write_text(text, encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
