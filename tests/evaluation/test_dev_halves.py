"""The two halves of the development vendors and the tool that compares runs half by half."""

from __future__ import annotations

import json
from pathlib import Path

from reviewer.evaluation.split import half_of, split_of
from tools import dev_halves

REAL = Path(__file__).resolve().parents[1] / "corpus_real"


def _dev_labels() -> dict[str, str]:
    out = {}
    for path in sorted(REAL.glob("*.expected.json")):
        vendor = json.loads(path.read_text(encoding="utf-8"))["vendor"]
        if split_of(vendor) == "dev":
            out[path.name.removesuffix(".expected.json")] = vendor
    return out


def test_the_development_vendors_split_about_in_half_and_for_good() -> None:
    vendors = set(_dev_labels().values())
    study = {v for v in vendors if half_of(v) == "study"}
    assert 0.4 < len(study) / len(vendors) < 0.6
    assert half_of("twilio") == half_of("twilio")  # a hash, no state


def test_changes_are_listed_for_the_study_half_and_counted_for_the_check_half(tmp_path, capsys) -> None:
    labels = _dev_labels()
    study = next(c for c, v in labels.items() if half_of(v) == "study")
    check = next(c for c, v in labels.items() if half_of(v) == "check")

    def run(name: str, study_got: str, check_got: str) -> Path:
        outcomes = [{"contract": study, "item": "availability", "expected": "met", "got": study_got, "facts": []},
                    {"contract": check, "item": "availability", "expected": "vague", "got": check_got, "facts": []}]
        path = tmp_path / name
        path.write_text(json.dumps({"outcomes": outcomes}), encoding="utf-8")
        return path

    assert dev_halves.main([str(run("a.json", "vague", "vague")), str(run("b.json", "met", "missing"))]) == 0
    out = capsys.readouterr().out
    assert f"FIX {study} availability" in out
    assert check not in out  # the check half is never listed
    assert "study half: fixed 1 broken 0 net +1" in out
    assert "check half: fixed 0 broken 1 net -1" in out
