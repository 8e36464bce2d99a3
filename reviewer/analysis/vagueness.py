"""Is a sentence a commitment? Hedges, targets and discretion, and what undoes them.

Vague wording is evidence, not proof: "promptly, and in any event within 30
minutes" commits to 30 minutes. So a sentence is judged as a whole: its
hedges (shared wording by category plus the item's own) count unless the same
sentence also holds a binding phrase ("in any event", "no later than", "最迟").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.analysis.matching import ClauseView, Hit, find_hits
from reviewer.analysis.sentences import Sentence
from reviewer.checklist.model import Checklist, ChecklistItem, Terms

BINDING = "binding"
# A number's floor or ceiling ("at least 99.9%", "不低于99.9%") binds a softly
# worded number ("typically within 4 hours, and at least ...") but not an
# effort: "will use commercially reasonable efforts to make it available at
# least 99.9% of the month" is still an effort.
BINDING_NUMBER = "binding-number"
EFFORT = "effort"
TARGET = "target"
OPEN_LIST = "open-list"


@dataclass(frozen=True)
class Hedge:
    category: str  # "hedge", "target", "discretion", "item", ...
    word: str


class VaguenessJudge:
    """Hedge detection for one item, with the checklist's shared wording."""

    def __init__(self, checklist: Checklist, item: ChecklistItem) -> None:
        # Open-list wording ("including but not limited to") makes a list
        # open, not a commitment soft: items that care list it themselves.
        self.categories: list[tuple[str, Terms]] = [
            (name, terms) for name, terms in checklist.vague.items()
            if name not in (BINDING, BINDING_NUMBER, OPEN_LIST) and name not in item.ignore_vague
        ]
        if item.vague:
            self.categories.append(("item", item.vague))
        # Wording that answers the item's own vague words later in the same sentence
        # ("以乙方运维系统记录为准，客户可以其自身的访问记录提出异议").
        self.answered_by = item.override_answered_by
        # Wording a hedge may qualify without hedging the item (`ChecklistItem.vague_exempt`).
        self.exempt = item.vague_exempt
        self.binding = checklist.vague.get(BINDING, Terms())
        self.binding_number = checklist.vague.get(BINDING_NUMBER, Terms())
        # One item's judging asks for the same sentence's hedges several times
        # (whether a clause hedges anywhere, where a hedge stops, each attempt).
        self._found: dict[str, list[Hedge]] = {}

    def hedges(self, sentence: str) -> list[Hedge]:
        """The vague wording in a sentence, unless a binding phrase overrides it."""
        found = self._found.get(sentence)
        if found is None:
            found = self._found[sentence] = self._hedges(sentence)
        return list(found)

    def _hedges(self, sentence: str) -> list[Hedge]:
        """`hedges` uncached."""
        found: list[tuple[str, Hit]] = []
        for name, terms in self.categories:
            for hit in find_hits(terms, sentence):
                found.append((name, hit))
        if found and self.answered_by and (answer := find_hits(self.answered_by, sentence)):
            # The item's own vague words before an answer are answered: the customer
            # may dispute the vendor's records with its own.
            found = [(name, h) for name, h in found if not (name == "item" and h.start < answer[-1].start)]
        if found and self.exempt and (spans := find_hits(self.exempt, sentence)):
            # "计划内维护原则上安排在22:00至次日6:00，并在维护开始前24小时发布公告": the
            # hedge is on when maintenance is done, not on the notice.
            found = [(name, h) for name, h in found
                     if not any(e.start <= h.start and h.end <= e.end for e in spans)]
        if not found:
            return []
        # Only adverbs and targets qualify the phrase after them: "乙方可根据业务
        # 需要调整本SLA，但任何调整不得降低…" is discretion bound by what follows.
        raw = [h for name, h in found if name in _QUALIFIERS]
        if self.binding and _unqualified(find_hits(self.binding, sentence), raw, sentence):
            # "target" survives a binding phrase only when it is the number's own
            # label ("target: 99.9%, and in any event..." is rare): keep it simple
            # and let the binding phrase win.
            return []
        if self.binding_number and _unqualified(find_hits(self.binding_number, sentence), raw, sentence, floors=True):
            # A floor binds the number, not the verb: "will try to give at least 72
            # hours' notice", "aims to announce maintenance at least 72 hours in
            # advance" still only try, as efforts do.
            # Nor a target: "targets Service Availability of at least 99.9%" sets the floor
            # of a target, still a target.
            # Nor a hedge on the binding phrase itself: "乙方原则上保证…不低于99.9%"
            # guarantees only in principle.
            qualifying = _qualifying(find_hits(self.binding, sentence), raw, sentence) if self.binding else set()
            return [Hedge(name, h.text) for name, h in found
                    if name in (EFFORT, TARGET) or _ATTEMPT.fullmatch(h.text.strip()) or h.start in qualifying]
        return [Hedge(name, h.text) for name, h in found]

    def is_bound(self, sentence: str) -> bool:
        return bool(self.binding) and bool(find_hits(self.binding, sentence))

    def binding_from(self, sentence: str) -> int:
        """Where the commitment starts in a hedged sentence that also binds.

        "aims to respond within 1 hour, and shall in any event respond within
        4 hours": the binding phrase commits to what follows it, so a time
        before it is still the hedged target. 0 when nothing is hedged.
        """
        raw = [h for name, terms in self.categories for h in find_hits(terms, sentence)]
        bound = (find_hits(self.binding, sentence) if self.binding else []) \
            + (find_hits(self.binding_number, sentence) if self.binding_number else [])
        bound.sort(key=lambda h: h.start)
        if not raw or not bound:
            return 0
        first_binding = bound[0].start
        return first_binding if any(h.start < first_binding for h in raw) else 0

    def hedged_next_action(self, sentence: str) -> int | None:
        """Where an unhedged commitment ends and its subject's next, hedged action starts.

        "在接到报障后15分钟内响应，并尽快排除故障", "will respond within 1 hour, and
        will use reasonable efforts to resolve": the hedge is the second action's,
        not the first's. None when the sentence has no such turn: the hedge
        stands before (it may carry on, see `judge._own_commitments`), the
        second part denies the first ("并不保证"), says "but", or looks back on
        it ("..., and such times are targets").
        """
        if not self.hedges(sentence):
            return None
        # The last turn before the hedge: "乙方实施升级前，应提前3个工作日通知…，升级
        # 原则上安排在…" keeps the notice with the first part.
        for m in reversed(list(_HEDGED_NEXT_ACTION.finditer(sentence))):
            head, tail = sentence[:m.start()], sentence[m.start() + 1:]
            if (m.group("zh") is not None or m.group("en")) \
                    and (_SCENE.search(head.strip()) or len(head.strip()) < _FIRST_ACTION_MIN):
                continue
            if not self.hedges(head) and self.hedges(tail) and not looks_back(tail) \
                    and not _NAMES_THE_FIRST.search(tail):
                return m.start()
        return None

    def item_wording(self, sentence: str) -> list[Hedge]:
        """Only the item's own vague wording (e.g. "business hours" undefined)."""
        return [Hedge("item", h.text) for h in find_hits(self.categories[-1][1], sentence)] \
            if self.categories and self.categories[-1][0] == "item" else []


# "..., and will treat such times as targets only": the second part speaks of the first's figures.
_NAMES_THE_FIRST = re.compile(r"\b(?:such|these|those|the\s+(?:above|foregoing|said))\s+(?:\w+\s+)?"
                              r"(?:times?|targets?|figures|periods?|commitments?|levels?|deadlines?)\b"
                              r"|\b(?:meet|achieve|attain|reach|maintain|honou?r)\s+(?:it|them|this|that|these)\b"
                              r"|(?:该|此|上述|前述)(?:标准|指标|目标|时限|时间|承诺|水平|比例|要求)",
                              re.IGNORECASE)
# Where a second action starts: a conjunction ("，并尽快排除故障", ", and will use
# reasonable efforts"), or a subject of its own with its modal ("，我们将尽快回复",
# ", and we will try to"). Not a turn ("但", "若", "unless"): those qualify the first.
_HEDGED_NEXT_ACTION = re.compile(
    r"[，,]\s*(?:并(?![不非无未])且?|同时"
    r"|(?P<zh>(?=(?![但而若如除否且或])[\u4e00-\u9fff]{1,4}?(?:将|会|应当|应|须|原则上|一般|通常))))"
    r"|,\s+(?:and\s+)?(?=(?P<en>(?!(?:but|unless|if|or|nor|except|so|though|although)\b)"
    r"(?:we|it|they|[A-Z]\w+)\s+)?(?:will|shall|must)\s)",
    re.IGNORECASE)
_FIRST_ACTION_MIN = 8  # characters: "上表中，一级故障应…" has no first action before the comma
# A part before the comma that only sets the scene ("After an incident of more
# than 30 minutes, ...", "遇紧急维护的，..."): the action after it is the first.
_SCENE = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:if|when|where|whenever|after|before|once|upon|in\s+the\s+event|"
                    r"should|unless|following|for|in\s+case|except)\b"
                    r"|^\W*(?:如|若|如果|假如|对于|对|遇|当|凡|因|由于|除)|的$", re.IGNORECASE)


# Verbs of trying: a floor after them ("at least") does not make them bind.
_ATTEMPT = re.compile(r"(?:will\s+)?(?:try|tries|aims?|strives?|seeks?\s+to|attempts?\s+to|intends?\s+to)"
                      r"|力争|争取", re.IGNORECASE)


# A hedge shortly before a binding phrase, with no separator or conjunction
# between, qualifies it: "原则上不低于99.9%", "typically no later than", "a
# target of at least 99.9%" bind nothing, while "promptly, and in any event
# within 4 hours" and "without undue delay and in any event within 72 hours" do.
_QUALIFIES_WITHIN = 12
_QUALIFIERS = frozenset({"hedge", TARGET})
_BREAK = re.compile(r"[,，;；:：.。、()（）]|\b(?:and|or|but)\b|[并且但或]", re.IGNORECASE)


def _qualifies(h: Hit, b: Hit, sentence: str) -> bool:
    """Whether the hedge `h` directly qualifies the binding hit `b`: it stands shortly before
    it, or its own wording runs into it ("时延一般不超过400毫秒": the hedge "一般不超过"
    holds the ceiling "不超过")."""
    if h.start < b.start < h.end:
        return True
    return h.end <= b.start and b.start - h.end <= _QUALIFIES_WITHIN and not _BREAK.search(sentence, h.end, b.start)


def _qualifying(bound: list[Hit], hedges: list[Hit], sentence: str) -> set[int]:
    """The starts of the hedges that directly qualify a binding hit (see `_unqualified`)."""
    return {h.start for b in bound for h in hedges if _qualifies(h, b, sentence)}


# A word of generality before a floor qualifies it from further away, across a comma
# that only sets the scene: "乙方原则上自停止销售起，继续提供不少于3年的维护", "will generally keep
# every API version available for at least twelve (12) months" keep the old version in
# principle only. A second action ("，并", "and", "but") or a new sentence part ("；") ends it.
_GENERALITY_WITHIN = 40
_GENERALITY_BREAK = re.compile(r"[;；:：.。()（）]|\b(?:and|or|but|unless|except)\b|[并且但或除]", re.IGNORECASE)


def _general(hedge: Hit) -> bool:
    word = hedge.text.strip().lower()
    return word in GENERALLY or word.startswith("一般")


def _unqualified(bound: list[Hit], hedges: list[Hit], sentence: str, floors: bool = False) -> bool:
    """Whether some binding hit is not directly qualified by a hedge before it (or running
    into it, see `_qualifies`). With `floors` (the hits are a number's floor or ceiling), a
    word of generality qualifies one from further away (`_GENERALITY_WITHIN`)."""
    return any(
        not any(_qualifies(h, b, sentence) or (
            floors and h.end <= b.start and b.start - h.end <= _GENERALITY_WITHIN and _general(h)
            and not _GENERALITY_BREAK.search(sentence, h.end, b.start)) for h in hedges)
        for b in bound
    )


# A sentence that looks back on the ones before it: "These figures are
# indicative and not a commitment", "以上时限为乙方的处理目标". "these" or
# "those" only at its start: "...; those figures are for information only"
# speaks of its own. (以上 after a number means "or more": "99.9%以上".)
_LOOKS_BACK = re.compile(
    r"^\W*(?:all\s+)?(?:these|those|such|the\s+(?:above|foregoing|preceding))\b"
    r"|\b(?:the\s+above|the\s+foregoing|the\s+preceding)\s+(?:\w+\s+){0,2}"
    r"(?:figures|times|values|targets|metrics|levels|numbers|objectives|goals|timeframes|periods)\b"
    r"|^\W*(?:以上|上述|前述|该等|这些)|(?<![\d%％])(?:以上|上述|前述)(?:各项|所列|所述|的)?"
    r"(?:时限|时间|指标|数值|目标|标准|数据)"
    # A table before the sentence: "上表所列为…", "the times in the table above".
    r"|上表|上述表格|\b(?:the\s+)?(?:table|schedule)\s+above\b|\bthe\s+above\s+table\b"
    # A table named by its number, wherever it stands: "在表1所列时间内", "the times in Table 2".
    r"|(?<![代发图列报])表\s?[0-9一二三四五六七八九十]{1,2}\s?(?:所列|所示|列明|规定|约定)"
    r"|\b(?:in|of|per|under)\s+table\s+\d{1,2}\b", re.IGNORECASE)
_CAST_BACK = frozenset({TARGET, EFFORT})
# Words of generality that, looking back on stated figures, leave them
# unbinding: "上表所列为乙方原则上的响应时间", "the times above generally apply".
GENERALLY = frozenset({"原则上", "一般", "一般情况下", "一般而言", "通常", "generally", "typically", "normally",
                       "usually", "in principle", "in general"})


def looks_back(text: str) -> bool:
    """Whether a sentence speaks of the figures or table before it (or of a table by its number)."""
    return _LOOKS_BACK.search(text) is not None


def retro_hedges(judge: VaguenessJudge, sentences: Sequence[Sentence]) -> dict[int, list[Hedge]]:
    """By sentence start, the targets and efforts a later sentence of the same
    clause casts back on a sentence: "... latency under 100 milliseconds. These
    figures are indicative and not a commitment." leaves the 100 ms a target.
    Sentences nothing is cast on are absent."""
    out: dict[int, list[Hedge]] = {}
    for k in range(1, len(sentences)):
        text = sentences[k].text
        if not looks_back(text):
            continue
        back = [h for h in judge.hedges(text) if h.category in _CAST_BACK]
        for earlier in sentences[:k] if back else ():
            out.setdefault(earlier.start, []).extend(back)
    return out


def cast_hedges(judge: VaguenessJudge, view: ClauseView, rows: bool = False) -> dict[int, list[Hedge]]:
    """`retro_hedges` of the view's sentences, plus the targets and efforts of the
    lead-in a list item stands under, cast on each of its sentences: "运营方将尽商业上
    合理的努力，在下列时限内对客户提出的事件作出回应：" over "2.1.1 …收到通知后48小时内
    作出回应" leaves the 48 hours an effort, as a table's introducing paragraph does
    for its rows. The lead-in is the list item's `ClauseView.intro` (the end of the
    colon-ended paragraph above it); table rows are read with theirs by
    `level_rows._table_hedges` instead, unless `rows`: a row of a table under
    "provides the following target uptime:" takes that paragraph's hedges too (the
    generic items, which read a row alone), and with `rows` the targets and efforts of
    the sentences below the table that point back at it (`ClauseView.followers`: "上表中的
    延迟是实验室环境下测得的典型数值，不构成乙方对实际延迟的承诺"), as `level_rows` reads
    them for the levels."""
    out = retro_hedges(judge, view.sentences)
    lead_in = view.intro if rows or view.clause.cells is None else ""
    lead = [h for h in judge.hedges(lead_in) if h.category in _CAST_BACK] if lead_in else []
    if rows and view.clause.cells is not None:
        lead += [h for text in view.followers for h in judge.hedges(text) if h.category in _CAST_BACK]
    for sentence in view.sentences if lead else ():
        out.setdefault(sentence.start, []).extend(lead)
    return out
