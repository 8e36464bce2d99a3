"""The relevance model's fast form gives the same numbers, bit for bit.

- `relevance.compact.json` is the shipped `relevance.json`, regenerated
  (a retrained model without it fails here, with the command to run);
- the model loaded from either file scores real clauses exactly as the plain
  per-n-gram loop over the JSON's weights does, summed exactly (integer
  ten-thousandths): the same floats, not close ones, in any order of the
  n-grams;
- a stale, damaged or missing compact file is never used: the JSON is read.
"""

from __future__ import annotations

import base64
import json
import math
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.analysis import relevance
from reviewer.analysis.matching import build_views
from reviewer.analysis.relevance import MODEL_PATH, RelevanceModel, compact_json, compact_path, features
from reviewer.ingest import read_document
from reviewer.segment import segment

TESTS = Path(__file__).resolve().parents[1]
REGEN = ".venv/bin/python tools/train_relevance.py --compact"


def _reference_grams(text: str, prefix: str) -> set[str]:
    padded = f" {text} "
    out: set[str] = set()
    for n in relevance.NGRAMS:
        out.update(prefix + padded[i:i + n] for i in range(len(padded) - n + 1))
    return out


def _reference_features(text: str, context: str) -> frozenset[str]:
    feats = _reference_grams(relevance.normalise(text)[:relevance.MAX_TEXT], "")
    if context:
        feats |= _reference_grams(relevance.normalise(context)[:relevance.MAX_CONTEXT], "§")
    return frozenset(feats)


_INVERTED: dict[int, tuple[dict[str, Any], dict[str, list[tuple[int, Fraction]]]]] = {}


def _inverted(data: dict[str, Any]) -> dict[str, list[tuple[int, Fraction]]]:
    """Per n-gram, (item index, exact weight): built once per model (~150,000
    weights as fractions; rebuilt per clause it made this file take minutes)."""
    cached = _INVERTED.get(id(data))
    if cached is not None and cached[0] is data:
        return cached[1]
    inverted: dict[str, list[tuple[int, Fraction]]] = {}
    for i, entry in enumerate(data["items"].values()):
        for gram, w in entry["weights"].items():
            inverted.setdefault(gram, []).append((i, Fraction(str(w))))
    _INVERTED[id(data)] = (data, inverted)
    return inverted


def _reference_probabilities(data: dict[str, Any], feats: frozenset[str]) -> dict[str, float]:
    """The first implementation: per n-gram, add its weight to every item that has one, with the
    sums exact (as fractions) and rounded once: a float sum would depend on the n-grams' order."""
    names = list(data["items"])
    inverted = _inverted(data)
    totals = [Fraction(0)] * len(names)
    for gram in feats:
        for i, w in inverted.get(gram, ()):
            totals[i] += w
    scale = 1.0 / math.sqrt(len(feats))
    out = {}
    for name, total in zip(names, totals, strict=True):
        z = float(data["items"][name]["bias"]) + float(total) * scale
        out[name] = 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0
    return out


@pytest.fixture(scope="module")
def clauses() -> list[tuple[str, str]]:
    """(text, context) of real clauses, English and Chinese, PDF and DOCX."""
    paths = sorted(p for p in (TESTS / "corpus").iterdir() if p.suffix in (".pdf", ".docx"))
    chosen = [p for p in paths if p.stem.endswith("-en")][:4] + [p for p in paths if p.stem.endswith("-zh")][:4]
    out = [(v.text, v.context) for p in chosen for v in build_views(segment(read_document(p)))]
    assert len(out) > 100
    return out


def test_compact_file_is_the_shipped_model_regenerated() -> None:
    expected = compact_json(MODEL_PATH.read_bytes())
    assert compact_path(MODEL_PATH).read_text(encoding="utf-8") == expected, (
        f"{compact_path(MODEL_PATH).name} is not relevance.json's compact form: run {REGEN}")


def test_features_are_those_of_the_plain_loop(clauses: list[tuple[str, str]]) -> None:
    for text, context in clauses[:200]:
        fast, plain = features(text, context), _reference_features(text, context)
        assert fast == plain
        # The order of iteration may differ (built in another order): it does not matter,
        # the scores are exact integer sums (see the test on the n-grams' order below) and
        # the trainer sorts the n-grams.


@pytest.mark.parametrize("text", ["", "a", "ab", "abc", "abcd", " x ", "响应", "乙方应在30分钟内响应。",
                                  "\U0001f600 ok"])
@pytest.mark.parametrize("prefix", ["", "§"])
def test_n_grams_of_short_and_edge_texts_are_those_of_the_plain_loop(text: str, prefix: str) -> None:
    assert relevance._grams(text, prefix) == _reference_grams(text, prefix)


def _reference_normalise(text: str) -> str:
    import re
    import unicodedata

    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", re.sub(r"\d", "0", text)).strip()


# Every character that is white space to Python (str.isspace: \x1c-\x1f, NEL, NBSP,
# the ideographic space...), digits of several scripts and plain text.
_SPACES = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())


@given(st.text(alphabet=st.sampled_from(_SPACES + "ab Z9٣０\u200b§")))
def test_normalise_folds_white_space_as_the_regex_did(text: str) -> None:
    assert relevance.normalise(text) == _reference_normalise(text)


def test_normalise_of_real_clauses_is_that_of_the_regex(clauses: list[tuple[str, str]]) -> None:
    for text, context in clauses:
        assert relevance.normalise(text) == _reference_normalise(text)
        assert relevance.normalise(context) == _reference_normalise(context)


def test_scores_are_bit_identical_to_the_plain_loop(clauses: list[tuple[str, str]]) -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    from_compact = relevance._load(MODEL_PATH)
    from_json = RelevanceModel.from_json(data)
    assert from_compact is not None
    checked = 0
    for text, context in clauses:
        feats = features(text, context)
        expected = _reference_probabilities(data, feats)
        for model in (from_compact, from_json):
            got = model.probabilities(feats)
            assert list(got) == list(expected)
            assert [p.hex() for p in got.values()] == [p.hex() for p in expected.values()], text[:80]
            # The per-clause path (the context's sum kept for its siblings) gives the same floats.
            assert model.clause_probabilities(text, context) == got
        checked += sum(p >= 0.5 for p in expected.values())
    assert checked > 20  # the clauses include ones the model is sure about
    # No n-gram the model knows, and exactly one: the edge cases of picking rows.
    unknown = features("ꙮꙮꙮ")
    one = frozenset({next(iter(data["items"]["response-times"]["weights"])), "ꙮꙮ"})
    for feats in (unknown, one):
        expected = _reference_probabilities(data, feats)
        got = from_compact.probabilities(feats)
        assert [p.hex() for p in got.values()] == [p.hex() for p in expected.values()]
    assert from_compact.probabilities(frozenset()) == dict.fromkeys(from_compact.item_ids, 0.0)


def _model_files(tmp_path: Path, compact: str | None) -> Path:
    path = tmp_path / "relevance.json"
    path.write_bytes(MODEL_PATH.read_bytes())
    if compact is not None:
        compact_path(path).write_text(compact, encoding="utf-8")
    return path


def _damaged(change: str) -> str:
    data = json.loads(compact_path(MODEL_PATH).read_text(encoding="utf-8"))
    if change == "stale":
        data["source_sha256"] = "0" * 64
    elif change == "truncated":
        data["weights"] = data["weights"][:-8]
    elif change == "position-out-of-range":
        positions = bytearray(base64.b64decode(data["positions"]))
        positions[-4:] = (2**32 - 1).to_bytes(4, "little")
        data["positions"] = base64.b64encode(bytes(positions)).decode()
    elif change == "not-base64":
        data["positions"] = "*" + data["positions"][1:]
    elif change == "zero-scale":
        data["weight_scale"] = 0
    elif change == "other-format":
        data["format"] = "relevance-arrays/0"
    elif change == "missing-field":
        del data["counts"]
    return json.dumps(data)


@pytest.mark.parametrize("change", ["stale", "truncated", "position-out-of-range", "not-base64", "zero-scale",
                                    "other-format", "missing-field", "not-json", "absent"])
def test_a_bad_compact_file_is_ignored_for_the_json(tmp_path: Path, change: str,
                                                    clauses: list[tuple[str, str]]) -> None:
    compact = {"not-json": "{\"format\": ", "absent": None}.get(change, "") or _damaged(change)
    path = _model_files(tmp_path, None if change == "absent" else compact)
    loaded = relevance._load(path)
    reference = RelevanceModel.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    assert loaded is not None
    for text, context in clauses[:30]:
        feats = features(text, context)
        assert loaded.probabilities(feats) == reference.probabilities(feats)


def test_a_stale_compact_file_does_not_hide_a_retrained_model(tmp_path: Path) -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    item = next(iter(data["items"]))
    data["items"][item]["bias"] = 9.0  # "retrained": every clause is now about this item
    path = _model_files(tmp_path, compact_path(MODEL_PATH).read_text(encoding="utf-8"))
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = relevance._load(path)
    assert loaded is not None
    assert loaded.probability(item, features("Each party shall pay its own costs.")) > 0.99


def test_compact_form_refuses_weights_it_cannot_store_exactly() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    item = next(iter(data["items"]))
    gram = next(iter(data["items"][item]["weights"]))
    data["items"][item]["weights"][gram] = 0.12345
    with pytest.raises(ValueError, match="not a multiple of 1/10000"):
        compact_json(json.dumps(data).encode())


def test_scores_do_not_depend_on_the_order_of_the_n_grams(clauses: list[tuple[str, str]]) -> None:
    model = relevance._load(MODEL_PATH)
    assert model is not None
    for text, context in clauses[:100]:
        feats = sorted(features(text, context))
        forward = model.probabilities(feats)
        assert [p.hex() for p in forward.values()] == [p.hex() for p in model.probabilities(feats[::-1]).values()]


@pytest.mark.parametrize("text", ["§ 5 Support. Provider shall respond within 4 hours.", "", "  "])
def test_a_text_holding_the_context_mark_or_nothing_scores_as_its_features(text: str) -> None:
    # "§ab" from the text and "ab" from the context are one n-gram, counted once.
    model = relevance._load(MODEL_PATH)
    assert model is not None
    for context in ("§ 5 Support / Response", "Support", ""):
        assert model.clause_probabilities(text, context) == model.probabilities(features(text, context))


class _Narrow(RelevanceModel):
    GRAM_BITS = 2  # sums of 3 n-grams at a time: the chunked path, with digits near their limits


def test_packed_sums_hold_extreme_weights_and_long_sets() -> None:
    big = 2**31 - 1
    names, grams = ["a", "b", "c"], ["g0", "g1", "g2", "g3", "g4", "g5", "g6"]
    items = [([0, 1, 2, 3, 4, 5, 6], [-big] * 7), ([0, 2, 4, 6], [big, big, 1, -1]), ([6, 5], [-1, -big])]
    for cls in (RelevanceModel, _Narrow):
        model = cls(names, [0.0, 0.0, 0.0], grams, items)
        sums = model._sums([*grams, "unknown"])
        assert sums == [-7 * big, 2 * big, -big - 1]
        assert model._sums(["g6"]) == [-big, -1, -1]
    with pytest.raises(ValueError, match="outside the vocabulary"):
        RelevanceModel(names[:1], [0.0], grams, [([7], [1])])
    with pytest.raises(ValueError, match="two weights for one n-gram"):
        RelevanceModel(names[:1], [0.0], grams, [([1, 1], [1, 2])])


def test_a_vocabulary_that_repeats_an_n_gram_is_refused() -> None:
    with pytest.raises(ValueError, match="repeats an n-gram"):
        RelevanceModel(["a"], [0.0], ["xy", "yz", "xy"], [([0, 1], [5, -3])])
    assert RelevanceModel(["a"], [0.0], ["xy", "yz"], [([0, 1], [5, -3])]).rows["yz"] == -3


# -- the packed rows kept in the cache folder -------------------------------------


def _same_model(a: RelevanceModel, b: RelevanceModel) -> None:
    assert (a.names, a.biases, a.trained_on) == (b.names, b.biases, b.trained_on)
    assert a.packed_rows()[0] == b.packed_rows()[0]
    assert a.rows == b.rows and list(a.rows) == list(b.rows)  # same integers, same vocabulary order


def _uncached() -> RelevanceModel:
    source = MODEL_PATH.read_bytes()
    return RelevanceModel.from_compact(json.loads(compact_path(MODEL_PATH).read_bytes()),
                                       relevance.hashlib.sha256(source).hexdigest())


def test_packed_rows_are_cached_and_read_back_as_the_same_model(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clauses: list[tuple[str, str]]) -> None:
    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(tmp_path))
    reference = _uncached()
    first = relevance._load(MODEL_PATH)  # builds from the compact file, writes the cache
    files = list(tmp_path.glob("relevance-*.bin"))
    assert first is not None and len(files) == 1

    def refuse(*_args: Any) -> RelevanceModel:
        raise AssertionError("the compact file was read although the cache holds the model")

    monkeypatch.setattr(RelevanceModel, "from_compact", classmethod(refuse))
    second = relevance._load(MODEL_PATH)
    assert second is not None
    _same_model(second, reference)
    _same_model(first, reference)
    for text, context in clauses[:50]:
        feats = features(text, context)
        assert second.probabilities(feats) == reference.probabilities(feats)
        assert second.clause_probabilities(text, context) == reference.clause_probabilities(text, context)


@pytest.mark.parametrize("damage", ["truncated", "flipped", "other-format", "stale", "header-only", "empty"])
def test_a_damaged_packed_cache_is_ignored_and_rewritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         damage: str) -> None:
    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(tmp_path))
    assert relevance._load(MODEL_PATH) is not None
    [file] = tmp_path.glob("relevance-*.bin")
    raw = file.read_bytes()
    head, _, body = raw.partition(b"\n")
    header = json.loads(head)
    if damage == "truncated":
        raw = raw[:-100]
    elif damage == "flipped":
        raw = raw[:-50] + bytes([raw[-50] ^ 1]) + raw[-49:]
    elif damage in ("other-format", "stale"):
        header["format" if damage == "other-format" else "source_sha256"] = "x"
        raw = json.dumps(header).encode() + b"\n" + body
    elif damage == "header-only":
        raw = head
    else:
        raw = b""
    file.write_bytes(raw)
    source_sha256 = relevance.hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest()
    assert relevance.read_packed(file, source_sha256) is None
    loaded = relevance._load(MODEL_PATH)
    assert loaded is not None
    _same_model(loaded, _uncached())
    rewritten = relevance.read_packed(file, source_sha256)  # the good file is back
    assert rewritten is not None
    _same_model(rewritten, loaded)


def test_no_packed_cache_when_caching_is_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("REVIEWER_NO_CACHE", "1")
    loaded = relevance._load(MODEL_PATH)
    assert loaded is not None
    _same_model(loaded, _uncached())
    assert not list(tmp_path.iterdir())


def test_a_retrained_model_gets_its_own_packed_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(tmp_path / "cache"))
    assert relevance._load(MODEL_PATH) is not None
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    item = next(iter(data["items"]))
    data["items"][item]["bias"] = 9.0
    path = _model_files(tmp_path, None)
    path.write_text(json.dumps(data), encoding="utf-8")
    for _ in range(2):  # built from the JSON and cached, then read from the cache
        loaded = relevance._load(path)
        assert loaded is not None
        assert loaded.probability(item, features("Each party shall pay its own costs.")) > 0.99
    assert len(list((tmp_path / "cache").glob("relevance-*.bin"))) == 2


@pytest.mark.parametrize("values", ["floats", "short", "not-a-list", "code"])
def test_packed_cache_whose_integers_are_not_integers_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 values: str) -> None:
    """A file with a valid checksum whose marshal-ed part is not exactly one int per n-gram."""
    import marshal

    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(tmp_path))
    assert relevance._load(MODEL_PATH) is not None
    [file] = tmp_path.glob("relevance-*.bin")
    head, _, body = file.read_bytes().partition(b"\n")
    header = json.loads(head)
    text = body[:header["text_bytes"]]
    count = header["grams"]
    payload = {"floats": [1.0] * count, "short": [1] * (count - 1), "not-a-list": dict.fromkeys(range(count), 1),
               "code": compile("1", "x", "eval")}[values]
    body = text + marshal.dumps(payload)
    header["sha256"] = relevance.hashlib.sha256(body).hexdigest()
    file.write_bytes(json.dumps(header).encode() + b"\n" + body)
    source_sha256 = relevance.hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest()
    assert relevance.read_packed(file, source_sha256) is None
    loaded = relevance._load(MODEL_PATH)
    assert loaded is not None
    _same_model(loaded, _uncached())


# -- digits read back in C, and the items that reach a threshold ---------------------


def _unpacked_by_loop(model: RelevanceModel, total: int) -> list[int]:
    """The signed digits of a packed sum, one shift and mask at a time (the general path)."""
    width, out = model.packed_rows()[0], []
    for _ in model.item_ids:
        digit = total & ((1 << width) - 1)
        if digit >= 1 << (width - 1):
            digit -= 1 << width
        out.append(digit)
        total = (total - digit) >> width
    return out


@given(st.lists(st.one_of(st.sampled_from([-2**31, -2**31 + 1, -1, 0, 1, 2**31 - 2, 2**31 - 1]),
                          st.integers(-2**31, 2**31 - 1)), min_size=3, max_size=3))
def test_thirty_two_bit_digits_read_in_one_call_are_the_loops(digits: list[int]) -> None:
    model = RelevanceModel(["a", "b", "c"], [0.0] * 3, ["g"], [([0], [5]), ([], []), ([0], [-7])])
    assert model.packed_rows()[0] == 32  # small weights: the width is raised to the fast one
    total = sum(d << (32 * i) for i, d in enumerate(digits))
    assert model._unpack(total) == digits == _unpacked_by_loop(model, total)


def test_the_shipped_model_reads_its_digits_in_one_call(clauses: list[tuple[str, str]]) -> None:
    model = relevance._load(MODEL_PATH)
    assert model is not None and model.packed_rows()[0] == 32
    for text, context in clauses[:200]:
        total = sum(filter(None, map(model.rows.get, features(text, context))), 0)
        assert model._unpack(total) == _unpacked_by_loop(model, total)


@pytest.mark.parametrize("threshold", [0.6, 0.2, 0.05, 0.8, 0.5, 1.0, 0.0])
def test_items_reaching_a_threshold_are_those_whose_probability_does(
        clauses: list[tuple[str, str]], threshold: float) -> None:
    model = relevance._load(MODEL_PATH)
    assert model is not None
    reached = 0
    for text, context in clauses:
        sums, count = model.clause_sums(text, context)
        scores = model.clause_probabilities(text, context)
        assert [model.item_probability(i, k, count) for i, k in enumerate(sums)] == list(scores.values())
        expected = [i for i, p in enumerate(scores.values()) if p >= threshold]
        assert model.reaching(sums, count, threshold) == expected
        reached += bool(expected)
    assert reached or threshold == 1.0  # (some clause reaches every other threshold tried)


def test_a_sum_just_below_the_floor_is_below_the_threshold() -> None:
    # The floor's margin: for every n-gram count, the largest sum the floor turns
    # away still gives a probability under the threshold.
    model = RelevanceModel(["a", "b"], [-3.25, 0.7], ["g"], [([0], [1]), ([0], [1])])
    for count in (1, 2, 17, 300, 4500):
        floors = model._floors_for(0.6, count)
        assert floors is not None
        for i, least in enumerate(floors):
            assert model.item_probability(i, least - 1, count) < 0.6
            assert model.reaching([least - 1, least - 1], count, 0.6) == [
                j for j in (0, 1) if model.item_probability(j, least - 1, count) >= 0.6]
