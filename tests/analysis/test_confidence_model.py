"""The learned "how sure" (`reviewer.analysis.confidence_model`), on real contracts.

The model file is the versioned one the product ships; the contracts are real
DOCX files read through the whole pipeline. Whether it orders findings better
than the hand rating is measured out of fold by `tools/train_confidence.py --cv`
and on the test side by `reviewer eval` ("Least sure third"); here: that it is
the one used, what it reads, that it is deterministic, that it never learned
from a test-side document, and that the trainer is.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.analysis import confidence_model, judge
from reviewer.analysis.confidence_model import MODEL_PATH, features, load_model, rescore
from reviewer.evaluation.split import split_of
from reviewer.review import Status
from tests.analysis.conftest import ReviewContract

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "corpus_real"

BODY = """
    # 1. Support
    1.1 Provider shall respond to Severity 1 incidents within 30 minutes, 24x7.
    1.2 Provider will use commercially reasonable efforts to resolve incidents promptly.
    # 2. Data
    2.1 Customer Data is stored only in data centres in the European Union.
"""


def test_the_shipped_model_loads() -> None:
    model = load_model()
    assert model is not None and len(model.weights) > 100
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["format"] == confidence_model.MODEL_FORMAT
    assert 0.5 < data["expect"] < 1.0


def test_it_never_learned_from_a_test_side_document() -> None:
    trained_on = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["trained_on"]
    vendors = {}
    for label in REAL.glob("*.expected.json"):
        data = json.loads(label.read_text(encoding="utf-8"))
        vendors[label.name.removesuffix(".expected.json")] = data.get("vendor")
    assert len(trained_on) > 500
    assert all(vendors[name] and split_of(vendors[name]) == "dev" for name in trained_on)


def test_reviews_carry_the_learned_chance(reviewed: ReviewContract, monkeypatch: pytest.MonkeyPatch) -> None:
    learned = reviewed(BODY)
    assert reviewed(BODY).findings == learned.findings  # the same chances, another run
    monkeypatch.setattr(judge, "LEARNED_CONFIDENCE", False)
    hand = reviewed(BODY)
    model = load_model()
    assert model is not None
    changed = 0
    for mine, theirs in zip(learned.findings, hand.findings, strict=True):
        assert mine.status is theirs.status and mine.reasons == theirs.reasons
        assert mine.confidence == rescore(theirs, learned.document.language, model).confidence
        assert mine.confidence is not None and 0.0 < mine.confidence < 1.0
        changed += mine.confidence != theirs.confidence
    assert changed >= len(learned.findings) // 2
    # A binding number in a clause about the item is surer than a hedge.
    met, vague = learned.finding("response-times"), learned.finding("resolution-times")
    assert met.status is Status.MET and vague.status is Status.VAGUE
    assert met.confidence > vague.confidence  # type: ignore[operator]


def test_what_it_reads_of_a_reason() -> None:
    f = features("resolution-times", Status.VAGUE, "zh", 0.62,
                 "Resolution / restoration times is qualified by “尽快”, “原则上” (clause 第六条第二款): "
                 "ask for a measurable, binding commitment.", 0)
    assert f["q=尽快|vague"] == 1.0 and f["q=原则上|vague"] == 1.0
    assert f["w=qualified|vague"] == 1.0 and f["item=resolution-times|vague"] == 1.0
    assert f["rated|vague"] == 0.62 and f["rated=0.6|vague"] == 1.0 and f["lang=zh|vague"] == 1.0
    met = features("support-hours", Status.MET, "en", 0.95, "Met in clause 6.4 (page 2): 24 hours a day.", 2)
    assert not any(k.startswith("w=hours") for k in met)  # what follows "Met in …:" is the facts
    assert met["facts|met"] == 0.5


def test_a_damaged_model_file_leaves_the_hand_rating(tmp_path: Path, reviewed: ReviewContract) -> None:
    bad = tmp_path / "confidence.json"
    bad.write_text('{"format": "confidence/1", "bias": "x"', encoding="utf-8")
    assert load_model(bad) is None
    finding = reviewed(BODY).finding("response-times")
    assert rescore(finding, "en", None).confidence is not None


@pytest.mark.slow  # two training processes
def test_the_trainer_is_deterministic(tmp_path: Path) -> None:
    pytest.importorskip("sklearn", reason="the trainer's packages: pip install -e '.[train]' (dev.sh installs them)")
    examples = []
    for i in range(300):  # hedged findings are wrong more often than binding ones
        status = (Status.MET, Status.VAGUE, Status.MISSING)[i % 3]
        reason = ("is qualified by “promptly”" if status is Status.VAGUE else
                  "Met in clause 1: 30 minutes." if status is Status.MET else "does not address it.")
        examples.append({"contract": f"doc-{i % 40}", "vendor": f"v{i % 40}", "fold": i % 5, "rated": 0.9,
                         "feats": features("response-times", status, "en", 0.9, reason, 0),
                         "right": status is not Status.VAGUE or i % 2 == 0})
    path = tmp_path / "examples.json"
    path.write_text(json.dumps(examples), encoding="utf-8")
    outs = []
    for n in range(2):
        out = tmp_path / f"model-{n}.json"
        cv = ["--cv"] if n else []  # the cross-validation report leaves the model as it is
        done = subprocess.run([sys.executable, str(ROOT / "tools" / "train_confidence.py"), "--examples", str(path),
                               "--out", str(out), *cv], cwd=ROOT, check=True, capture_output=True, text=True,
                              timeout=300)
        assert ("least sure 33%" in done.stdout) == bool(n)
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1]
    model = confidence_model.load_model(tmp_path / "model-0.json")
    assert model is not None
    vague = model.chance(features("response-times", Status.VAGUE, "en", 0.9, "is qualified by “promptly”", 0))
    met = model.chance(features("response-times", Status.MET, "en", 0.9, "Met in clause 1: 30 minutes.", 0))
    assert vague < met
    mean = sum(model.chance(e["feats"]) for e in examples) / len(examples)
    assert abs(mean - json.loads(outs[0])["expect"]) < 0.01  # the level the trainer set
