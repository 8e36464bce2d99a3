"""A reviewer's own playbook: edits applied to a checklist file, validated, diffed, saved.

The playbook editor in the window (reviewer/gui/playbook_editor.py) keeps a
list of `Edit`s over the text of the checklist it opened; this module, free
of Qt, applies them and checks the result with the normal loader:

    text = Path("checklists/vendor-support.yaml").read_text()
    edits = [Edit("response-times", "band.preferred", 15),
             Edit("response-times", "policy.top-minutes.max", 45),
             Edit("data-use", "enabled", False),
             Edit("availability", "fallback.en", "at least {value}% ...")]
    new_text, checklist = apply_and_validate(text, edits)   # ChecklistError if broken
    save_playbook(new_text, "my-playbook.yaml")             # atomic, loaded back
    changes = playbook_diff(base_text, new_text)            # per item, what changed

Edits work on the YAML *node* tree, not on `yaml.safe_load` dicts, so every
value not edited is written back exactly as it was typed (``no`` in a phrase
list stays a word, ``version: 1.10`` stays "1.10"); comments are not kept.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from reviewer.atomic import write_text_atomic
from reviewer.bilingual import Text
from reviewer.checklist.loader import (
    bundled_checklists,
    compose_nodes,
    load_checklist,
    parse_checklist,
)
from reviewer.checklist.model import Checklist, ChecklistItem
from reviewer.errors import ChecklistError

STR, BOOL, FLOAT = "tag:yaml.org,2002:str", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:float"
BAND_LIMITS = ("preferred", "fallback", "unacceptable")
TEXT_POSITIONS = ("preferred", "fallback")
LANGS = ("en", "zh")
POLICY_BOUNDS = ("max", "min")
# The fields an edit may change: "enabled", "weight", "band.<limit>", "<position>.<lang>",
# and per item "policy.<fact>.<max|min>" for each limit its `policy` entries set
# (policy_fields): a policy is named by its fact, which reads in a diff.
FIELDS = ("enabled", "weight", *(f"band.{b}" for b in BAND_LIMITS),
          *(f"{p}.{lang}" for p in TEXT_POSITIONS for lang in LANGS))
# The unit a policy limit is shown with when the item's band (same fact) gives none.
FACT_UNITS = {"top-minutes": Text("minutes", "分钟"), "minutes": Text("minutes", "分钟"),
              "hours": Text("hours", "小时"), "months": Text("months", "个月"),
              "percent": Text("%", "%"), "days": Text("days", "天")}


@dataclass(frozen=True)
class Edit:
    """One change to one item: ``field`` is one of FIELDS."""

    item_id: str
    field: str
    value: bool | float | str


@dataclass(frozen=True)
class Playbook:
    """A checklist as the editor shows it: every item, the disabled ones too."""

    checklist: Checklist  # every item enabled, so each can be shown and edited
    disabled: frozenset[str]
    text: str  # the file's text the edits apply to


@dataclass(frozen=True)
class FieldChange:
    field: str  # one of FIELDS or a policy field
    before: str
    after: str


@dataclass(frozen=True)
class ItemChanges:
    item_id: str
    item: ChecklistItem | None  # the edited one (None: only in the base)
    changes: tuple[FieldChange, ...]
    added: bool = False
    removed: bool = False


# -- reading --------------------------------------------------------------------


def open_playbook(path: str | os.PathLike[str]) -> Playbook:
    """Load and validate a checklist file (bounded like any checklist) for editing."""
    load_checklist(path)  # size, shape, patterns: refused here before anything else
    return playbook_from_text(Path(path).read_text(encoding="utf-8-sig"), str(path))


def playbook_from_text(text: str, path: str = "<checklist>") -> Playbook:
    root = _compose(text, path)
    disabled = frozenset(_item_id(n) for n in _items(root) if not _enabled(n))
    everything = _serialize(_apply(root, [Edit(i, "enabled", True) for i in disabled], path))
    return Playbook(parse_checklist(everything, path), disabled, text)


# -- applying -------------------------------------------------------------------


def apply_edits(text: str, edits: Iterable[Edit], path: str = "<checklist>",
                checklist_id: str = "") -> str:
    """The checklist text with ``edits`` applied (not validated: see apply_and_validate)."""
    root = _apply(_compose(text, path), edits, path)
    if checklist_id:
        _set(root, "id", _scalar(checklist_id))
    return _serialize(root)


def apply_and_validate(text: str, edits: Iterable[Edit], path: str = "<checklist>",
                       checklist_id: str = "") -> tuple[str, Checklist]:
    """Apply the edits and load the result with the normal loader; ChecklistError if broken."""
    new_text = apply_edits(text, edits, path, checklist_id)
    return new_text, parse_checklist(new_text, path)


def save_playbook(text: str, path: str | os.PathLike[str]) -> Checklist:
    """Validate, write atomically, and load the written file back (what a review will use)."""
    target = Path(path)
    if target.suffix.lower() not in (".yaml", ".yml"):
        raise ChecklistError("a checklist is saved as a .yaml file: add .yaml to the name.",
                             path=str(target))
    parse_checklist(text, str(target))
    write_text_atomic(target, text)
    return load_checklist(target)


# -- its own id ------------------------------------------------------------------


def derived_id(checklist_id: str) -> str:
    """The id a playbook made from a bundled checklist is saved under (item ids stay)."""
    return f"{checklist_id}-playbook"


def bundled_ids() -> frozenset[str]:
    return frozenset(b.id for b in bundled_checklists())


def check_own_id(checklist_id: str, path: str = "<checklist>") -> None:
    """Refuse a playbook saved under a bundled checklist's id.

    A review records only the checklist's id; reopened, a bundled id names the
    bundled file, so the playbook's own limits and texts would be shadowed by
    the built-in ones wherever the review is shown, compared or exported.
    """
    if checklist_id in bundled_ids():
        raise ChecklistError(
            f"'{checklist_id}' is the id of the built-in checklist: reviews made with this "
            "playbook would be shown with the built-in one. Save it under an id of its own, "
            f"e.g. '{derived_id(checklist_id)}'.", path=path, key="id")


# -- what changed ------------------------------------------------------------------


def field_value(item: ChecklistItem, field: str, disabled: frozenset[str] = frozenset()) -> str:
    """One FIELDS value of an item, as text ("" where the item has none)."""
    if field == "enabled":
        return "false" if item.id in disabled else "true"
    if field == "weight":
        return f"{item.weight:g}"
    if field.startswith("policy."):
        limit = policy_limit(item, field)
        return "" if limit is None else f"{limit:g}"
    pos = item.positions
    if pos is None:
        return ""
    head, _, tail = field.partition(".")
    if head == "band":
        return f"{getattr(pos.band, tail):g}" if pos.band is not None else ""
    text = pos.preferred if head == "preferred" else pos.fallback
    return text.get(tail) if text is not None else ""


def policy_fields(item: ChecklistItem) -> tuple[str, ...]:
    """The item's editable policy limits, "policy.<fact>.<max|min>", in the file's order."""
    out: list[str] = []
    for policy in item.policies:
        for bound in POLICY_BOUNDS:
            name = f"policy.{policy.fact}.{bound}"
            if getattr(policy, bound) is not None and name not in out:
                out.append(name)
    return tuple(out)


def split_policy_field(field: str) -> tuple[str, str] | None:
    """("top-minutes", "max") for "policy.top-minutes.max"; None for any other field."""
    head, _, rest = field.partition(".")
    fact, _, bound = rest.rpartition(".")
    if head != "policy" or not fact or bound not in POLICY_BOUNDS:
        return None
    return fact, bound


def policy_limit(item: ChecklistItem, field: str) -> float | None:
    """The limit a policy field names (the first policy on that fact that sets it)."""
    parts = split_policy_field(field)
    if parts is None:
        return None
    fact, bound = parts
    for policy in item.policies:
        if policy.fact == fact and getattr(policy, bound) is not None:
            return float(getattr(policy, bound))
    return None


def policy_unit(item: ChecklistItem, fact: str) -> Text | None:
    """What a policy's number counts: the band's unit on the same fact, else the fact's own."""
    band = item.positions.band if item.positions is not None else None
    if band is not None and band.fact == fact and band.unit is not None:
        return band.unit
    return FACT_UNITS.get(fact)


def item_fields(*items: ChecklistItem | None) -> tuple[str, ...]:
    """FIELDS and the policy fields of any of ``items`` (an edit may add none)."""
    extra: list[str] = []
    for item in items:
        for name in policy_fields(item) if item is not None else ():
            if name not in extra:
                extra.append(name)
    return (*FIELDS, *extra)


def playbook_diff(base: Playbook, edited: Playbook) -> list[ItemChanges]:
    """Per item, every field (FIELDS and policy limits) that differs, in the edited file's order."""
    old = {i.id: i for i in base.checklist.items}
    new = {i.id: i for i in edited.checklist.items}
    out: list[ItemChanges] = []
    for item_id, item in new.items():
        before = old.get(item_id)
        if before is None:
            out.append(ItemChanges(item_id, item, (), added=True))
            continue
        changes = tuple(
            FieldChange(f, a, b) for f in item_fields(before, item)
            if (a := field_value(before, f, base.disabled)) != (b := field_value(item, f, edited.disabled)))
        if changes:
            out.append(ItemChanges(item_id, item, changes))
    out.extend(ItemChanges(i, None, (), removed=True) for i in old if i not in new)
    return out


# -- the node tree ----------------------------------------------------------------


def _compose(text: str, path: str) -> yaml.MappingNode:
    root = compose_nodes(text, path)
    if not isinstance(root, yaml.MappingNode):
        raise ChecklistError("the file is not a checklist (no 'key: value' lines at the top).",
                             path=path)
    return root


def _get(node: yaml.Node, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return v
    return None


def _set(node: yaml.MappingNode, key: str, value: yaml.Node) -> None:
    for i, (k, _) in enumerate(node.value):
        if isinstance(k, yaml.ScalarNode) and k.value == key:
            node.value[i] = (k, value)
            return
    node.value.append((_scalar(key), value))


def _drop(node: yaml.MappingNode, key: str) -> None:
    node.value = [(k, v) for k, v in node.value
                  if not (isinstance(k, yaml.ScalarNode) and k.value == key)]


def _scalar(value: str, tag: str = STR) -> yaml.ScalarNode:
    return yaml.ScalarNode(tag, value, style='"' if tag == STR and value != value.strip() else None)


def _items(root: yaml.Node) -> Iterator[yaml.MappingNode]:
    sections = _get(root, "sections")
    for section in sections.value if isinstance(sections, yaml.SequenceNode) else ():
        items = _get(section, "items")
        for item in items.value if isinstance(items, yaml.SequenceNode) else ():
            if isinstance(item, yaml.MappingNode):
                yield item


def _item_id(node: yaml.Node) -> str:
    value = _get(node, "id")
    return str(value.value) if isinstance(value, yaml.ScalarNode) else ""


def _enabled(node: yaml.Node) -> bool:
    value = _get(node, "enabled")
    return not (isinstance(value, yaml.ScalarNode) and value.tag == BOOL
                and str(value.value).lower() in ("false", "no", "off"))


def _apply(root: yaml.MappingNode, edits: Iterable[Edit], path: str) -> yaml.MappingNode:
    by_id = {_item_id(n): n for n in _items(root)}
    for edit in edits:
        node = by_id.get(edit.item_id)
        if node is None:
            raise ChecklistError(f"there is no item '{edit.item_id}' to change.", path=path)
        _apply_one(node, edit, path)
    return root


def _apply_one(item: yaml.MappingNode, edit: Edit, path: str) -> None:
    field, value = edit.field, edit.value
    if split_policy_field(field) is not None:
        _apply_policy(item, edit, path)
        return
    if field not in FIELDS:
        raise ChecklistError(f"'{field}' is not something a playbook edits (one of: "
                             f"{', '.join(FIELDS)}, policy.<fact>.max|min).", path=path)
    if field == "enabled":
        if value:
            _drop(item, "enabled")
        else:
            _set(item, "enabled", yaml.ScalarNode(BOOL, "false"))
        return
    if field == "weight":
        _set(item, "weight", yaml.ScalarNode(FLOAT, _number(value)))
        return
    positions = _get(item, "positions")
    if not isinstance(positions, yaml.MappingNode):
        raise ChecklistError(f"the item '{edit.item_id}' has no positions to change.", path=path,
                             key=f"{edit.item_id}.positions")
    head, _, tail = field.partition(".")
    if head == "band":
        band = _get(positions, "band")
        if not isinstance(band, yaml.MappingNode):
            raise ChecklistError(f"the item '{edit.item_id}' has no band.", path=path,
                                 key=f"{edit.item_id}.positions.band")
        _set(band, tail, yaml.ScalarNode(FLOAT, _number(value)))
        return
    text = _get(positions, head)
    if isinstance(text, yaml.ScalarNode):  # one text for both languages: split it
        text = yaml.MappingNode("tag:yaml.org,2002:map", [(_scalar(lang), _scalar(str(text.value)))
                                                          for lang in LANGS])
        _set(positions, head, text)
    if not isinstance(text, yaml.MappingNode):
        text = yaml.MappingNode("tag:yaml.org,2002:map", [])
        _set(positions, head, text)
    if str(value).strip():
        _set(text, tail, _scalar(str(value)))
    else:  # an emptied language falls back to the other; both empty is refused on load
        _drop(text, tail)
        if not text.value:
            _drop(positions, head)


def _apply_policy(item: yaml.MappingNode, edit: Edit, path: str) -> None:
    """Set one policy limit in place; the loader then checks it (a min above its max...)."""
    parts = split_policy_field(edit.field)
    assert parts is not None
    fact, bound = parts
    policies = _get(item, "policy")
    for policy in policies.value if isinstance(policies, yaml.SequenceNode) else ():
        node = _get(policy, "fact")
        if (isinstance(policy, yaml.MappingNode) and isinstance(node, yaml.ScalarNode)
                and node.value == fact and _get(policy, bound) is not None):
            _set(policy, bound, yaml.ScalarNode(FLOAT, _number(edit.value)))
            return
    raise ChecklistError(f"the item '{edit.item_id}' has no policy '{bound}' on '{fact}' to "
                         "change.", path=path, key=f"{edit.item_id}.policy")


def _number(value: bool | float | str) -> str:
    try:
        number = float(value)
    except ValueError:
        raise ChecklistError(f"'{value}' is not a number.") from None
    return repr(number) if number != int(number) else f"{int(number)}.0"


def _serialize(root: yaml.Node) -> str:
    # Anchors and aliases come back as written; the width keeps each clause on one line.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's is ten times faster
    return str(yaml.serialize(root, Dumper=dumper, allow_unicode=True, width=4096))
