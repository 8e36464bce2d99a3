"""Comparing two versions of one vendor's terms: what the revision changed, per item.

Given the reviewed original (a contract, or a saved review with the
reviewer's work and the vendor's answers) and the vendor's revision, every
checklist item gets an `ItemChange`:

- the status before and after. Both are the tool's own judgement, so a
  difference reflects a change in the text, not in who judged it; the
  reviewer's override on the original is shown beside it;
- the facts that changed ("Severity 1 response 4 h -> 1 h", "availability
  99.9% -> 99.95%");
- a word-level diff of the cited clauses (Chinese by character: it has no
  spaces between words);
- whether the vendor answered the item in the returned checklist
  (``vendor_response``) while the revision still leaves it vague or missing:
  promised, not delivered.

The reviewer's notes and overrides carry over to the revision by item id
(`VersionDiff.annotations`); an override whose item changed status is
flagged so the reviewer looks at it again.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from reviewer.annotations import Annotations
from reviewer.checklist.fact_kinds import LevelDurations, minutes_text
from reviewer.checklist.key_facts import KeyFact
from reviewer.checklist.model import Checklist
from reviewer.checklist.resolve import checklist_for_review, resolve_checklist
from reviewer.compare.vendors import item_key_fact
from reviewer.language import CJK_IDEOGRAPHS, CJK_SYMBOLS, Language
from reviewer.progress import CancelToken, ProgressFn, no_progress
from reviewer.review import Evidence, Review, Status, Text

if TYPE_CHECKING:
    from reviewer.session.review_file import SavedReview

IMPROVED, WORSE, CHANGED, SAME = "improved", "worse", "changed", "same"
# Fact names and units in both languages: (English, Chinese).
_FACT_NAMES = {
    "response-times": ("response", "响应时间"), "resolution-times": ("resolution", "解决时间"),
    "percent": ("availability", "可用性"), "months": ("support window", "支持期"),
    "hours": ("breach notice", "泄露通知时限"),
}
_UNITS = {"percent": ("%", "%"), "months": (" months", " 个月"), "hours": (" h", " 小时")}
# Chinese (and other CJK) characters are tokens of their own; other word
# characters group into words; spaces and punctuation are tokens too.
_CJK = CJK_IDEOGRAPHS + CJK_SYMBOLS
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+|\s+|[^\w\s]")


@dataclass(frozen=True)
class DiffSegment:
    op: str  # "equal", "delete" or "insert"
    text: str


def text_diff(old: str, new: str) -> tuple[DiffSegment, ...]:
    """Word-level diff (character-level for CJK) of two texts."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    out: list[DiffSegment] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(DiffSegment("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(DiffSegment("delete", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(DiffSegment("insert", "".join(b[j1:j2])))
    return tuple(out)


def render_diff(segments: tuple[DiffSegment, ...], context: int | None = None) -> str:
    """``[-removed-]{+added+}`` inline, as ``git diff --word-diff`` prints it.

    With ``context``, unchanged stretches longer than that keep only their
    ends ("... ") so the changes stand out.
    """
    out = []
    last = len(segments) - 1
    for i, seg in enumerate(segments):
        if seg.op == "delete":
            out.append(f"[-{seg.text}-]")
        elif seg.op == "insert":
            out.append(f"{{+{seg.text}+}}")
        elif context is None or len(seg.text) <= 2 * context:
            out.append(seg.text)
        else:
            head = seg.text[:context] if i > 0 else ""
            tail = seg.text[-context:] if i < last else ""
            out.append(f"{head}...{tail}" if "\n" not in seg.text else f"{head}...\n...{tail}")
    return "".join(out)


def evidence_diff(old: tuple[Evidence, ...], new: tuple[Evidence, ...]) -> tuple[DiffSegment, ...]:
    """Diff the cited clauses pairwise: same clause number first, else the most similar.

    A clause with no counterpart shows as removed or added whole, rather than as
    a word soup against an unrelated clause. The revision's first clauses are
    compared with any clause the original cited (the original may cite the
    same clause third, behind an exclusion list); of the original's unmatched
    clauses only its first ones show as removed.
    """
    shown = old[:MAX_QUOTES]
    new = new[:MAX_QUOTES]
    unused = list(old)
    out: list[DiffSegment] = []

    def sep() -> None:
        if out:
            out.append(DiffSegment("equal", "\n"))

    for e in new:
        match = next((o for o in unused if o.clause_number and o.clause_number == e.clause_number),
                     None)
        if match is None and unused:
            best = max(unused, key=lambda o: difflib.SequenceMatcher(None, o.text, e.text).ratio())
            if difflib.SequenceMatcher(None, best.text, e.text).ratio() >= 0.6:
                match = best
        sep()
        if match is None:
            out.append(DiffSegment("insert", e.text))
            continue
        unused.remove(match)
        out.extend(text_diff(match.text, e.text))
    for o in unused:
        if o in shown:
            sep()
            out.append(DiffSegment("delete", o.text))
    return tuple(out)


@dataclass(frozen=True)
class ItemChange:
    item_id: str
    section: str
    title: Text
    old_status: Status  # the tool's status on the original
    new_status: Status  # the tool's status on the revision
    change: str  # IMPROVED, WORSE, CHANGED (same status, other facts or wording) or SAME
    fact_changes: tuple[Text, ...] = ()  # each line in English and Chinese
    evidence_diff: tuple[DiffSegment, ...] = ()
    old_evidence: str = ""
    new_evidence: str = ""
    old_refs: tuple[Evidence, ...] = ()  # for opening either contract at the clause
    new_refs: tuple[Evidence, ...] = ()
    vendor_response: str = ""
    promised_not_delivered: bool = False
    carried_override: Status | None = None  # the reviewer's override, now on the revision
    override_needs_check: bool = False  # the item changed under a carried override
    note: str = ""

    def evidence_diff_text(self, context: int | None = 60) -> str:
        """The changed wording (empty when the cited text is the same)."""
        if self.old_evidence == self.new_evidence:
            return ""
        return render_diff(self.evidence_diff, context)


@dataclass(frozen=True)
class VersionDiff:
    old_name: str
    new_name: str
    old: Review
    new: Review
    checklist: Checklist
    items: tuple[ItemChange, ...]
    annotations: Annotations = field(default_factory=Annotations)  # carried to the revision

    def item(self, item_id: str) -> ItemChange:
        for i in self.items:
            if i.item_id == item_id:
                return i
        raise KeyError(item_id)

    def by_change(self, change: str) -> tuple[ItemChange, ...]:
        return tuple(i for i in self.items if i.change == change)

    @property
    def promised(self) -> tuple[ItemChange, ...]:
        return tuple(i for i in self.items if i.promised_not_delivered)

    def section_title(self, section_id: str, lang: Language) -> str:
        try:
            return self.checklist.section(section_id).title.get(lang)
        except KeyError:
            return section_id


# --- facts ------------------------------------------------------------------------

def _levels(facts: Mapping[str, Any], key: str = "levels") -> list[tuple[str, float]]:
    parsed = LevelDurations.parse(facts, key)
    return parsed.timed if parsed else []


def _minutes(minutes: float, lang: str) -> str:
    if lang != "zh":
        return minutes_text(minutes)
    return f"{minutes:g} 分钟" if minutes < 60 else f"{minutes / 60:g} 小时"


def _level_line(on: str, om: float, nn: str, nm: float, what: tuple[str, str]) -> Text | None:
    """One level's change ("Severity 1 response 4 h -> 1 h"), None when unchanged."""
    if not on:
        return Text(f"{nn} {what[0]}: new, {_minutes(nm, 'en')}",
                    f"{nn} {what[1]}：新增，{_minutes(nm, 'zh')}")
    if not nn:
        return Text(f"{on} {what[0]} {_minutes(om, 'en')}: removed",
                    f"{on} {what[1]} {_minutes(om, 'zh')}：已删除")
    if om == nm and on == nn:
        return None
    name = on if on == nn else f"{on} ({nn})"
    return Text(f"{name} {what[0]} {_minutes(om, 'en')} -> {_minutes(nm, 'en')}",
                f"{name} {what[1]} {_minutes(om, 'zh')} -> {_minutes(nm, 'zh')}")


def _level_changes(what: tuple[str, str], old: list[tuple[str, float]],
                   new: list[tuple[str, float]]) -> list[Text]:
    names_old, names_new = [n for n, _ in old], [n for n, _ in new]
    if not set(names_old) & set(names_new) and len(old) == len(new):
        pairs = list(zip(old, new, strict=True))  # renamed levels ("P1" -> "Priority 1"): by order
    else:
        o, n = dict(old), dict(new)
        pairs = [((k, o[k]), (k, n[k])) for k in names_new if k in o]
        pairs += [((k, o[k]), ("", -1.0)) for k in names_old if k not in n]
        pairs += [(("", -1.0), (k, n[k])) for k in names_new if k not in o]
    lines = (_level_line(on, om, nn, nm, what) for (on, om), (nn, nm) in pairs)
    return [line for line in lines if line is not None]


def _show(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return f"{value:g}" if isinstance(value, float) else str(value)


def _list_change(name: tuple[str, str], a: list[Any], b: list[Any]) -> Text:
    added = ", ".join(str(v) for v in b if v not in a)
    gone = ", ".join(str(v) for v in a if v not in b)
    en = ([f"added {added}"] if added else []) + ([f"removed {gone}"] if gone else [])
    zh = ([f"新增 {added}"] if added else []) + ([f"删除 {gone}"] if gone else [])
    return Text(f"{name[0]}: {'; '.join(en)}", f"{name[1]}：{'；'.join(zh)}")


def _value_change(key: str, a: Any, b: Any, spec: KeyFact | None = None) -> Text:
    name = _FACT_NAMES.get(key, (key, key))
    if spec is not None and spec.label is not None and key == spec.fact:
        name = (spec.label.en, spec.label.zh)
    unit = _UNITS.get(key, ("", ""))
    if a is None:
        return Text(f"{name[0]}: new, {_show(b)}{unit[0]}", f"{name[1]}：新增，{_show(b)}{unit[1]}")
    if b is None:
        return Text(f"{name[0]} {_show(a)}{unit[0]}: removed",
                    f"{name[1]} {_show(a)}{unit[1]}：已删除")
    if isinstance(a, list) and isinstance(b, list):
        return _list_change(name, a, b)
    return Text(f"{name[0]} {_show(a)}{unit[0]} -> {_show(b)}{unit[0]}",
                f"{name[1]} {_show(a)}{unit[1]} -> {_show(b)}{unit[1]}")


def fact_changes(spec: KeyFact | None, old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Text]:
    """Readable changes between two items' facts in English and Chinese (``spec``: the item's key fact).

    A key fact of times per level is compared level by level, under its label.
    """
    levels = spec is not None and spec.kind == "level-durations"
    if spec is not None and levels:
        what = (spec.label.en, spec.label.zh) if spec.label else (spec.fact, spec.fact)
        lo, ln = _levels(old, spec.fact), _levels(new, spec.fact)
        changes = _level_changes(what, lo, ln)
        if changes or lo or ln:
            return changes
    skip = (spec.fact, "plans") if spec is not None and levels else ()
    out = []
    for key in [*old.keys(), *(k for k in new if k not in old)]:
        if key in skip:
            continue
        a, b = old.get(key), new.get(key)
        if a != b:
            out.append(_value_change(key, a, b, spec))
    return out


# --- building the diff -------------------------------------------------------------

MAX_QUOTES = 2  # the clauses compared per item: the best evidence first


def _quote(evidence: tuple[Evidence, ...]) -> str:
    return "\n".join(e.text for e in evidence[:MAX_QUOTES])


def diff_reviews(
    old: Review, new: Review, old_annotations: Annotations | None = None,
    checklist: Checklist | None = None, *, old_name: str = "", new_name: str = "",
) -> VersionDiff:
    """Item-by-item changes from the original's review to the revision's."""
    ann = old_annotations or Annotations()
    checklist = checklist or checklist_for_review(new) or checklist_for_review(old)
    if checklist is None:
        from reviewer.checklist import default_checklist

        checklist = default_checklist()
    old_by = {f.item_id: f for f in old.findings}
    items = []
    for f_new in new.findings:
        f_old = old_by.get(f_new.item_id)
        a = ann.item(f_new.item_id)
        old_status = f_old.status if f_old else Status.MISSING
        spec = item_key_fact(checklist, f_new.item_id)
        facts = fact_changes(spec, f_old.facts if f_old else {}, f_new.facts)
        old_q, new_q = _quote(f_old.evidence if f_old else ()), _quote(f_new.evidence)
        if f_new.status.rank != old_status.rank:
            change = IMPROVED if f_new.status.rank > old_status.rank else WORSE
        else:
            change = CHANGED if facts or old_q != new_q else SAME
        try:
            title = checklist.item(f_new.item_id).title
        except KeyError:
            title = Text(f_new.item_id, f_new.item_id)
        items.append(ItemChange(
            item_id=f_new.item_id, section=f_new.section, title=title,
            old_status=old_status, new_status=f_new.status, change=change,
            fact_changes=tuple(facts),
            evidence_diff=evidence_diff(f_old.evidence if f_old else (), f_new.evidence),
            old_evidence=old_q, new_evidence=new_q,
            old_refs=f_old.evidence if f_old else (), new_refs=f_new.evidence,
            vendor_response=a.vendor_response,
            promised_not_delivered=bool(a.vendor_response.strip())
            and f_new.status is not Status.MET,
            carried_override=a.status_override,
            override_needs_check=a.status_override is not None and change != SAME,
            note=a.note,
        ))
    return VersionDiff(old_name or old.document.path, new_name or new.document.path, old, new,
                       checklist, tuple(items), carried_annotations(ann))


def carried_annotations(ann: Annotations) -> Annotations:
    """The reviewer's work as it applies to the revision.

    Overrides, notes, questions and vendor answers carry over by item id (also
    for items the new checklist lacks: nothing a person wrote is lost). Evidence
    the reviewer added does not: it cites the original's clauses and pages.
    """
    items = {}
    for item_id, a in ann.items.items():
        kept = replace(a, extra_evidence=())
        if not kept.is_empty:
            items[item_id] = kept
    return replace(ann, items=MappingProxyType(items))


def diff_versions(
    old_path: str | Path, new_path: str | Path, checklist: Checklist | str | Path | None = None,
    *, responses: str | Path | None = None, password: str | None = None,
    progress: ProgressFn | None = None, cancel: CancelToken | None = None,
) -> VersionDiff:
    """Review (or open) the original, review the revision, and diff them.

    ``old_path`` may be a saved review (``*.review.json``): its overrides,
    notes and vendor answers are used. ``responses`` is the checklist
    workbook the vendor sent back; its answers are imported first.
    """
    from reviewer.fingerprint import file_sha256
    from reviewer.pipeline import review_contract
    from reviewer.session.review_file import SUFFIX, load_review_file

    progress = progress or no_progress
    cl = resolve_checklist(checklist) if checklist is not None else None
    old_p, new_p = Path(old_path), Path(new_path)
    progress(0.0, f"Reading {old_p.name}")
    sha = ""
    if old_p.name.endswith(SUFFIX):
        saved = load_review_file(old_p)
        old, ann, sha = saved.review, saved.annotations, saved.contract_sha256
        old_name = saved.contract_name or old_p.name
    else:
        old = review_contract(old_p, cl, cancel=cancel, password=password)
        ann, old_name = Annotations(), old_p.name
        sha = old.document.sha256 or file_sha256(old_p)
    if responses is not None:
        from reviewer.session.responses import import_vendor_responses

        ann, _ = import_vendor_responses(old, ann, responses, contract_sha256=sha)
    if cl is None:
        cl = checklist_for_review(old)
    progress(0.5, f"Reading {new_p.name}")
    new = review_contract(new_p, cl, cancel=cancel, password=password)
    progress(1.0, "Comparison ready")
    return diff_reviews(old, new, ann, cl, old_name=old_name, new_name=new_p.name)


def saved_revision(diff: VersionDiff, contract: str | Path) -> SavedReview:
    """A review file for the revision that keeps the reviewer's work (save it to reopen)."""
    from reviewer.session.review_file import new_saved_review

    return new_saved_review(diff.new, contract, diff.annotations)


def diff_to_dict(diff: VersionDiff, lang: Language = Language.EN) -> dict[str, Any]:
    """The diff as JSON-ready data (``reviewer diff --json``)."""
    from reviewer.export.review_json import evidence_to_dict

    return {
        "schema": "contract-version-diff/1",
        "old": {"name": diff.old_name, "score": round(diff.old.score, 1)},
        "new": {"name": diff.new_name, "score": round(diff.new.score, 1)},
        "checklist": {"id": diff.checklist.id, "version": diff.checklist.version},
        "items": [
            {
                "id": i.item_id, "section": i.section, "title": i.title.get(lang),
                "old_status": i.old_status.value, "new_status": i.new_status.value,
                "change": i.change, "fact_changes": [f.get(lang) for f in i.fact_changes],
                "evidence_diff": [{"op": s.op, "text": s.text} for s in i.evidence_diff],
                "old_evidence": [evidence_to_dict(e) for e in i.old_refs],
                "new_evidence": [evidence_to_dict(e) for e in i.new_refs],
                "vendor_response": i.vendor_response,
                "promised_not_delivered": i.promised_not_delivered,
                "carried_override": i.carried_override.value if i.carried_override else None,
                "override_needs_check": i.override_needs_check,
                "note": i.note,
            }
            for i in diff.items
        ],
    }
