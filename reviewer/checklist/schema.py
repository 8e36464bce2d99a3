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
import re._parser as sre_parser  # type: ignore[import-not-found]  # stdlib, private since 3.11
from typing import Any

import yaml

from reviewer import limits
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
    "vague_exempt",  # wording in which a hedge qualifies something beside the item
    "positions",  # negotiation positions: reviewer/checklist/positions.py
    "key_fact",  # what comparisons show: reviewer/checklist/key_facts.py
    "enabled",  # false: kept in the file (a playbook can turn it back on), not judged
    "overridden_by",  # wording that anywhere outweighs a met clause (a broad grant of rights)
    "override_answered_by",  # wording that, later in the same clause, answers such a grant
    "override_kept_by",  # wording that, in the clause that meets the item, outweighs any such grant
    "weak_overridden_by",  # a grant like `overridden_by` that a clause with `weak_override_kept_by` outweighs
    "weak_override_kept_by",  # wording that, in the clause that meets the item, outweighs a weak grant
    "in_definitions",  # true: a definition of another term may address the item
)
FIND_KEYS = ("keywords", "context", "headings", "exclude", "exclude_always", "purpose", "exclude_lead_in",
             "addressed_by")
MET_KEYS = ("facts", "patterns", "min_count", "named_outweighs_vague", "unmet_alongside")
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
    """Parse YAML text into a node tree (SafeLoader), refusing broken YAML.

    Size, nesting depth and the number of values after expanding aliases are
    checked first, from the parser's events (no recursion, no tree built): a
    checklist nested 5,000 deep or an alias bomb is refused in milliseconds.
    """
    check_size(text, path)
    try:
        check_shape(text, path)
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
    except RecursionError:
        raise ChecklistError(limits.YAML_DEPTH.message("The checklist"), path=path) from None
    if node is None:
        raise ChecklistError(
            "the file is empty. A checklist starts with "
            f"'schema: {SCHEMA}'; see docs/checklists.md.",
            path=path,
        )
    return node


# The parser written in C when PyYAML has it: the shape check then costs little.
_EventLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def check_size(text: str, path: str) -> None:
    cap = limits.CHECKLIST_BYTES
    if len(text) > cap.value:
        raise ChecklistError(cap.message("The checklist", len(text.encode("utf-8", "replace")),
                                         advice="A checklist is a few hundred KB at most."),
                             path=path)


def check_shape(text: str, path: str) -> None:
    """`_check_shape` with the C parser; broken YAML is reported by the Python one.

    Its messages are the ones the hints in `compose` know.
    """
    try:
        _check_shape(text, path, _EventLoader)
    except yaml.YAMLError:
        _check_shape(text, path, yaml.SafeLoader)


def _check_shape(text: str, path: str, loader: Any) -> None:
    """Refuse nesting deeper than YAML_DEPTH and more than YAML_NODES values.

    Aliases count as the values they stand for (``*a`` repeating a list of a
    thousand lists is a million values), which is what reading them would cost.
    """
    depth_cap, nodes_cap = limits.YAML_DEPTH, limits.YAML_NODES
    sizes: dict[str, int] = {}
    stack: list[list[Any]] = []  # [anchor, values so far, start line]
    total = 0
    for event in yaml.parse(text, Loader=loader):
        line = int(event.start_mark.line) + 1 if event.start_mark is not None else None
        if isinstance(event, yaml.CollectionStartEvent):
            stack.append([event.anchor, 1, line])
            total += 1
            if len(stack) > depth_cap.value:
                raise ChecklistError(depth_cap.message("The checklist", len(stack)),
                                     path=path, line=line)
        elif isinstance(event, yaml.CollectionEndEvent):
            anchor, size, _ = stack.pop()
            if anchor is not None:
                sizes[anchor] = size
            if stack:
                stack[-1][1] += size
            continue
        elif isinstance(event, yaml.ScalarEvent):
            total += 1
            if event.anchor is not None:
                sizes[event.anchor] = 1
            if stack:
                stack[-1][1] += 1
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor not in sizes:
                if any(frame[0] == event.anchor for frame in stack):
                    raise ChecklistError(
                        f"the alias '*{event.anchor}' is inside the value it refers to, which "
                        "would repeat forever. Write the value out instead.",
                        path=path, line=line)
                continue  # an unknown anchor: compose reports it with its line
            total += sizes[event.anchor]
            if stack:
                stack[-1][1] += sizes[event.anchor]
        if total > nodes_cap.value:
            raise ChecklistError(nodes_cap.message(
                "The checklist", advice="Aliases (*name) that repeat large values multiply "
                "its size; write the values out or use fewer aliases."), path=path, line=line)


def check_item_count(root: yaml.Node, path: str) -> None:
    """Refuse more items than CHECKLIST_ITEMS before any is built (each costs a review pass)."""
    if not isinstance(root, yaml.MappingNode):
        return
    count = 0
    for knode, vnode in root.value:
        if not (isinstance(knode, yaml.ScalarNode) and knode.value == "sections"
                and isinstance(vnode, yaml.SequenceNode)):
            continue
        for section in vnode.value:
            if not isinstance(section, yaml.MappingNode):
                continue
            for sk, sv in section.value:
                if isinstance(sk, yaml.ScalarNode) and sk.value == "items" and isinstance(
                        sv, yaml.SequenceNode):
                    count += len(sv.value)
    cap = limits.CHECKLIST_ITEMS
    if count > cap.value:
        raise ChecklistError(cap.message("The checklist", count, advice="Split it into "
                                         "several checklists by topic."), path=path, key="sections")


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

    def boolean(self, node: yaml.Node, key: str) -> bool:
        if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:bool":
            raise self.error(f"'{_last(key)}' must be true or false, not "
                             f"'{getattr(node, 'value', '')}'.", node, key)
        return str(node.value).lower() in ("true", "yes", "on")

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


class PatternRejected(re.error):
    """A pattern refused before compiling: too long, too deep, or able to run away."""


def _paren_depth(pattern: str) -> int:
    depth = deepest = 0
    escaped = in_class = False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif ch == ")":
            depth = max(0, depth - 1)
    return deepest


_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
# An outer repeat of at most this many times around an inner one is harmless:
# "(?:\w+\s+){0,3}" is common and polynomial with a small exponent.
_SMALL_OUTER = 10


def _runaway(tree: Any, outer: tuple[int, int] | None) -> str | None:
    """Why the parsed pattern could backtrack catastrophically, or None."""
    for op, av in tree:
        name = str(op)
        if name in _REPEATS:
            _lo, hi, sub = av
            unbounded = hi == sre_parser.MAXREPEAT
            if not unbounded and hi > limits.REGEX_REPEAT.value:
                return (f"it repeats something {hi:,} times, more than the limit of "
                        f"{limits.REGEX_REPEAT.value:,} ({limits.REGEX_REPEAT.env})")
            if hi > 1 and outer is not None:
                return ("it has a repeated part inside another repeated part, like (a+)+ or "
                        "(\\w+\\s?)*, which can take hours on one long line")
            inner_outer = (_lo, hi) if hi > 1 and (unbounded or hi > _SMALL_OUTER) else outer
            why = _runaway(sub, inner_outer)
        elif name == "SUBPATTERN":
            why = _runaway(av[3], outer)
        elif name == "BRANCH":
            why = next((w for b in av[1] if (w := _runaway(b, outer))), None)
        elif name in ("ASSERT", "ASSERT_NOT"):
            why = _runaway(av[1], outer)
        elif name == "ATOMIC_GROUP":
            why = _runaway(av, outer)
        else:
            why = None
        if why:
            return why
    return None


def check_pattern(body: str) -> None:
    """Refuse a checklist regex that is too long, nests too deep or can run away.

    Raises `PatternRejected` with the reason. Patterns come from shared
    checklists: one catastrophic pattern would hang every review that uses it.
    """
    if len(body) > limits.TERM_CHARS.value:
        raise PatternRejected(limits.TERM_CHARS.message("The pattern", len(body)))
    groups_cap = limits.REGEX_GROUPS
    if _paren_depth(body) > groups_cap.value:
        raise PatternRejected(f"it nests groups {_paren_depth(body)} deep, more than the "
                              f"limit of {groups_cap.value} ({groups_cap.env})")
    try:
        parsed = sre_parser.parse(body, re.IGNORECASE)
    except RecursionError:
        raise PatternRejected("it nests groups too deeply to read") from None
    except OverflowError:
        raise PatternRejected("a repetition count is too large") from None
    if parsed.state.groups - 1 > groups_cap.value:
        raise PatternRejected(f"it has {parsed.state.groups - 1} groups, more than the limit "
                              f"of {groups_cap.value} ({groups_cap.env})")
    why = _runaway(parsed, None)
    # A pattern that matches empty text is refused by the loader with its own message.
    if why is None and re.compile(body, re.IGNORECASE).search("") is None:
        why = _leading_repeat(parsed)
    if why:
        raise PatternRejected(why)


def _leading_repeat(tree: Any) -> str | None:
    """Why a pattern that begins with a long repeat is refused, or None.

    ``\\d+\\s*%`` is tried at every position of a 5,000-digit number and runs to
    its end each time: 12 million steps per clause, per pattern (quadratic).
    Anchored, ``(?<!\\d)\\d+\\s*%`` or ``\\b\\d+...``, it matches the same text in
    one pass. No pattern of the bundled checklist starts with a repeat.
    """
    for op, av in tree:
        name = str(op)
        if name in _REPEATS:
            if av[1] > _SMALL_OUTER:
                return ("it starts with a repeated part (like \\d+ or \\w+), which is tried "
                        "again at every position of a long run of such characters and can "
                        "take minutes on one long number or word. Say where the run begins: "
                        "(?<!\\d)\\d+ instead of \\d+, or \\b before it")
            return _leading_repeat(av[2])  # (?:\\w+\\s+){0,3}: its first part leads
        if name == "SUBPATTERN":
            return _leading_repeat(av[3])
        if name == "BRANCH":
            return next((w for b in av[1] if (w := _leading_repeat(b))), None)
        return None
    return None


# A `\b` of a regex term also holds where a Latin letter or digit meets a Chinese
# character, as a plain phrase's boundary does (`compile_term`): to Python both are
# word characters, so "/\bISO\s*270\d\d/" found no "其ISO27001认证" and "/\b24\s*/\s*7\b/"
# no "客服为24/7，". Every boundary `\b` found still holds. Beside a Latin letter or digit
# of the pattern it is one look at the other side (`_NOT_AFTER`, `_NOT_BEFORE`), as cheap
# as `\b`; elsewhere ("\b(?:", "s?\b") both sides are looked at (`_EITHER_SIDE`).
# "Chinese" there is any word character of another script than Latin (beyond U+024F:
# ideographs, kana, Hangul, also Greek and Cyrillic), not the ideographs' own ranges:
# `re` compiles a class reaching past U+00FF by walking all 65,536 code points in
# Python, and a class of letters under IGNORECASE does the same ("k" folds to the Kelvin
# sign), so each boundary is compiled without IGNORECASE ("(?-i:...)") and with classes
# inside Latin-1 and Latin Extended: ~0.2 ms a boundary instead of ~4 ms, which over the
# bundled checklist's ~2,000 boundaries was a first load (empty cache) of ~15 s.
_ASCII_WORD = "[A-Za-z0-9_]"
_NOT_AFTER = f"(?-i:(?<!{_ASCII_WORD}))"
_NOT_BEFORE = f"(?-i:(?!{_ASCII_WORD}))"
_EITHER_SIDE = (r"(?-i:\b|(?<=[A-Za-z0-9])(?=\w)(?![\x00-\u024f])"
                r"|(?<=\w)(?<![\x00-\u024f])(?=[A-Za-z0-9]))")


def _regex_tokens(pattern: str) -> list[str]:
    """A pattern in pieces: an escape ("\\b", "\\d"), a whole character class, or one character."""
    tokens: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            tokens.append(pattern[i:i + 2])
            i += 2
        elif pattern[i] == "[":
            j = i + 1
            if pattern[j:j + 1] == "^":
                j += 1
            if pattern[j:j + 1] == "]":  # a "]" first in a class is a member
                j += 1
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            tokens.append(pattern[i:j + 1])
            i = j + 1
        else:
            tokens.append(pattern[i])
            i += 1
    return tokens


def _latin(token: str) -> bool:
    """Whether a token always matches one Latin letter or digit (a literal, or "\\d")."""
    return token == "\\d" or (len(token) == 1 and token.isascii() and token.isalnum())


def latin_boundaries(pattern: str) -> str:
    """`pattern` with each `\b` also holding between a Latin letter or digit and a
    Chinese character (see `_EITHER_SIDE`)."""
    if "\\b" not in pattern:
        return pattern
    tokens = _regex_tokens(pattern)
    out: list[str] = []
    for k, token in enumerate(tokens):
        if token != "\\b":
            out.append(token)
            continue
        before = tokens[k - 1] if k > 0 else ""
        if before == "+" and k > 1:  # "\d+\b": still a digit before it
            before = tokens[k - 2]
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        optional = k + 2 < len(tokens) and tokens[k + 2] in ("?", "*", "{")
        if _latin(after) and not optional:
            out.append(_NOT_AFTER)
        elif _latin(before):
            out.append(_NOT_BEFORE)
        else:
            out.append(_EITHER_SIDE)
    return "".join(out)


def compile_term(term: str, lang: str) -> re.Pattern[str]:
    """Compile one term of a checklist (see docs/checklists.md, "Phrases").

    ``/regex/`` is a Python regex. A plain phrase in the ``en`` list that has
    no Chinese in it matches with any run of whitespace between words; any
    other plain phrase is a literal. Both match on word boundaries where they
    begin or end with a Latin letter or digit. Boundaries look only
    at ASCII letters and digits, so "SLA" still matches in "的SLA服务" (a
    Chinese character is a word character to ``\\b``). Case never matters.
    """
    if len(term) > limits.TERM_CHARS.value + 2:
        raise PatternRejected(limits.TERM_CHARS.message("The phrase", len(term)))
    if len(term) >= 2 and term.startswith("/") and term.endswith("/"):
        check_pattern(term[1:-1])
        return re.compile(latin_boundaries(term[1:-1]), re.IGNORECASE)
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
