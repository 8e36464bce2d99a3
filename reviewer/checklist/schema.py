"""The rules of the checklist format, and reading its YAML nodes.

Rules: the keys each part may hold, the fact names a `met` alternative may
use (the analysis defines them), how a phrase compiles to a regex.

Reading: errors a reviewer can act on.

`reviewer.checklist.loader` builds the model from YAML *nodes* (not from
`yaml.safe_load`'s plain dicts) so every error can name the line it is on,
duplicate keys can be refused (PyYAML silently keeps the last one), and words
such as ``no`` or ``on`` in a phrase list stay words instead of becoming
booleans. Only SafeLoader nodes are ever built: a checklist cannot run code.

`Reader` carries the file path and the key path ("sections[response].weight")
down the tree; its methods return plain Python values or raise
`ChecklistError(message, path=, line=, key=)`.
"""

from __future__ import annotations

import difflib
import math
import re

import yaml

from reviewer.checklist.facts import FACT_NAMES
from reviewer.errors import ChecklistError
from reviewer.language import CJK_TEXT_CHAR

SCHEMA = "contract-reviewer/checklist-1"
ID_PATTERN = re.compile(r"[a-z0-9-]+")

# The keys each kind of mapping may hold. Required keys come first; the
# loader checks presence itself because the message depends on the key.
TOP_KEYS = ("schema", "id", "version", "title", "vague", "sections", "scorecards")
SECTION_KEYS = ("id", "title", "weight", "items")
ITEM_KEYS = (
    "id", "title", "description", "question", "find",
    "weight", "facts", "met", "vague", "ignore_vague", "negation", "policy",
    "positions",  # negotiation positions: reviewer/checklist/positions.py
)
FIND_KEYS = ("keywords", "context", "headings", "exclude")
MET_KEYS = ("facts", "patterns", "min_count")
POLICY_KEYS = ("fact", "max", "min", "message")
LANGUAGE_KEYS = ("en", "zh")
SCORECARD_KEYS = ("id", "title", "dimensions")
DIMENSION_KEYS = ("id", "title", "weight", "items", "sections")

_KIND_NAMES = {
    yaml.MappingNode: "a set of 'key: value' lines",
    yaml.SequenceNode: "a list",
    yaml.ScalarNode: "a single value",
}


def line_of(node: yaml.Node) -> int:
    """1-based line where a node starts."""
    return int(node.start_mark.line) + 1


def compose(text: str, path: str) -> yaml.Node:
    """Parse YAML text into a node tree (SafeLoader), refusing broken YAML."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = int(mark.line) + 1 if mark is not None else None
        problem = exc.problem or exc.context or "unreadable YAML"
        if "'\\t'" in problem:
            hint = "Indent with spaces, not tabs."
        elif "another document" in problem:
            hint = "A checklist file holds one document: remove the second '---' line."
        else:
            hint = "Check the indentation, colons and quotes on this line and the one above it."
        raise ChecklistError(
            f"this is not valid YAML ({problem}). {hint}", path=path, line=line
        ) from None
    except yaml.YAMLError as exc:  # e.g. a stray control character, no position
        raise ChecklistError(f"this is not valid YAML ({exc}).", path=path) from None
    if node is None:
        raise ChecklistError(
            "the file is empty. A checklist starts with "
            f"'schema: {SCHEMA}'; see docs/checklists.md.",
            path=path,
        )
    return node


class Reader:
    """Typed access to YAML nodes; every failure names file, line and key."""

    def __init__(self, path: str) -> None:
        self.path = path

    # -- errors -------------------------------------------------------------

    def error(self, message: str, node: yaml.Node | None, key: str | None) -> ChecklistError:
        return ChecklistError(
            message, path=self.path, line=line_of(node) if node is not None else None, key=key
        )

    def _wrong_kind(self, node: yaml.Node, key: str, wanted: str) -> ChecklistError:
        got = _KIND_NAMES.get(type(node), "something else")
        shown = f" ('{node.value}')" if isinstance(node, yaml.ScalarNode) and node.value else ""
        return self.error(f"'{_last(key)}' must be {wanted}, but it is {got}{shown}.", node, key)

    # -- structure ----------------------------------------------------------

    def mapping(
        self, node: yaml.Node, key: str, allowed: tuple[str, ...], required: tuple[str, ...] = ()
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """A mapping's entries as {key: (key node, value node)}.

        Refuses unknown keys (suggesting the closest allowed one), duplicate
        keys and missing required keys.
        """
        if not isinstance(node, yaml.MappingNode):
            raise self._wrong_kind(node, key, "a set of 'key: value' lines")
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for knode, vnode in node.value:
            name = knode.value if isinstance(knode, yaml.ScalarNode) else None
            sub = _join(key, str(name))
            if name is None or name not in allowed:
                shown = name if name is not None else "(a list or mapping used as a key)"
                hint = _suggest(str(shown), allowed)
                raise self.error(
                    f"unknown key '{shown}'.{hint} Allowed here: {', '.join(allowed)}.",
                    knode, sub,
                )
            if name in out:
                first = line_of(out[name][0])
                raise self.error(
                    f"'{name}' appears twice (first on line {first}). Keep only one.", knode, sub
                )
            out[name] = (knode, vnode)
        for name in required:
            if name not in out:
                raise self.error(
                    f"the required key '{name}' is missing here.", node, _join(key, name)
                )
        return out

    def sequence(self, node: yaml.Node, key: str, *, non_empty: bool = False) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            raise self._wrong_kind(node, key, "a list (lines starting with '- ')")
        if non_empty and not node.value:
            raise self.error(f"'{_last(key)}' must not be empty.", node, key)
        return list(node.value)

    def indexed(self, node: yaml.Node, key: str) -> list[tuple[int, yaml.Node]]:
        """Entries of a non-empty list, numbered from 1 for messages."""
        return list(enumerate(self.sequence(node, key, non_empty=True), start=1))

    # -- values -------------------------------------------------------------

    def string(self, node: yaml.Node, key: str) -> str:
        """A scalar's text exactly as written (so `version: 1.10` stays "1.10")."""
        if not isinstance(node, yaml.ScalarNode):
            raise self._wrong_kind(node, key, "text")
        value = str(node.value).strip()
        if not value:
            raise self.error(f"'{_last(key)}' must not be empty.", node, key)
        return value

    def identifier(self, node: yaml.Node, key: str) -> str:
        value = self.string(node, key)
        if not ID_PATTERN.fullmatch(value):
            raise self.error(
                f"the id '{value}' may only use lower-case letters a-z, digits and '-' "
                "(for example 'response-times').",
                node, key,
            )
        return value

    def number(self, node: yaml.Node, key: str, *, positive: bool = False) -> float:
        value = _scalar_number(node)
        if value is None:
            raise self._wrong_kind(node, key, "a number")
        if positive and value <= 0:
            raise self.error(f"'{_last(key)}' must be greater than 0, not {node.value}.", node, key)
        return value

    def integer(self, node: yaml.Node, key: str, *, minimum: int) -> int:
        value = _scalar_number(node)
        if value is None or value != int(value) or value < minimum:
            raise self.error(
                f"'{_last(key)}' must be a whole number of at least {minimum}, "
                f"not '{getattr(node, 'value', '')}'.",
                node, key,
            )
        return int(value)

    def strings(self, node: yaml.Node, key: str) -> tuple[str, ...]:
        """A list of texts; a single text counts as a one-element list."""
        if isinstance(node, yaml.ScalarNode):
            return (self.string(node, key),)
        return tuple(self.string(child, key) for child in self.sequence(node, key))


def _scalar_number(node: yaml.Node) -> float | None:
    if not isinstance(node, yaml.ScalarNode) or node.tag not in (
        "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    ):
        return None
    try:
        value = float(str(node.value).replace("_", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _suggest(name: str, allowed: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(name.lower(), allowed, n=1, cutoff=0.6)
    return f" Did you mean '{close[0]}'?" if close else ""


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _last(key: str) -> str:
    return key.rsplit(".", 1)[-1].split("[", 1)[0] or key


def fact_names() -> frozenset[str]:
    """Names a `met` alternative may list under `facts` (`reviewer.checklist.facts`)."""
    return FACT_NAMES


def compile_term(term: str, lang: str) -> re.Pattern[str]:
    """Compile one term of a checklist (see docs/checklists.md, "Phrases").

    ``/regex/`` is a Python regex. A plain phrase in the ``en`` list that has
    no Chinese in it matches with any run of whitespace between words; any
    other plain phrase is a literal. Both match on word boundaries where they
    begin or end with a Latin letter or digit. Boundaries look only
    at ASCII letters and digits, so "SLA" still matches in "的SLA服务" (a
    Chinese character is a word character to ``\\b``). Case never matters.
    """
    if len(term) >= 2 and term.startswith("/") and term.endswith("/"):
        return re.compile(term[1:-1], re.IGNORECASE)
    if lang != "en" or CJK_TEXT_CHAR.search(term):
        # A literal, but its Latin ends still need word boundaries: "ISO" in the
        # Chinese list must not match "isolates", nor "SOC" "social".
        body = re.escape(term)
    else:
        body = r"\s+".join(re.escape(word) for word in term.split())
    if re.match(r"[A-Za-z0-9_]", term):
        body = r"(?<![A-Za-z0-9_])" + body
    if re.search(r"[A-Za-z0-9_]$", term):
        body += r"(?![A-Za-z0-9_])"
    return re.compile(body, re.IGNORECASE)
