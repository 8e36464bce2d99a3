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
a set of n-grams per clause, one look-up per n-gram for its row of weights
(one per item), and per item one sum, in C, over those rows. The weights are a
versioned JSON file loaded offline; nothing is downloaded and the result is
deterministic.

Loading: ``relevance.json`` (what the trainer writes, the source of truth) is
also shipped as ``relevance.compact.json``, the same numbers as one
vocabulary string and two base64 arrays (vocabulary positions, and weights
as integer ten-thousandths, exactly the JSON's 4-decimal values), which
loads in ~30 ms instead of ~170 ms. The compact file names the
SHA-256 of the JSON it was made from; when that does not match (the model was
retrained and the compact file not regenerated) or the file is missing or
malformed, the JSON is read instead: never a stale model.
"""

from __future__ import annotations

import base64
import gc
import hashlib
import json
import math
import re
import sys
import unicodedata
from array import array
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import repeat
from operator import itemgetter, truediv
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).resolve().parent / "models" / "relevance.json"
MODEL_FORMAT = "relevance/1"
COMPACT_FORMAT = "relevance-arrays/1"
WEIGHT_SCALE = 10000.0  # the compact form stores weights as integers k, meaning k / WEIGHT_SCALE
GRAM_SEPARATOR = "\n"  # never inside a gram: `normalise` folds every white space to " "

# Long clauses are judged on their beginning: what a clause is about is said
# early, and the cost stays bounded on a hostile one-paragraph document.
MAX_TEXT = 1200
MAX_CONTEXT = 300
NGRAMS = (2, 3, 4)

_DIGITS = re.compile(r"\d")
_SPACE = re.compile(r"\s+")


def compact_path(path: Path) -> Path:
    """Where the compact form of the model file `path` lives."""
    return path.with_name(path.name.removesuffix(".json") + ".compact.json")


def normalise(text: str) -> str:
    """NFKC, case-folded, digits as 0, white space folded: what the n-grams see."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SPACE.sub(" ", _DIGITS.sub("0", text)).strip()


def _grams(text: str, prefix: str) -> set[str]:
    # The slices are taken in C (map over slice objects), in the same order as
    # the plain loop: the same insertions give the same set, iteration order
    # included, and so the same sums.
    padded = f" {text} "
    size = len(padded)
    out: set[str] = set()
    for n in NGRAMS:
        grams = map(padded.__getitem__, map(slice, range(size - n + 1), range(n, size + 1)))
        out.update(map(prefix.__add__, grams) if prefix else grams)
    return out


def features(text: str, context: str = "") -> frozenset[str]:
    """The n-gram features of a clause (its text) and of its context (headings, table title)."""
    feats = _grams(normalise(text)[:MAX_TEXT], "")
    if context:
        feats |= _context_grams(context)
    return frozenset(feats)


@lru_cache(maxsize=32)
def _context_grams(context: str) -> set[str]:
    # Sibling clauses, scored one after the other, share their headings: their
    # context's n-grams are made once. Few are kept (each is hundreds of
    # strings the garbage collector walks). The set itself is kept (never
    # changed by the caller), not a copy, so `feats |= ...` adds the n-grams
    # in the same order as a fresh one would.
    return _grams(normalise(context)[:MAX_CONTEXT], "§")


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0


class RelevanceModel:
    """Per-item weights; ``probability(item_id, feats)`` is None for an item it does not know.

    Held as, per n-gram, a row of its weight for every item (0.0 where an
    item has none). Scoring a clause takes the rows of its n-grams the model
    knows (one look-up each) and sums each item's column
    of those rows, in the clause's n-gram order: the additions of the plain
    per-n-gram loop, in the same order (adding 0.0 changes no float), so the
    same numbers, with the loops in C (itemgetter, zip, sum).
    """

    def __init__(self, names: Iterable[str], biases: Iterable[float], grams: Sequence[str],
                 columns: Iterable[list[float]], trained_on: Iterable[str] = ()) -> None:
        """`columns`: per item, its weight for each of `grams` (distinct n-grams), in that order."""
        self.names = tuple(names)
        self.biases = tuple(biases)
        self.trained_on = tuple(trained_on)
        self._by_name = {name: i for i, name in enumerate(self.names)}
        columns = list(columns)
        if not len(self.names) == len(self.biases) == len(columns) == len(self._by_name):
            raise ValueError("the model's items, biases and weights do not line up")
        if any(len(column) != len(grams) for column in columns):
            raise ValueError("a weight column does not cover the vocabulary")
        # ~38,000 rows of floats hold no reference cycles: the collector's
        # passes while they are made would only cost time (~40 % of the load).
        collecting = gc.isenabled()
        gc.disable()
        try:
            rows = zip(*columns, strict=True) if columns else ((),) * len(grams)
            self.rows: dict[str, tuple[float, ...]] = dict(zip(grams, rows, strict=True))
        finally:
            if collecting:
                gc.enable()
        if len(self.rows) != len(grams):
            raise ValueError("the model's vocabulary repeats an n-gram")

    @property
    def item_ids(self) -> tuple[str, ...]:
        return self.names

    def _rows(self, feats: Iterable[str]) -> tuple[tuple[float, ...], ...]:
        """The weight rows of the clause's n-grams the model knows, in the clause's order."""
        rows = self.rows
        known = [*filter(rows.__contains__, feats)]
        if len(known) > 1:
            return itemgetter(*known)(rows)  # one C call; a tuple of rows
        return tuple(map(rows.__getitem__, known))

    def probability(self, item_id: str, feats: frozenset[str]) -> float | None:
        i = self._by_name.get(item_id)
        if i is None:
            return None
        if not feats:
            return 0.0
        # Features are binary and L2-normalised per clause, as in training.
        total = sum(map(itemgetter(i), self._rows(feats)), 0.0) / math.sqrt(len(feats))
        return _sigmoid(self.biases[i] + total)

    def probabilities(self, feats: frozenset[str]) -> dict[str, float]:
        """Every item's probability for one clause, in one pass over its n-grams."""
        if not feats:
            return dict.fromkeys(self.names, 0.0)
        rows = self._rows(feats)
        scale = 1.0 / math.sqrt(len(feats))
        columns = zip(*rows, strict=True) if rows else ((),) * len(self.names)
        out = {}
        for name, bias, column in zip(self.names, self.biases, columns, strict=True):
            out[name] = _sigmoid(bias + sum(column, 0.0) * scale)
        return out

    # -- building -------------------------------------------------------------

    @classmethod
    def _from_sparse(cls, names: list[str], biases: list[float], grams: list[str],
                     items: Sequence[tuple[Sequence[int], Sequence[float]]],
                     trained_on: Iterable[str]) -> RelevanceModel:
        columns = []
        for positions, weights in items:
            column = [0.0] * len(grams)
            if len(positions) != len(weights):
                raise ValueError("an item's weights and their n-grams do not line up")
            deque(map(column.__setitem__, positions, weights), maxlen=0)  # the assignments, looped in C
            columns.append(column)
        return cls(names, biases, grams, columns, trained_on)

    @classmethod
    def from_json(cls, data: Any) -> RelevanceModel:
        if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
            raise ValueError(f"not a {MODEL_FORMAT} model file")
        if tuple(data.get("ngrams", ())) != NGRAMS:
            raise ValueError("the model was trained with other n-gram sizes")
        grams: dict[str, int] = {}
        names, biases, items = [], [], []
        for item_id, entry in data["items"].items():
            weights = {str(k): float(v) for k, v in entry["weights"].items()}
            names.append(str(item_id))
            biases.append(float(entry["bias"]))
            items.append(([grams.setdefault(k, len(grams)) for k in weights], list(weights.values())))
        return cls._from_sparse(names, biases, list(grams), items, data.get("trained_on", ()))

    @classmethod
    def from_compact(cls, data: Any, source_sha256: str) -> RelevanceModel:
        """The model from its compact form (see `compact_json`), checked against its source's hash."""
        if not isinstance(data, dict) or data.get("format") != COMPACT_FORMAT:
            raise ValueError(f"not a {COMPACT_FORMAT} model file")
        if data.get("source_sha256") != source_sha256:
            raise ValueError("the compact model was made from another relevance.json")
        if tuple(data.get("ngrams", ())) != NGRAMS:
            raise ValueError("the model was trained with other n-gram sizes")
        names = [str(n) for n in data["items"]]
        biases = [float(b) for b in data["biases"]]
        counts = [int(c) for c in data["counts"]]
        grams = str(data["grams"]).split(GRAM_SEPARATOR) if data["grams"] else []
        positions = _decode_array("I", data["positions"])
        scale = float(data["weight_scale"])
        if not (math.isfinite(scale) and scale > 0):
            raise ValueError("the compact model's weight scale is not a positive number")
        weights = list(map(truediv, _decode_array("i", data["weights"]), repeat(scale)))  # k / scale
        if len(counts) != len(names) or min(counts, default=0) < 0 or sum(counts) != len(positions):
            raise ValueError("the compact model's counts do not match its arrays")
        if len(weights) != len(positions) or (positions and max(positions) >= len(grams)):
            raise ValueError("the compact model's positions do not match its vocabulary")
        if not math.isfinite(sum(weights, 0.0) + sum(biases, 0.0)):
            raise ValueError("the compact model holds a weight that is not a finite number")
        items, start = [], 0
        for count in counts:
            items.append((positions[start:start + count], weights[start:start + count]))
            start += count
        return cls._from_sparse(names, biases, grams, items, data.get("trained_on", ()))


def _decode_array(typecode: str, text: Any) -> array[Any]:
    """A little-endian array of 32-bit integers stored as base64 text."""
    out = array(typecode)
    if out.itemsize != 4:
        raise ValueError(f"array type {typecode!r} has another size on this platform")
    out.frombytes(base64.b64decode(str(text), validate=True))
    if sys.byteorder != "little":
        out.byteswap()
    return out


def _encode_array(typecode: str, values: Iterable[Any]) -> str:
    out = array(typecode, values)
    if sys.byteorder != "little":
        out.byteswap()
    return base64.b64encode(out.tobytes()).decode("ascii")


def compact_json(source: bytes) -> str:
    """The compact form of a ``relevance/1`` model file's bytes: the same numbers, quick to load.

    Written next to the model by ``tools/train_relevance.py`` (``--compact``
    rewrites it from an existing model without training).
    """
    data = json.loads(source.decode("utf-8"))
    RelevanceModel.from_json(data)  # refuses a file the product could not load
    grams: dict[str, int] = {}
    positions: list[int] = []
    weights: list[int] = []
    counts: list[int] = []
    for entry in data["items"].values():
        counts.append(len(entry["weights"]))
        for gram, weight in entry["weights"].items():
            if GRAM_SEPARATOR in gram:
                raise ValueError(f"an n-gram holds the separator: {gram!r}")
            positions.append(grams.setdefault(gram, len(grams)))
            # The trainer rounds weights to 4 decimals: k / 10000 is then the
            # same double as the JSON's text (both the correctly rounded value
            # of k/10^4). Checked, so a finer model is refused, never altered.
            k = round(float(weight) * WEIGHT_SCALE)
            if k / WEIGHT_SCALE != float(weight) or abs(k) >= 2**31:
                raise ValueError(f"weight {weight!r} is not a multiple of 1/{WEIGHT_SCALE:.0f}")
            weights.append(k)
    compact = {
        "format": COMPACT_FORMAT,
        "source_sha256": hashlib.sha256(source).hexdigest(),
        "ngrams": list(NGRAMS),
        "trained_on": data.get("trained_on", []),
        "items": list(data["items"]),
        "biases": [float(entry["bias"]) for entry in data["items"].values()],
        "counts": counts,
        "grams": GRAM_SEPARATOR.join(grams),
        "positions": _encode_array("I", positions),
        "weight_scale": WEIGHT_SCALE,
        "weights": _encode_array("i", weights),
    }
    return json.dumps(compact, ensure_ascii=False, indent=0) + "\n"


def _load(path: Path) -> RelevanceModel | None:
    try:
        source = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        compact = json.loads(compact_path(path).read_bytes())
        return RelevanceModel.from_compact(compact, hashlib.sha256(source).hexdigest())
    except (OSError, ValueError, KeyError, TypeError):
        # Missing, stale or damaged: the JSON is the model (slower to parse, same numbers).
        return RelevanceModel.from_json(json.loads(source.decode("utf-8")))


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> RelevanceModel | None:
    """The bundled model, or None when there is none (the rules then decide alone)."""
    return _load(path)


def weights_of(model: RelevanceModel, item_id: str) -> Mapping[str, float]:
    """An item's non-zero weights by n-gram (for inspection and tests)."""
    i = model.item_ids.index(item_id)
    return {gram: row[i] for gram, row in model.rows.items() if row[i] != 0.0}
