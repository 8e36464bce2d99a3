"""Loading checklist files (checklists/*.yaml) into the immutable model.

The file format is documented for reviewers in docs/checklists.md; the types
are in `reviewer.checklist.model`. A broken file is refused as a whole with a
`ChecklistError` naming the file, line and key: a half-loaded checklist would
silently judge contracts against fewer items than the reviewer wrote.
"""

from __future__ import annotations

import os
import re
import sys
from collections import namedtuple
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import reviewer
from reviewer import limits
from reviewer.bilingual import Text
from reviewer.checklist.key_facts import parse_key_fact
from reviewer.checklist.model import (
    Checklist,
    ChecklistItem,
    Policy,
    Requirement,
    Scorecard,
    ScorecardDimension,
    Section,
    Terms,
)
from reviewer.checklist.positions import parse_positions
from reviewer.errors import ChecklistError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~1.5 ms of a cached checklist load)

if TYPE_CHECKING:
    import difflib
    from typing import NamedTuple

    import yaml

    from reviewer.checklist.schema import (
        DIMENSION_KEYS,
        FIND_KEYS,
        ITEM_KEYS,
        LANGUAGE_KEYS,
        MET_KEYS,
        POLICY_KEYS,
        SCHEMA,
        SCORECARD_KEYS,
        SECTION_KEYS,
        TOP_KEYS,
        PatternRejected,
        Reader,
        check_item_count,
        check_shape,
        check_size,
        compile_term,
        compose,
        fact_names,
        line_of,
    )

_SCHEMA_NAMES = (
    "DIMENSION_KEYS", "FIND_KEYS", "ITEM_KEYS", "LANGUAGE_KEYS", "MET_KEYS", "POLICY_KEYS",
    "SCHEMA", "SCORECARD_KEYS", "SECTION_KEYS", "TOP_KEYS", "Reader", "compile_term", "compose",
    "fact_names", "line_of", "PatternRejected", "check_item_count", "check_size", "check_shape",
)


def _import_parser() -> None:
    """PyYAML, difflib and the schema rules, imported when a checklist is parsed.

    A checklist from the compiled cache needs none of them, and importing
    them is a third of the time a cached checklist takes to be ready.
    """
    if "yaml" in globals():
        return
    import difflib

    import yaml

    from reviewer.checklist import schema

    globals().update(difflib=difflib, yaml=yaml,
                     **{name: getattr(schema, name) for name in _SCHEMA_NAMES})


DEFAULT_ID = "vendor-support"
ENV_DIR = "REVIEWER_CHECKLISTS"

if TYPE_CHECKING:
    class BundledChecklist(NamedTuple):
        id: str
        title: Text
        path: Path
else:  # the same tuple, made without importing typing
    BundledChecklist = namedtuple("BundledChecklist", ("id", "title", "path"))


# -- public API -------------------------------------------------------------


def load_checklist(path: str | os.PathLike[str]) -> Checklist:
    """Read and validate one checklist file; raise ChecklistError if it is broken."""
    p = Path(path)
    shown = str(p)
    try:
        _check_file(p, shown)
        text, encoded = _read_text(p)
    except FileNotFoundError:
        raise ChecklistError("the checklist file does not exist.", path=shown) from None
    except IsADirectoryError:
        raise ChecklistError("this is a folder, not a checklist file.", path=shown) from None
    except UnicodeDecodeError:
        raise ChecklistError(
            "the file is not UTF-8 text. Save it as UTF-8 in your editor and try again.",
            path=shown,
        ) from None
    except OSError as exc:
        raise ChecklistError(f"the file cannot be read ({exc.strerror}).", path=shown) from None
    return _parse(text, shown, encoded)


def _read_text(p: Path) -> tuple[str, bytes | None]:
    """The file's text as ``read_text(encoding="utf-8-sig")`` gives it, and that
    text's UTF-8 when it is the file's own bytes (no BOM, no carriage return).

    Decoding the bytes at once costs a third of what the text-mode reader does
    (~0.5 ms of a cached load), and the bytes spare encoding the text again
    for the cache key."""
    raw = p.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    text = raw.decode("utf-8")
    if "\r" in text:  # universal newlines, as the text-mode reader translates them
        return text.replace("\r\n", "\n").replace("\r", "\n"), None
    return text, raw


def parse_checklist(text: str, path: str = "<checklist>") -> Checklist:
    """Validate checklist YAML text; `path` is only used in messages.

    A text that loaded before comes from the compiled-checklist cache
    (`reviewer.checklist.compiled`: keyed by the text's SHA-256, validated,
    never stale); a broken one is parsed every time, so its message is too.
    """
    return _parse(text, path)


def _parse(text: str, path: str, encoded: bytes | None = None) -> Checklist:
    """`parse_checklist`, given the text's UTF-8 when the caller has it."""
    from reviewer.checklist import compiled

    return compiled.cached(text, path, lambda: _build(text, path), encoded)


def _build(text: str, path: str) -> Checklist:
    root = _compose(text, path)
    check_item_count(root, path)
    return _Builder(path).checklist(root)


def _compose(text: str, path: str) -> yaml.Node:
    """The node tree, with libyaml's C parser when present.

    On any problem the pure-Python parser runs again so the message (line,
    wording) is exactly the one `schema.compose` gives.
    """
    _import_parser()
    # Bounded before any tree is built (size, depth, aliases expanded): the
    # fast C parser would otherwise build an alias bomb or a 5,000-deep tree.
    check_size(text, path)
    try:
        check_shape(text, path)
    except yaml.YAMLError:
        return compose(text, path)  # broken YAML: the pure parser says where and why
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is not None:
        try:
            node = yaml.compose(text, Loader=loader)
        except Exception:
            node = None
        if node is not None:
            return node
    return compose(text, path)


def compose_nodes(text: str, path: str) -> yaml.Node:
    """The checklist's YAML node tree, bounded and fast (the playbook editor edits it)."""
    return _compose(text, path)


def _check_file(p: Path, shown: str) -> None:
    """Refuse a FIFO or device (reading would block) and an oversized file, before reading."""
    if p.exists() and not p.is_file() and not p.is_dir():
        raise ChecklistError("this is not a regular file (a pipe or a device). Choose a "
                             ".yaml checklist file.", path=shown)
    if p.is_file():
        limits.check_file_size(p, limits.CHECKLIST_BYTES, "The checklist",
                               error=lambda message: ChecklistError(message, path=shown))


def checklists_dir() -> Path:
    """The folder of bundled checklists.

    ``$REVIEWER_CHECKLISTS`` wins. Otherwise the ``checklists/`` folder next
    to the ``reviewer`` package (the repository root, or the root of a
    PyInstaller bundle that copies it there), then
    ``<prefix>/share/contract-reviewer/checklists`` (a wheel install).
    """
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    candidates = [Path(reviewer.__file__).resolve().parent.parent / "checklists"]
    bundle_root = getattr(sys, "_MEIPASS", None)  # set by PyInstaller at run time
    if bundle_root:
        candidates.append(Path(bundle_root) / "checklists")
    candidates.append(Path(sys.prefix) / "share" / "contract-reviewer" / "checklists")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def checklist_files() -> list[Path]:
    folder = checklists_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


@lru_cache(maxsize=1)
def default_checklist() -> Checklist:
    """The bundled vendor-support checklist, parsed once per process."""
    path = checklists_dir() / f"{DEFAULT_ID}.yaml"
    if not path.is_file():
        raise ChecklistError(
            "the built-in checklist is missing from this installation. Reinstall "
            f"Contract Reviewer, or set {ENV_DIR} to the folder that holds "
            f"{DEFAULT_ID}.yaml.",
            path=str(path),
        )
    return load_checklist(path)


def bundled_checklists() -> tuple[BundledChecklist, ...]:
    """(id, title, path) of every valid checklist in the bundled folder.

    Broken files are left out here (a picker should only offer what loads);
    `reviewer checklist list` reports them.
    """
    out = []
    for path in checklist_files():
        try:
            checklist = load_checklist(path)
        except ChecklistError:
            continue
        out.append(BundledChecklist(checklist.id, checklist.title, path))
    return tuple(out)


# -- building the model -------------------------------------------------------


class _Builder:
    def __init__(self, path: str) -> None:
        _import_parser()
        self.path = path
        self.read = Reader(path)
        self.disabled: set[str] = set()  # items with `enabled: false`: validated, not judged
        self.empty_sections: set[str] = set()  # sections whose items are all disabled

    def checklist(self, root: yaml.Node) -> Checklist:
        r = self.read
        self.check_schema(root)
        top = r.mapping(root, "", TOP_KEYS, required=("schema", "id", "version", "sections"))
        checklist_id = r.identifier(top["id"][1], "id")
        version = r.string(top["version"][1], "version")
        title = self.text(top["title"][1], "title") if "title" in top else Text(
            checklist_id, checklist_id
        )
        vague: dict[str, Terms] = {}
        if "vague" in top:
            vnode = top["vague"][1]
            if not isinstance(vnode, yaml.MappingNode):
                raise r.error("'vague' must be a set of 'category: {en: [...], zh: [...]}' "
                              "lines.", vnode, "vague")
            seen: dict[str, int] = {}
            for knode, cnode in vnode.value:
                category = r.string(knode, "vague")
                if category in seen:
                    raise r.error(f"the vague category '{category}' appears twice (first on "
                                  f"line {seen[category]}). Keep only one.", knode,
                                  f"vague.{category}")
                seen[category] = line_of(knode)
                vague[category] = self.terms(cnode, f"vague.{category}")
        sections: list[Section] = []
        section_lines: dict[str, int] = {}
        item_lines: dict[str, int] = {}
        for i, snode in r.indexed(top["sections"][1], "sections"):
            section = self.section(snode, f"sections[{i}]", item_lines)
            if section.id in section_lines:
                raise r.error(
                    f"the section id '{section.id}' is used twice (first on line "
                    f"{section_lines[section.id]}). Section ids must be unique.",
                    snode, f"sections[{section.id}].id",
                )
            section_lines[section.id] = line_of(snode)
            if section.items:
                sections.append(section)
            else:  # every item disabled: the section is left out
                self.empty_sections.add(section.id)
        if not sections:
            raise r.error("every item is disabled ('enabled: false'): enable at least one.",
                          top["sections"][1], "sections")
        scorecards = tuple(
            self.scorecard(n, f"scorecards[{i}]", sections)
            for i, n in r.indexed(top["scorecards"][1], "scorecards")
        ) if "scorecards" in top else ()
        seen_cards: dict[str, int] = {}
        for i, card in enumerate(scorecards):
            if card.id in seen_cards:
                raise r.error(f"the scorecard id '{card.id}' is used twice (scorecard "
                              f"{seen_cards[card.id]} and {i + 1}). Scorecard ids must be unique.",
                              top["scorecards"][1], "scorecards")
            seen_cards[card.id] = i + 1
        scorecards = tuple(card for card in scorecards if card.dimensions)  # all disabled
        return Checklist(
            id=checklist_id, version=version, title=title, sections=tuple(sections),
            vague=MappingProxyType(vague), path=self.path, scorecards=scorecards,
        )

    def scorecard(self, node: yaml.Node, key: str, sections: list[Section]) -> Scorecard:
        """A named weighting: dimensions listing items and/or whole sections.

        An item may count in one dimension of a scorecard only, else its weight
        would silently double (docs/scorecards.md).
        """
        r = self.read
        key = _keyed(key, node)
        m = r.mapping(node, key, SCORECARD_KEYS, required=SCORECARD_KEYS)
        item_ids = [item.id for s in sections for item in s.items]
        section_items = {s.id: tuple(item.id for item in s.items) for s in sections}
        owner: dict[str, str] = {}
        dimensions = []
        for i, dnode in r.indexed(m["dimensions"][1], f"{key}.dimensions"):
            dkey = _keyed(f"{key}.dimensions[{i}]", dnode)
            d = r.mapping(dnode, dkey, DIMENSION_KEYS, required=("id", "title", "weight"))
            if "items" not in d and "sections" not in d:
                raise r.error("a dimension needs 'items' and/or 'sections': the checklist "
                              "items it scores.", dnode, dkey)
            ids = self.dimension_ids(d, dkey, item_ids, section_items)
            dim_id = r.identifier(d["id"][1], f"{dkey}.id")
            for item_id in ids:
                if item_id in owner:
                    raise r.error(f"the item '{item_id}' is already scored in dimension "
                                  f"'{owner[item_id]}'. An item counts in one dimension of a "
                                  "scorecard only.", dnode, dkey)
                owner[item_id] = dim_id
            if not ids:  # only disabled items: nothing left to score
                continue
            dimensions.append(ScorecardDimension(
                id=dim_id, title=self.text(d["title"][1], f"{dkey}.title"),
                weight=r.number(d["weight"][1], f"{dkey}.weight", positive=True),
                items=tuple(ids),
            ))
        return Scorecard(id=r.identifier(m["id"][1], f"{key}.id"),
                         title=self.text(m["title"][1], f"{key}.title"),
                         dimensions=tuple(dimensions))

    def dimension_ids(self, d: dict[str, tuple[yaml.Node, yaml.Node]], dkey: str,
                      item_ids: list[str], section_items: dict[str, tuple[str, ...]]) -> list[str]:
        """The item ids a dimension scores; disabled items and emptied sections are skipped."""
        r = self.read
        ids: list[str] = []
        for name in r.strings(d["sections"][1], f"{dkey}.sections") if "sections" in d else ():
            if name in self.empty_sections:
                continue
            if name not in section_items:
                raise r.error(f"there is no section '{name}'.{_close(name, section_items)}",
                              d["sections"][1], f"{dkey}.sections")
            ids.extend(section_items[name])
        for name in r.strings(d["items"][1], f"{dkey}.items") if "items" in d else ():
            if name in self.disabled:
                continue
            if name not in item_ids:
                raise r.error(f"there is no item '{name}'.{_close(name, item_ids)}",
                              d["items"][1], f"{dkey}.items")
            ids.append(name)
        return ids

    def check_schema(self, root: yaml.Node) -> None:
        """Refuse another schema before anything else: its keys would all look wrong."""
        if not isinstance(root, yaml.MappingNode):
            return  # the mapping check reports it
        for knode, vnode in root.value:
            if isinstance(knode, yaml.ScalarNode) and knode.value == "schema":
                schema = self.read.string(vnode, "schema")
                if schema != SCHEMA:
                    raise self.read.error(
                        f"unknown schema '{schema}'. This version of Contract Reviewer reads "
                        f"'schema: {SCHEMA}'. Check the first line of the file.",
                        vnode, "schema",
                    )

    def section(self, node: yaml.Node, key: str, item_lines: dict[str, int]) -> Section:
        r = self.read
        key = _keyed(key, node)
        m = r.mapping(node, key, SECTION_KEYS, required=SECTION_KEYS)
        section_id = r.identifier(m["id"][1], f"{key}.id")
        items = []
        for i, inode in r.indexed(m["items"][1], f"{key}.items"):
            item = self.item(inode, f"{key}.items[{i}]", section_id)
            if item.id in item_lines:
                raise r.error(
                    f"the item id '{item.id}' is used twice (first on line "
                    f"{item_lines[item.id]}). Item ids must be unique in the whole file.",
                    inode, f"{key}.items[{item.id}].id",
                )
            item_lines[item.id] = line_of(inode)
            if item.id in self.disabled:
                continue
            items.append(item)
        return Section(
            id=section_id,
            title=self.text(m["title"][1], f"{key}.title"),
            weight=r.number(m["weight"][1], f"{key}.weight", positive=True),
            items=tuple(items),
        )

    def item(self, node: yaml.Node, key: str, section_id: str) -> ChecklistItem:
        r = self.read
        key = _keyed(key, node)
        m = r.mapping(node, key, ITEM_KEYS,
                      required=("id", "title", "description", "question", "find"))
        item_id = r.identifier(m["id"][1], f"{key}.id")
        if "enabled" in m and not r.boolean(m["enabled"][1], f"{key}.enabled"):
            self.disabled.add(item_id)
        find = r.mapping(m["find"][1], f"{key}.find", FIND_KEYS, required=("keywords",))
        keywords = self.terms(find["keywords"][1], f"{key}.find.keywords")
        if not keywords:
            raise r.error(
                "'keywords' needs at least one phrase in en or zh: without keywords the "
                "item can never find a clause.",
                find["keywords"][1], f"{key}.find.keywords",
            )

        def optional_terms(mapping: dict[str, tuple[yaml.Node, yaml.Node]], name: str,
                           sub: str) -> Terms:
            return self.terms(mapping[name][1], f"{sub}.{name}") if name in mapping else Terms()

        return ChecklistItem(
            id=item_id,
            section=section_id,
            title=self.text(m["title"][1], f"{key}.title"),
            description=self.text(m["description"][1], f"{key}.description"),
            question=self.text(m["question"][1], f"{key}.question"),
            weight=r.number(m["weight"][1], f"{key}.weight", positive=True)
            if "weight" in m else 1.0,
            keywords=keywords,
            context=optional_terms(find, "context", f"{key}.find"),
            headings=optional_terms(find, "headings", f"{key}.find"),
            exclude=optional_terms(find, "exclude", f"{key}.find"),
            exclude_always=optional_terms(find, "exclude_always", f"{key}.find"),
            purpose=optional_terms(find, "purpose", f"{key}.find"),
            exclude_lead_in=optional_terms(find, "exclude_lead_in", f"{key}.find"),
            addressed_by=optional_terms(find, "addressed_by", f"{key}.find"),
            requirements=tuple(
                self.requirement(n, f"{key}.met[{i}]") for i, n in r.indexed(m["met"][1],
                                                                              f"{key}.met")
            ) if "met" in m else (),
            vague=optional_terms(m, "vague", key),
            vague_exempt=optional_terms(m, "vague_exempt", key),
            negation=optional_terms(m, "negation", key),
            policies=tuple(
                self.policy(n, f"{key}.policy[{i}]") for i, n in r.indexed(m["policy"][1],
                                                                             f"{key}.policy")
            ) if "policy" in m else (),
            facts=r.strings(m["facts"][1], f"{key}.facts") if "facts" in m else (),
            ignore_vague=r.strings(m["ignore_vague"][1], f"{key}.ignore_vague")
            if "ignore_vague" in m else (),
            overridden_by=optional_terms(m, "overridden_by", key),
            override_answered_by=optional_terms(m, "override_answered_by", key),
            override_kept_by=optional_terms(m, "override_kept_by", key),
            weak_overridden_by=optional_terms(m, "weak_overridden_by", key),
            weak_override_kept_by=optional_terms(m, "weak_override_kept_by", key),
            in_definitions=r.boolean(m["in_definitions"][1], f"{key}.in_definitions")
            if "in_definitions" in m else False,
            line=line_of(node),
            positions=parse_positions(r, self.text, m["positions"][1], f"{key}.positions")
            if "positions" in m else None,
            key_fact=parse_key_fact(r, self.text, m["key_fact"][1], f"{key}.key_fact", item_id)
            if "key_fact" in m else None,
        )

    def requirement(self, node: yaml.Node, key: str) -> Requirement:
        r = self.read
        m = r.mapping(node, key, MET_KEYS)
        facts = r.strings(m["facts"][1], f"{key}.facts") if "facts" in m else ()
        known = fact_names()
        for name in facts:
            if known and name not in known:
                close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
                hint = f" Did you mean '{close[0]}'?" if close else ""
                raise r.error(
                    f"'{name}' is not a built-in fact, so this alternative could never be "
                    f"met.{hint} Built-in facts: {', '.join(sorted(known))}.",
                    m["facts"][1], f"{key}.facts",
                )
        patterns = self.terms(m["patterns"][1], f"{key}.patterns") if "patterns" in m else Terms()
        if not facts and not patterns:
            # An empty alternative would be satisfied by any clause: every item
            # that finds a clause would be "met".
            raise r.error(
                "each 'met' alternative needs 'facts' or 'patterns' (or both); an empty "
                "one would mark every matching clause as met.",
                node, key,
            )
        min_count = r.integer(m["min_count"][1], f"{key}.min_count", minimum=1) \
            if "min_count" in m else 1
        outweighs = r.boolean(m["named_outweighs_vague"][1], f"{key}.named_outweighs_vague") \
            if "named_outweighs_vague" in m else False
        alongside = self.terms(m["unmet_alongside"][1], f"{key}.unmet_alongside") if "unmet_alongside" in m else Terms()
        return Requirement(facts=facts, patterns=patterns, min_count=min_count, named_outweighs_vague=outweighs,
                           unmet_alongside=alongside)

    def policy(self, node: yaml.Node, key: str) -> Policy:
        r = self.read
        m = r.mapping(node, key, POLICY_KEYS, required=("fact",))
        fact = r.string(m["fact"][1], f"{key}.fact")
        high = r.number(m["max"][1], f"{key}.max") if "max" in m else None
        low = r.number(m["min"][1], f"{key}.min") if "min" in m else None
        if high is None and low is None:
            raise r.error(
                "a policy needs 'max' and/or 'min': the limit the value must respect.",
                node, key,
            )
        if high is not None and low is not None and low > high:
            raise r.error(f"'min' ({low:g}) is greater than 'max' ({high:g}).", node, key)
        message = self.text(m["message"][1], f"{key}.message") if "message" in m else None
        return Policy(fact=fact, max=high, min=low, message=message)

    # -- values in two languages -------------------------------------------

    def text(self, node: yaml.Node, key: str) -> Text:
        """{en: ..., zh: ...}; a missing language falls back to the other.

        A plain string is accepted too and used for both languages.
        """
        r = self.read
        if isinstance(node, yaml.ScalarNode):
            value = r.string(node, key)
            return Text(value, value)
        if not isinstance(node, yaml.MappingNode):
            raise r.error(f"'{key.rsplit('.', 1)[-1]}' must be text, or text per language "
                          "like {en: ..., zh: ...}, but it is a list.", node, key)
        m = r.mapping(node, key, LANGUAGE_KEYS)
        en = r.string(m["en"][1], f"{key}.en") if "en" in m else None
        zh = r.string(m["zh"][1], f"{key}.zh") if "zh" in m else None
        if en is None and zh is None:
            raise r.error("give the text in 'en' and/or 'zh'.", node, key)
        return Text(en or zh or "", zh or en or "")

    def terms(self, node: yaml.Node, key: str) -> Terms:
        r = self.read
        if isinstance(node, yaml.SequenceNode | yaml.ScalarNode):
            raise r.error(
                f"'{key.rsplit('.', 1)[-1]}' must list phrases per language, like "
                "{en: [phrase, ...], zh: [短语, ...]}.",
                node, key,
            )
        m = r.mapping(node, key, LANGUAGE_KEYS)
        en = r.strings(m["en"][1], f"{key}.en") if "en" in m else ()
        zh = r.strings(m["zh"][1], f"{key}.zh") if "zh" in m else ()
        return Terms(
            en=en, zh=zh,
            compiled_en=tuple(self.compile(t, "en", m["en"][1], f"{key}.en") for t in en),
            compiled_zh=tuple(self.compile(t, "zh", m["zh"][1], f"{key}.zh") for t in zh),
        )

    def compile(self, term: str, lang: str, node: yaml.Node, key: str) -> re.Pattern[str]:
        try:
            pattern = compile_term(term, lang)
        except PatternRejected as exc:
            raise _rejected(self.read, term, exc, node, key) from None
        except re.error as exc:
            raise self.read.error(
                f"the pattern '{term}' is not a valid regular expression ({exc.msg}). "
                "Fix it, or write a plain phrase without the surrounding slashes.",
                node, key,
            ) from None
        if pattern.search("") is not None:
            raise self.read.error(
                f"the pattern '{term}' matches empty text, so it would match every clause. "
                "Make it require at least one character.",
                node, key,
            )
        return pattern


def _rejected(read: Reader, term: str, exc: re.error, node: yaml.Node,
              key: str) -> ChecklistError:
    shown = term if len(term) <= 80 else term[:77] + "..."
    return read.error(f"the pattern '{shown}' was refused: {exc.msg.rstrip('.')}. Simplify it (a shared "
                      "checklist must not be able to hang a review).", node, key)


def _close(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    return f" Did you mean '{close[0]}'?" if close else ""


def _keyed(key: str, node: yaml.Node) -> str:
    """"sections[2]" -> "sections[response]" when the entry has a usable id.

    Messages then name the section or item the reviewer knows, not its position.
    """
    if isinstance(node, yaml.MappingNode):
        for knode, vnode in node.value:
            if (isinstance(knode, yaml.ScalarNode) and knode.value == "id"
                    and isinstance(vnode, yaml.ScalarNode) and vnode.value):
                return key.rsplit("[", 1)[0] + f"[{vnode.value}]"
    return key
