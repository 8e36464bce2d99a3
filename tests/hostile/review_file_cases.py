"""Hostile review files: a real saved review, edited the way a sender could.

Each case maps the saved JSON (a dict) to the bytes of a broken file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reviewer.session import new_saved_review, save_review_file
from tests.session.test_review_file import annotated, sample_review


def saved_review_file(folder: Path) -> Path:
    path = folder / "vendor.review.json"
    save_review_file(path, new_saved_review(sample_review(), folder / "vendor.pdf", annotated()))
    return path


def _edit(change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], bytes]:
    def make(data: dict[str, Any]) -> bytes:
        change(data)
        return json.dumps(data).encode()
    return make


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], bytes]:
    def change(data: dict[str, Any]) -> None:
        node: Any = data
        keys = path.split("/")
        for k in keys[:-1]:
            node = node[int(k)] if isinstance(node, list) else node[k]
        last = keys[-1]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
    return _edit(change)


def nested(depth: int) -> Callable[[dict[str, Any]], bytes]:
    return lambda data: b'{"format": "contract-reviewer/review-file", "schema_version": 1, "x": ' + (
        b"[" * depth) + (b"]" * depth) + b"}"


CASES: dict[str, tuple[Callable[[dict[str, Any]], bytes], str]] = {
    "score-text": (_set("review/score", "high"), "review.score' must be a number"),
    "score-nan": (lambda d: json.dumps(d).replace('"score": 61.25', '"score": NaN').encode(),
                  "review.score' must be a number"),
    "box-text": (_set("review/clauses/1/location/boxes/0", ["a", 1, 2, 3, 4]),
                 "boxes\\[0\\]\\[0\\]' must be a whole page number"),
    "box-short": (_set("review/clauses/1/location/boxes/0", [1, 2]), "a list of 5 numbers"),
    "boxes-object": (_set("review/clauses/1/location/boxes", {"a": 1}), "must be a list"),
    "clause-number-object": (_set("review/clauses/1/number", {"x": 1}),
                             "clauses\\[1\\].number' must be text"),
    "clause-index-text": (_set("review/clauses/1/index", "1"), "must be a whole number"),
    "clause-kind-unknown": (_set("review/clauses/1/kind", "script"), "not one of"),
    "status-unknown": (_set("review/findings/0/status", "great"), "not met, vague or missing"),
    "findings-object": (_set("review/findings", {"x": 1}), "must be a list"),
    "note-control-char": (_set("annotations/items/support-hours/note", "ring\x07bell"),
                          "control character \\(U\\+0007\\)"),
    "note-huge": (_set("annotations/items/support-hours/note", "x" * 200_000),
                  "NOTE_CHARS"),
    "asked-vendor-text": (_set("annotations/items/support-hours/asked_vendor", "yes"),
                          "must be true or false"),
    "annotations-list": (_set("annotations", []), "must be an object"),
    "contract-name-list": (_set("contract/name", ["a"]), "contract.name' must be text"),
    "facts-map-bad": (_set("review/findings/0/facts", {"$map": [[{"a": 1}, 1]]}),
                      "a key that is text"),
    "nested-100000": (nested(100_000), "nested|levels of nesting"),
    "nested-70": (nested(70), "levels of nesting"),
}
