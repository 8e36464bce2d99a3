"""What a clause is about: a small learned model of "does this clause address item X".

Keyword rules find every clause that *mentions* an item's words, including
clauses that use them in another sense (a liability cap for "response times",
"the latest version of this Agreement" for the version-support window). This
model, trained by ``tools/train_relevance.py`` from the labelled corpora
(positives: the clauses the labels cite as evidence; negatives: every other
clause), scores how likely a clause is to address each item, so that a
keyword alone no longer makes an item "addressed".

It is deliberately small and transparent: one logistic regression per item
over character 2-4-grams of the clause (Chinese has no spaces, so characters,
not words) and of its headings, digits folded to 0. Inference is pure Python:
a set of n-grams per clause and a dictionary look-up per n-gram, about a
tenth of a millisecond per (clause, item). The weights are a versioned JSON
file loaded offline; nothing is downloaded and the result is deterministic.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

MODEL_PATH = Path(__file__).resolve().parent / "models" / "relevance.json"
MODEL_FORMAT = "relevance/1"

# Long clauses are judged on their beginning: what a clause is about is said
# early, and the cost stays bounded on a hostile one-paragraph document.
MAX_TEXT = 1200
MAX_CONTEXT = 300
NGRAMS = (2, 3, 4)

_DIGITS = re.compile(r"\d")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFKC, case-folded, digits as 0, white space folded: what the n-grams see."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SPACE.sub(" ", _DIGITS.sub("0", text)).strip()


def _grams(text: str, prefix: str) -> set[str]:
    padded = f" {text} "
    out: set[str] = set()
    for n in NGRAMS:
        out.update(prefix + padded[i:i + n] for i in range(len(padded) - n + 1))
    return out


def features(text: str, context: str = "") -> frozenset[str]:
    """The n-gram features of a clause (its text) and of its context (headings, table title)."""
    feats = _grams(normalise(text)[:MAX_TEXT], "")
    if context:
        feats |= _grams(normalise(context)[:MAX_CONTEXT], "§")
    return frozenset(feats)


@dataclass(frozen=True)
class ItemWeights:
    bias: float
    weights: MappingProxyType[str, float]

    def probability(self, feats: frozenset[str]) -> float:
        if not feats:
            return 0.0
        w = self.weights
        # Features are binary and L2-normalised per clause, as in training.
        total = sum(w.get(f, 0.0) for f in feats) / math.sqrt(len(feats))
        z = self.bias + total
        return 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0


@dataclass(frozen=True)
class RelevanceModel:
    """Per-item weights; ``probability(item_id, feats)`` is None for an item it does not know."""

    items: MappingProxyType[str, ItemWeights]
    trained_on: tuple[str, ...] = ()

    def probability(self, item_id: str, feats: frozenset[str]) -> float | None:
        weights = self.items.get(item_id)
        return None if weights is None else weights.probability(feats)

    @cached_property
    def _inverted(self) -> dict[str, list[tuple[int, float]]]:
        """n-gram -> [(item index, weight)]: one look-up per n-gram scores every item."""
        out: dict[str, list[tuple[int, float]]] = {}
        for i, weights in enumerate(self.items.values()):
            for gram, w in weights.weights.items():
                out.setdefault(gram, []).append((i, w))
        return out

    def probabilities(self, feats: frozenset[str]) -> dict[str, float]:
        """Every item's probability for one clause, in one pass over its n-grams."""
        names = list(self.items)
        if not feats:
            return dict.fromkeys(names, 0.0)
        totals = [0.0] * len(names)
        inverted = self._inverted
        for gram in feats:
            for i, w in inverted.get(gram, ()):
                totals[i] += w
        scale = 1.0 / math.sqrt(len(feats))
        out = {}
        for name, total in zip(names, totals, strict=True):
            z = self.items[name].bias + total * scale
            out[name] = 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0
        return out

    @classmethod
    def from_json(cls, data: Any) -> RelevanceModel:
        if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
            raise ValueError(f"not a {MODEL_FORMAT} model file")
        if tuple(data.get("ngrams", ())) != NGRAMS:
            raise ValueError("the model was trained with other n-gram sizes")
        items = {
            item_id: ItemWeights(float(entry["bias"]), MappingProxyType(
                {str(k): float(v) for k, v in entry["weights"].items()}))
            for item_id, entry in data["items"].items()
        }
        return cls(MappingProxyType(items), tuple(data.get("trained_on", ())))


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> RelevanceModel | None:
    """The bundled model, or None when there is none (the rules then decide alone)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return RelevanceModel.from_json(data)
