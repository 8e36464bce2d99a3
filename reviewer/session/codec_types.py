"""Typed reading of a review file's JSON values: the checks `codec` decodes through.

A review file travels by e-mail and may have been edited by hand or by an
attacker. Every value is checked for its type (a score is a finite number, a
box five numbers, a clause number text or null, a note text without control
characters and within `reviewer.limits.NOTE_CHARS`) and a wrong one raises
`DecodeError` naming where it is, e.g. ``findings[3].evidence[0].location.boxes[1]``.
Nesting depth is checked before decoding (`check_depth`), iteratively, so a
file nested 100,000 deep is refused instead of exhausting the stack.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from reviewer import limits


class DecodeError(ValueError):
    """The JSON does not have the shape of a review file."""


_MISSING: Any = object()
# C0 controls other than tab, newline and carriage return: never typed by a person,
# and they cannot be written to an .xlsx or .docx export.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "true/false", int: "a number", float: "a number", str: "text",
            list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


def wrong(where: str, wanted: str, value: Any) -> DecodeError:
    return DecodeError(f"'{where}' must be {wanted}, not {_kind(value)}")


def obj(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise wrong(where, "an object", value)
    return value


def field(d: Mapping[str, Any], key: str, where: str, default: Any = _MISSING) -> Any:
    if key in d:
        return d[key]
    if default is _MISSING:
        raise DecodeError(f"'{where}.{key}' is missing" if where else f"'{key}' is missing")
    return default


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def text(d: Mapping[str, Any], key: str, where: str, default: Any = _MISSING, *,
         person: bool = False) -> str:
    """A string; ``person``: written by a person (length-limited, no control characters)."""
    value = field(d, key, where, default)
    return check_text(value, _at(where, key), person=person)


def check_text(value: Any, where: str, *, person: bool = False) -> str:
    if not isinstance(value, str):
        raise wrong(where, "text", value)
    if person:
        cap = limits.NOTE_CHARS
        if len(value) > cap.value:
            raise DecodeError(f"'{where}' is {len(value):,} characters long, more than the "
                              f"limit of {cap.value:,} ({cap.env})")
        m = _CONTROL.search(value)
        if m:
            raise DecodeError(f"'{where}' contains a control character "
                              f"(U+{ord(m.group()):04X}) that no editor types")
    return value


def without_controls(value: str) -> str:
    """``value`` with the control characters a review file refuses removed."""
    return _CONTROL.sub("", value) if _CONTROL.search(value) else value


def opt_text(d: Mapping[str, Any], key: str, where: str) -> str | None:
    value = d.get(key)
    return None if value is None else check_text(value, _at(where, key))


def integer(d: Mapping[str, Any], key: str, where: str, default: Any = _MISSING) -> int:
    value = field(d, key, where, default)
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 10**12:
        raise wrong(_at(where, key), "a whole number", value)
    return value


def opt_integer(d: Mapping[str, Any], key: str, where: str) -> int | None:
    return None if d.get(key) is None else integer(d, key, where)


def number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise wrong(where, "a number", value)
    return float(value) if isinstance(value, float) else value


def array(d: Mapping[str, Any], key: str, where: str, default: Any = _MISSING) -> list[Any]:
    value = field(d, key, where, default)
    if isinstance(value, tuple):
        return list(value)
    if not isinstance(value, list):
        raise wrong(_at(where, key), "a list", value)
    return value


def texts(d: Mapping[str, Any], key: str, where: str) -> tuple[str, ...] | None:
    value = d.get(key)
    if value is None:
        return None
    items = array(d, key, where)
    return tuple(check_text(v, f"{_at(where, key)}[{i}]") for i, v in enumerate(items))


def boolean(d: Mapping[str, Any], key: str, where: str, default: bool) -> bool:
    value = d.get(key, default)
    if not isinstance(value, bool):
        raise wrong(_at(where, key), "true or false", value)
    return value


def check_depth(data: Any, source: str) -> None:
    """Refuse JSON nested deeper than `limits.JSON_DEPTH` (checked without recursion)."""
    cap = limits.JSON_DEPTH.value
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > cap:
            raise DecodeError(limits.JSON_DEPTH.message(source))
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
