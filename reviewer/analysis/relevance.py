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
a set of n-grams per clause, one look-up per n-gram for one integer holding
its weight for every item (see `RelevanceModel`), and one exact integer sum,
in C, over those. The weights are a versioned JSON file loaded offline;
nothing is downloaded and the result is deterministic, bit for bit, whatever
the order of the n-grams.

Loading: ``relevance.json`` (what the trainer writes, the source of truth) is
also shipped as ``relevance.compact.json``, the same numbers as one
vocabulary string and two base64 arrays (vocabulary positions, and weights
as integer ten-thousandths, exactly the JSON's 4-decimal values), which
loads in ~40 ms instead of ~170 ms. The compact file names the
SHA-256 of the JSON it was made from; when that does not match (the model was
retrained and the compact file not regenerated) or the file is missing or
malformed, the JSON is read instead: never a stale model.

Packed rows cached: turning the arrays into one packed integer per n-gram
(see `RelevanceModel`) still costs ~40 ms of every process that reviews,
more than the rest of the load. The packed integers themselves are kept in
the compiled-checklist cache folder (`reviewer.checklist.cache_files`), one
binary file keyed by the SHA-256 of ``relevance.json``, this module's source
and `PACKED_FORMAT`: the vocabulary as text, then the integers as one
`marshal`-ed list (read back in ~3 ms; each integer as its own bytes and one
``int.from_bytes`` per n-gram took ~12 ms). Reading it back builds the very
same integers. Its header carries the SHA-256 of the rest, checked before
anything is decoded; a missing, torn or foreign file is ignored and
rewritten, and ``REVIEWER_NO_CACHE=1`` turns it off with the other caches.
Nothing in it runs: no pickle, and marshal only builds data (what it gives
back must be a list of exactly as many ints as there are n-grams, or the
file is ignored).
"""

from __future__ import annotations

import base64
import hashlib
import json
import marshal
import math
import mmap
import re
import struct
import sys
import unicodedata
from array import array
from collections import deque
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import islice, repeat
from operator import add, ge, lshift
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).resolve().parent / "models" / "relevance.json"
# The commitment model (``tools/train_commitment.py``): the same format and code, its items
# scored on whether a clause about the item commits ("met") or not ("vague").
COMMITMENT_PATH = MODEL_PATH.with_name("commitment.json")
MODEL_FORMAT = "relevance/1"
COMPACT_FORMAT = "relevance-arrays/1"
PACKED_FORMAT = "relevance-packed/2"  # the cached packed rows (see the module's docstring); 2: marshal-ed
WEIGHT_SCALE = 10000.0  # the compact form stores weights as integers k, meaning k / WEIGHT_SCALE
CONTEXT_MARK = "§"  # before each n-gram of a clause's context (headings), apart from its text's
GRAM_SEPARATOR = "\n"  # never inside a gram: `normalise` folds every white space to " "

# Long clauses are judged on their beginning: what a clause is about is said
# early, and the cost stays bounded on a hostile one-paragraph document.
# Scoring each sentence (or pair of adjacent sentences) of a clause on its own and
# keeping the best was measured on 8 December 2026 (five vendor-fold models, 1,092
# development documents out of fold): the per-item AUC of a document's best score,
# gold vague against gold missing, 0.913 -> 0.914 (pairs 0.914), sentences alone
# 0.812. A weak mention is not hidden by its clause's length: whole clauses stay.
MAX_TEXT = 1200
MAX_CONTEXT = 300
NGRAMS = (2, 3, 4)  # `_grams` builds exactly these sizes

_DIGITS = re.compile(r"\d")


def compact_path(path: Path) -> Path:
    """Where the compact form of the model file `path` lives."""
    return path.with_name(path.name.removesuffix(".json") + ".compact.json")


def normalise(text: str) -> str:
    """NFKC, case-folded, digits as 0, white space folded: what the n-grams see."""
    text = unicodedata.normalize("NFKC", text).casefold()
    # White space folded by split() and join: the same characters as the regex \s
    # (both are Py_UNICODE_ISSPACE), the same text as ``re.sub(r"\s+", " ", ...).strip()``
    # (a test compares them), in half the time.
    return " ".join(_DIGITS.sub("0", text).split())


def _grams(text: str, prefix: str) -> set[str]:
    # The 2-, 3- and 4-grams built in C, each size from the one before plus
    # the next character (``map(add, twos, padded[2:])``), instead of a
    # Python-level slice per n-gram: ~40 % less time, the same set (a test
    # compares it with the slicing loop). The order of the n-grams does not
    # matter: the scores are exact integer sums.
    padded = f" {text} "
    twos = list(map(add, padded, padded[1:]))
    threes = list(map(add, twos, padded[2:]))
    fours = map(add, threes, padded[3:])
    if prefix:
        marked = repeat(prefix)
        return set(map(add, marked, twos)).union(map(add, marked, threes), map(add, marked, fours))
    return set(twos).union(threes, fours)


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
    return _grams(normalise(context)[:MAX_CONTEXT], CONTEXT_MARK)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0


class RelevanceModel:
    """Per-item weights; ``probability(item_id, feats)`` is None for an item it does not know.

    The weights are held as integers (ten-thousandths, as the trainer rounds
    them) and a clause's score per item is their exact integer sum, divided
    once: the same number whatever order the clause's n-grams come in (a
    float sum depended on the set's iteration order, which changes with
    Python's string hashing from one process to the next).

    Each n-gram's weights for all items are packed into one Python integer,
    item i's weight in the `W` bits at ``W * i`` (a signed digit); summing
    the integers of a clause's n-grams, one ``sum()`` in C, adds every item's
    weights at once, and no digit overflows into the next (`W` leaves room
    for 2**GRAM_BITS n-grams of the largest weight). The model has ~38,000
    n-grams and each has a weight for 2-3 of the 25 items: a row of 25
    floats per n-gram, summed column by column, did ten times the work.
    """

    # At most 2**13 - 1 n-grams are summed at a time: a clause has at most ~4,510
    # (3 sizes x MAX_TEXT + 1 characters of text, and of MAX_CONTEXT + 1 of context).
    GRAM_BITS = 13
    # The width of an item's digit when it needs no more: the digits are then
    # read back by one `struct` call instead of a loop per item (see `_unpack`).
    FAST_WIDTH = 32
    CONTEXTS_KEPT = 64

    def __init__(self, names: Iterable[str], biases: Iterable[float], grams: Sequence[str],
                 items: Sequence[tuple[Sequence[int], Sequence[int]]], trained_on: Iterable[str] = ()) -> None:
        """`items`: per item, the positions in `grams` (distinct n-grams) of its non-zero weights and
        those weights as integers k, meaning k / WEIGHT_SCALE."""
        self.names = tuple(names)
        self.biases = tuple(biases)
        self.trained_on = tuple(trained_on)
        self._by_name = {name: i for i, name in enumerate(self.names)}
        if not len(self.names) == len(self.biases) == len(items) == len(self._by_name):
            raise ValueError("the model's items, biases and weights do not line up")
        largest = 0
        for positions, ks in items:
            if len(positions) != len(ks):
                raise ValueError("an item's weights and their n-grams do not line up")
            if len(set(positions)) != len(positions):
                raise ValueError("an item has two weights for one n-gram")
            if positions and not 0 <= min(positions) <= max(positions) < len(grams):
                raise ValueError("an item's weight names an n-gram outside the vocabulary")
            largest = max(largest, max(map(abs, ks), default=0))
        needed = largest.bit_length() + self.GRAM_BITS + 1
        self._width = self.FAST_WIDTH if needed <= self.FAST_WIDTH else needed
        packed = [0] * len(grams)
        for i, (positions, ks) in enumerate(items):
            # packed[p] += k << (W * i) for each of the item's weights, looped in C
            # (positions are distinct within an item, so each read sees the last write).
            shifted = map(lshift, ks, repeat(self._width * i))
            deque(map(packed.__setitem__, positions, map(add, map(packed.__getitem__, positions), shifted)),
                  maxlen=0)
        self.rows: dict[str, int] = dict(zip(grams, packed, strict=True))
        if len(self.rows) != len(grams):  # checked here, not on a set of its own: ~7 ms a process
            raise ValueError("the model's vocabulary repeats an n-gram")
        self._contexts: dict[str, tuple[int, int]] = {}  # context -> (packed sum, n-grams)
        self._prepare()

    def _prepare(self) -> None:
        """What `_unpack` and `reaching` need, from the items and the width."""
        count, width = len(self.names), self._width
        # 2**(W-1) in every digit: added to a packed sum, each digit becomes its own
        # non-negative W-bit field (no borrow from one into the next).
        self._offset = sum(1 << (width * i + width - 1) for i in range(count))
        self._read_digits = struct.Struct(f"<{count}i").unpack if width == 32 else None
        self._floors: dict[tuple[float, int], tuple[int, ...] | None] = {}

    @classmethod
    def from_packed(cls, names: Sequence[str], biases: Sequence[float], width: int, rows: dict[str, int],
                    trained_on: Iterable[str] = ()) -> RelevanceModel:
        """The model from rows already packed `width` bits an item (what `packed_rows` gives back)."""
        model = cls.__new__(cls)
        model.names = tuple(names)
        model.biases = tuple(biases)
        model.trained_on = tuple(trained_on)
        model._by_name = {name: i for i, name in enumerate(model.names)}
        if not len(model.names) == len(model.biases) == len(model._by_name):
            raise ValueError("the model's items and biases do not line up")
        if not cls.GRAM_BITS + 2 <= width <= 4096:
            raise ValueError("the packed rows' width is out of range")
        model._width = width
        model.rows = rows
        model._contexts = {}
        model._prepare()
        return model

    def packed_rows(self) -> tuple[int, dict[str, int]]:
        """(bits an item, n-gram -> packed weights): what `from_packed` takes."""
        return self._width, self.rows

    @property
    def item_ids(self) -> tuple[str, ...]:
        return self.names

    def _sums(self, feats: Collection[str]) -> list[int]:
        """Per item, the exact sum of its integer weights over the n-grams in `feats`.

        N-grams outside the vocabulary (None) are filtered out rather than
        added as 0: a big integer plus 0 is still a new big integer (~10 %).
        """
        get = self.rows.get
        limit = (1 << self.GRAM_BITS) - 1
        if len(feats) <= limit:
            return self._unpack(sum(filter(None, map(get, feats)), 0))
        sums = [0] * len(self.names)
        grams = iter(feats)
        while chunk := list(islice(grams, limit)):  # only for a hand-made set of 65,535+ n-grams
            sums = list(map(add, sums, self._unpack(sum(filter(None, map(get, chunk)), 0))))
        return sums

    def _unpack(self, total: int) -> list[int]:
        """The signed W-bit digits of `total`, lowest first: one per item."""
        if self._read_digits is not None:
            # 32-bit digits: with 2**31 added to each (no borrows then) and each field's
            # top bit flipped back, the number's little-endian bytes are the digits as
            # C ints, read in one call instead of a loop per item (a test compares both).
            offset = self._offset
            return list(self._read_digits(((total + offset) ^ offset).to_bytes(4 * len(self.names), "little")))
        width = self._width
        mask, half, full = (1 << width) - 1, 1 << (width - 1), 1 << width
        out = []
        for _ in self.names:
            digit = total & mask
            if digit >= half:
                digit -= full
            out.append(digit)
            total = (total - digit) >> width
        return out

    def probability(self, item_id: str, feats: frozenset[str]) -> float | None:
        if item_id not in self._by_name:
            return None
        return self.probabilities(feats)[item_id]

    def probabilities(self, feats: Collection[str]) -> dict[str, float]:
        """Every item's probability for one clause (its distinct n-grams), in one pass over them."""
        return self._scored(self._sums(feats), len(feats))

    def feature_sums(self, feats: Collection[str]) -> tuple[list[int], int]:
        """(per item, the sum of its weights; the number of n-grams) of a clause's distinct n-grams."""
        return self._sums(feats), len(feats)

    def scored(self, sums: Sequence[int], count: int) -> dict[str, float]:
        """Every item's probability from its sum (`feature_sums`, `clause_sums`)."""
        return self._scored(sums, count)

    def index_of(self, item_id: str) -> int | None:
        """The item's position in `item_ids` (and in the sums), None for an item the model does not know."""
        return self._by_name.get(item_id)

    def item_probability(self, index: int, sum_: int, count: int) -> float:
        """``_scored(sums, count)`` of the item at `index` alone, given its sum: the same number."""
        if not count:
            return 0.0
        z = self.biases[index] + sum_ / WEIGHT_SCALE * (1.0 / math.sqrt(count))
        return 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0

    def reaching(self, sums: Sequence[int], count: int, threshold: float) -> list[int]:
        """The positions of the items whose probability (`_scored`) is at least `threshold`.

        Most clauses are far from the threshold for every item: their sums are
        compared, in C, with the least sum that could reach it for this many
        n-grams (`_floors`, with a margin far above floating-point error), and
        only the items at or above it get their probability computed.
        """
        key = (threshold, count)
        if key in self._floors:
            floors = self._floors[key]
        else:
            if len(self._floors) >= 8192:  # (a clause has at most ~4,510 n-grams: one threshold never fills it)
                self._floors.clear()
            floors = self._floors[key] = self._floors_for(threshold, count)
        if floors is None:
            return [i for i, k in enumerate(sums) if self.item_probability(i, k, count) >= threshold]
        if not any(map(ge, sums, floors)):
            return []
        return [i for i, (k, least) in enumerate(zip(sums, floors, strict=True))
                if k >= least and self.item_probability(i, k, count) >= threshold]

    def _floors_for(self, threshold: float, count: int) -> tuple[int, ...] | None:
        """Per item, an integer sum below which its probability is below `threshold` for a
        clause of `count` n-grams (None: no such bound, every item is computed).

        p >= t needs z >= log(t / (1 - t)). A sum k below floor((zt - 1e-6 - bias) *
        WEIGHT_SCALE * sqrt(count)) - 1 gives z at least 1e-6 below that, and p about
        2e-7 below t: rounding in z and p is ~1e-15, so no such item can reach t.
        """
        if not count or not 0.0 < threshold < 1.0:
            return None
        logit = math.log(threshold / (1.0 - threshold)) - 1e-6
        root = math.sqrt(count)
        return tuple(math.floor((logit - bias) * WEIGHT_SCALE * root) - 1 for bias in self.biases)

    def _scored(self, sums: Iterable[int], count: int) -> dict[str, float]:
        if not count:
            return dict.fromkeys(self.names, 0.0)
        # Features are binary and L2-normalised per clause, as in training.
        scale = 1.0 / math.sqrt(count)
        exp = math.exp
        out = {}
        for name, bias, k in zip(self.names, self.biases, sums, strict=True):
            z = bias + k / WEIGHT_SCALE * scale
            out[name] = 1.0 / (1.0 + exp(-z)) if z > -40 else 0.0  # _sigmoid, inlined (25 per clause)
        return out

    def clause_probabilities(self, text: str, context: str = "") -> dict[str, float]:
        """``probabilities(features(text, context))``, the same numbers, with less work.

        The context's n-grams (prefixed with CONTEXT_MARK) and the text's are
        disjoint unless the text holds the mark itself, so the two sums add
        up: the context's, shared by sibling clauses, is computed once, and
        the joint set is never built.
        """
        return self._scored(*self.clause_sums(text, context))

    def clause_sums(self, text: str, context: str = "") -> tuple[list[int], int]:
        """(per item, the sum of its weights; the number of n-grams) of ``features(text, context)``,
        computed as `clause_probabilities` describes."""
        norm = normalise(text)[:MAX_TEXT]
        if not context or CONTEXT_MARK in norm:
            feats = features(text, context)
            return self._sums(feats), len(feats)
        grams = _grams(norm, "")
        known = self._contexts.get(context)
        if known is None:
            if len(self._contexts) >= self.CONTEXTS_KEPT:
                self._contexts.clear()
            context_grams = _context_grams(context)
            known = self._contexts[context] = (sum(filter(None, map(self.rows.get, context_grams)), 0),
                                               len(context_grams))
        count = len(grams) + known[1]
        if count >= 1 << self.GRAM_BITS:
            feats = features(text, context)
            return self._sums(feats), len(feats)
        return self._unpack(sum(filter(None, map(self.rows.get, grams)), known[0])), count

    # -- building -------------------------------------------------------------

    @classmethod
    def from_json(cls, data: Any) -> RelevanceModel:
        if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
            raise ValueError(f"not a {MODEL_FORMAT} model file")
        if tuple(data.get("ngrams", ())) != NGRAMS:
            raise ValueError("the model was trained with other n-gram sizes")
        grams: dict[str, int] = {}
        names, biases, items = [], [], []
        for item_id, entry in data["items"].items():
            weights = {str(k): ten_thousandths(v) for k, v in entry["weights"].items()}
            names.append(str(item_id))
            biases.append(float(entry["bias"]))
            items.append(([grams.setdefault(k, len(grams)) for k in weights], list(weights.values())))
        return cls(names, biases, list(grams), items, data.get("trained_on", ()))

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
        if float(data["weight_scale"]) != WEIGHT_SCALE:
            raise ValueError(f"the compact model's weight scale is not {WEIGHT_SCALE:.0f}")
        weights = _decode_array("i", data["weights"])  # k, meaning k / WEIGHT_SCALE
        if len(counts) != len(names) or min(counts, default=0) < 0 or sum(counts) != len(positions):
            raise ValueError("the compact model's counts do not match its arrays")
        if len(weights) != len(positions) or (positions and max(positions) >= len(grams)):
            raise ValueError("the compact model's positions do not match its vocabulary")
        if not math.isfinite(sum(biases, 0.0)):
            raise ValueError("the compact model holds a bias that is not a finite number")
        items, start = [], 0
        for count in counts:
            items.append((positions[start:start + count], weights[start:start + count]))
            start += count
        return cls(names, biases, grams, items, data.get("trained_on", ()))


def ten_thousandths(weight: Any) -> int:
    """A model weight as the integer k it stands for (k / WEIGHT_SCALE).

    The trainer rounds weights to 4 decimals: k / 10000 is then the same
    double as the JSON's text (both the correctly rounded value of k/10^4).
    Checked, so a finer model is refused, never altered.
    """
    value = float(weight)
    k = round(value * WEIGHT_SCALE) if math.isfinite(value) else 0
    if k / WEIGHT_SCALE != value:
        raise ValueError(f"weight {weight!r} is not a multiple of 1/{WEIGHT_SCALE:.0f}")
    return k


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
            k = ten_thousandths(weight)
            if abs(k) >= 2**31:
                raise ValueError(f"weight {weight!r} does not fit the compact form")
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
        # Hashed through a small reused buffer: the 1.2 MB JSON itself is only read
        # when the packed rows are not cached (in a fresh process, memory touched
        # once costs a page fault per 4 KB).
        with path.open("rb") as fh:
            known_sha256 = hashlib.file_digest(fh, "sha256").hexdigest()
    except FileNotFoundError:
        return None
    cached = _packed_file(known_sha256)
    if cached is not None:
        model = read_packed(cached, known_sha256)
        if model is not None:
            return model
    try:
        source = path.read_bytes()
    except FileNotFoundError:
        return None
    source_sha256 = hashlib.sha256(source).hexdigest()
    if source_sha256 != known_sha256:  # replaced in between: the rows of what is read now
        cached = _packed_file(source_sha256)
    try:
        compact = json.loads(compact_path(path).read_bytes())
        model = RelevanceModel.from_compact(compact, source_sha256)
    except (OSError, ValueError, KeyError, TypeError):
        # Missing, stale or damaged: the JSON is the model (slower to parse, same numbers).
        model = RelevanceModel.from_json(json.loads(source.decode("utf-8")))
    if cached is not None:
        write_packed(cached, source_sha256, model)
    return model


# -- the packed rows, cached ------------------------------------------------------


def _packed_file(source_sha256: str) -> Path | None:
    """Where the packed rows of the model whose JSON has this SHA-256 are cached (None: caching off)."""
    from reviewer.checklist.cache_files import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    key = hashlib.sha256(f"{PACKED_FORMAT}\0{source_sha256}\0{sys.version}\0".encode())
    try:
        key.update(Path(__file__).read_bytes())  # a changed packing never meets an old file
    except OSError:  # a frozen bundle without sources: its version says it all
        import reviewer

        key.update(reviewer.__version__.encode())
    return folder / f"relevance-{key.hexdigest()[:32]}.bin"


def write_packed(file: Path, source_sha256: str, model: RelevanceModel) -> None:
    """Cache the model's packed rows in `file`; a failure only costs speed next time."""
    from reviewer.checklist.cache_files import write_cache_file

    width, rows = model.packed_rows()
    if any(GRAM_SEPARATOR in gram for gram in rows):
        return
    text = GRAM_SEPARATOR.join(rows).encode("utf-8", "surrogatepass")
    body = text + marshal.dumps(list(rows.values()))
    header = {"format": PACKED_FORMAT, "source_sha256": source_sha256, "sha256": hashlib.sha256(body).hexdigest(),
              "names": list(model.names), "biases": list(model.biases), "trained_on": list(model.trained_on),
              "width": width, "grams": len(rows), "text_bytes": len(text)}
    try:
        write_cache_file(file, json.dumps(header, allow_nan=False).encode("ascii"), body)
    except (OSError, ValueError, TypeError):
        return


def read_packed(file: Path, source_sha256: str) -> RelevanceModel | None:
    """The model from its cached packed rows, or None when the file is absent or not one we wrote."""
    try:
        # Mapped, not read: reading 3 MB into new memory costs a fresh process ~750
        # page faults and a copy (~2 ms); the mapping shares the file's cached pages.
        # (The mapping goes with its last view, when this function returns.)
        with file.open("rb") as fh:
            mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # absent, unreadable, or empty (nothing to map)
        return None
    return _from_packed(mapped, source_sha256)


def _from_packed(mapped: mmap.mmap, source_sha256: str) -> RelevanceModel | None:
    try:
        end = mapped.find(b"\n")
        if end < 0:
            return None
        h = json.loads(mapped[:end])
        body = memoryview(mapped)[end + 1:]
        if not (isinstance(h, dict) and h.get("format") == PACKED_FORMAT and h.get("source_sha256") == source_sha256
                and h.get("sha256") == hashlib.sha256(body).hexdigest()):
            return None
        count, text_bytes, width = h["grams"], h["text_bytes"], h["width"]
        names, biases, trained_on = h["names"], h["biases"], h["trained_on"]
        if not (type(count) is int and type(text_bytes) is int and type(width) is int and count > 0
                and isinstance(names, list) and all(isinstance(n, str) for n in names)
                and isinstance(biases, list) and all(type(b) is float and math.isfinite(b) for b in biases)
                and isinstance(trained_on, list) and all(isinstance(t, str) for t in trained_on)):
            return None
        grams = str(body[:text_bytes], "utf-8", "surrogatepass").split(GRAM_SEPARATOR)
        values = marshal.loads(body[text_bytes:])
        if not (type(values) is list and len(grams) == count == len(values) and set(map(type, values)) == {int}):
            return None
        rows = dict(zip(grams, values, strict=True))
        if len(rows) != count:
            return None
        return RelevanceModel.from_packed(names, biases, width, rows, trained_on)
    except (ValueError, TypeError, KeyError, OverflowError, RecursionError, EOFError):
        return None


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> RelevanceModel | None:
    """The bundled model, or None when there is none (the rules then decide alone)."""
    return _load(path)


def weights_of(model: RelevanceModel, item_id: str) -> Mapping[str, float]:
    """An item's non-zero weights by n-gram (for inspection and tests)."""
    i = model.item_ids.index(item_id)
    weights = {gram: model._unpack(row)[i] / WEIGHT_SCALE for gram, row in model.rows.items()}
    return {gram: w for gram, w in weights.items() if w != 0.0}
