"""The item's key fact: the optional ``key_fact`` key of a checklist item.

Comparisons (vendors side by side, original vs revision) and the batch
summary show one number or list per item: its key fact. Which items have one,
of which kind (reviewer/checklist/fact_kinds.py), which way is better and
where it goes in the batch summary is data in the checklist::

    key_fact:
      kind: level-durations      # level-durations, percent, months, hours, regions, ...
      better: lower              # lower, higher or none (default: the kind's own)
      fact: levels               # the key in the finding's facts (default: the kind's)
      column: response           # the batch summary column (default: the item id)
      label: {en: response, zh: 响应}  # what the value is called in change lists

Checked on load like the rest of the file; `parse_key_fact` is called by the
loader for an item that has the key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from reviewer.bilingual import Text

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~1.5 ms of a cached checklist load)

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    import yaml

    from reviewer.checklist.fact_kinds import FactKind, KeyValue
    from reviewer.checklist.schema import Reader

    TextReader = Callable[[yaml.Node, str], Text]

# The kinds (`fact_kinds`: five dataclasses, ~3 ms to import) are imported where a
# key fact is read or parsed, not by every process that loads a checklist.
KEY_FACT_KEYS = ("kind", "better", "fact", "column", "label")
_COLUMN = r"[a-z][a-z0-9_-]*"
BETTER_WORDS = ("lower", "higher", "none")  # fact_kinds.LOWER, HIGHER and "" (not ranked)


@dataclass(frozen=True)
class KeyFact:
    """Which fact of an item's finding comparisons show, and how (see the module)."""

    kind: str
    better: str  # LOWER, HIGHER or "" (shown, not ranked)
    fact: str  # the key in Finding.facts
    column: str  # the batch summary's column key
    label: Text | None = None

    @property
    def fact_kind(self) -> FactKind:
        from reviewer.checklist.fact_kinds import KINDS

        return KINDS[self.kind]

    def read(self, facts: Mapping[str, Any]) -> KeyValue | None:
        """The typed value from a finding's facts; None when absent or ill-typed."""
        return self.fact_kind.parse(facts, self.fact)

    def shown(self, facts: Mapping[str, Any], lang: str = "en") -> tuple[str, float | None]:
        """(display text, comparable number or None)."""
        value = self.read(facts)
        if value is None:
            return "", None
        return value.display(lang), value.value


def parse_key_fact(read: Reader, text_of: TextReader, node: yaml.Node, key: str,
                   item_id: str) -> KeyFact:
    """The model of one item's ``key_fact`` mapping, or a ChecklistError naming the line."""
    from reviewer.checklist.fact_kinds import HIGHER, KINDS, LOWER

    better_of = dict(zip(BETTER_WORDS, (LOWER, HIGHER, ""), strict=True))
    m = read.mapping(node, key, KEY_FACT_KEYS, required=("kind",))
    kind = read.string(m["kind"][1], f"{key}.kind")
    if kind not in KINDS:
        raise read.error(f"'{kind}' is not a kind of key fact (known: {', '.join(KINDS)}).",
                         m["kind"][1], f"{key}.kind")
    fact_kind = KINDS[kind]
    better = fact_kind.better
    if "better" in m:
        word = read.string(m["better"][1], f"{key}.better")
        if word not in better_of:
            raise read.error(f"'better' must be one of {', '.join(better_of)}, not '{word}'.",
                             m["better"][1], f"{key}.better")
        better = better_of[word]
    if better and fact_kind.better == "":
        raise read.error(f"a '{kind}' key fact is a list, not a number: it cannot be ranked "
                         "'lower' or 'higher' (write 'better: none' or leave it out).",
                         m["better"][1], f"{key}.better")
    fact = read.string(m["fact"][1], f"{key}.fact") if "fact" in m else fact_kind.fact
    if not fact:
        raise read.error(f"a '{kind}' key fact needs 'fact': the key in the finding's facts "
                         "it shows.", node, f"{key}.fact")
    column = item_id
    if "column" in m:
        column = read.string(m["column"][1], f"{key}.column")
        if not re.fullmatch(_COLUMN, column):
            raise read.error(f"the column '{column}' may only use lower-case letters a-z, digits, "
                             "'-' and '_' (for example 'support_window_months').",
                             m["column"][1], f"{key}.column")
    label = text_of(m["label"][1], f"{key}.label") if "label" in m else None
    return KeyFact(kind, better, fact, column, label)
