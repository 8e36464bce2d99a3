"""How sure the tool is of a finding, learned from where it went wrong.

`confidence.confidence` rates a finding from the rule that decided and the
relevance model's score, by hand. This module turns that rating, with what
else the finding shows (its item and status, the contract's language, the
words of its first reason: "qualified by “尽快”", "stated as a target only",
"does not address", and how many facts it extracted), into the chance that
its status is right, with weights learned by `tools/train_confidence.py` from
the development documents of `tests/corpus_real` judged out of fold (each by a
relevance model that never saw its vendor: in-sample findings are right too
often to learn the doubtful kinds from).

The learned chance orders the findings for "least sure first" better than the
hand rating: see docs/architecture.md ("How sure") for the figures. Its level
is set (`shift`) so that the mean over the development findings is the tool's
accuracy on contracts it was never tuned to, not its in-sample accuracy. An
item the model does not know (a reviewer's own checklist) falls back on the
parts it does know; without the model file the hand rating stands.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from reviewer.review import Finding, Status

MODEL_PATH = Path(__file__).resolve().parent / "models" / "confidence.json"
MODEL_FORMAT = "confidence/1"

# A reason's quoted words ("qualified by “commercially reasonable”", "“尽快”") are
# one feature each: which hedge decided says much of how often "vague" is right.
_QUOTED = re.compile(r"“([^”]{1,40})”|\"([^\"]{1,40})\"")
_WORD = re.compile(r"[a-z]+")


def features(item_id: str, status: Status, language: str, rated: float, reason: str,
             facts: int) -> dict[str, float]:
    """The finding's features (crossed with its status: each means something else per status).

    ``rated`` is the hand rating (`confidence.confidence`), ``reason`` the first
    reason in English, ``facts`` how many facts the finding extracted.
    """
    s = status.value
    out = {
        f"s={s}": 1.0,
        f"item={item_id}|{s}": 1.0,
        f"lang={language}|{s}": 1.0,
        f"rated|{s}": rated,
        f"rated={round(rated, 1):.1f}|{s}": 1.0,
        f"facts|{s}": min(facts, 4) / 4,
    }
    # "Met in clause 4.1: 7×24." says no more than "met" after its colon (the facts).
    head = reason.split(":", 1)[0] if reason.startswith("Met in") else reason
    for a, b in _QUOTED.findall(head):
        out[f"q={(a or b).lower()}|{s}"] = 1.0
    for word in _WORD.findall(_QUOTED.sub(" ", head).lower()):
        out[f"w={word}|{s}"] = 1.0
    return out


@dataclass(frozen=True)
class ConfidenceModel:
    bias: float
    shift: float
    weights: Mapping[str, float]

    def weighed(self, feats: Mapping[str, float]) -> float:
        """The features' weighted sum, in sorted order: the same float whatever order the
        features came in."""
        return math.fsum(self.weights.get(k, 0.0) * feats[k] for k in sorted(feats))

    def chance(self, feats: Mapping[str, float]) -> float:
        """The chance the status is right, 0-1."""
        z = self.bias + self.shift + self.weighed(feats)
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> ConfidenceModel | None:
    """The bundled model, or None (missing or unreadable: the hand rating stands)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != MODEL_FORMAT:
            return None
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return ConfidenceModel(float(data["bias"]), float(data.get("shift", 0.0)), weights)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def rescore(finding: Finding, language: str, model: ConfidenceModel | None = None) -> Finding:
    """``finding`` with its confidence the learned chance (unchanged without a model or a rating)."""
    model = model if model is not None else load_model()
    if model is None or finding.confidence is None:
        return finding
    reason = finding.reasons[0].en if finding.reasons else ""
    feats = features(finding.item_id, finding.status, language, finding.confidence, reason,
                     len(finding.facts))
    # Three digits: "least sure first" orders by it, and two would tie most findings.
    return replace(finding, confidence=round(model.chance(feats), 3))


__all__ = ["MODEL_FORMAT", "MODEL_PATH", "ConfidenceModel", "features", "load_model", "rescore"]
