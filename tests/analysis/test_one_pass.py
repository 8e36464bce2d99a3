"""The one-pass literal scan finds exactly the literals a text holds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.analysis.matching import any_hit, find_hits
from reviewer.analysis.prefilter import _Universe, text_scan
from reviewer.checklist.model import Terms
from reviewer.checklist.schema import compile_term

_ALPHABET = "abcr 的服务级"
literal = st.text(_ALPHABET, min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(st.lists(literal, max_size=12), st.lists(literal, max_size=6), st.text(_ALPHABET, max_size=40))
def test_scan_finds_every_literal_present_and_no_other(first: list[str], later: list[str],
                                                       text: str) -> None:
    # Literals of one, two and three or more characters (each found its own way),
    # sharing first characters, and texts that hold some of them several times.
    universe = _Universe()
    universe.add(first)
    found = universe.scan(text)
    assert found == {lit for lit in first if lit in text}
    start = len(universe.lits)
    universe.add(later)  # added after the text was scanned: only the new ones are scanned for
    assert universe.scan(text, start) == {lit for lit in universe.lits[start:] if lit in text}
    found |= universe.scan(text, start)
    assert found == {lit for lit in first + later if lit in text}
    assert universe.scan(text) == found  # all at once: the same


def test_scan_of_literals_sharing_their_first_three_characters() -> None:
    universe = _Universe()
    universe.add(["respon", "response", "responsible", "res", "re", "r", "服务级别", "服务"])
    assert universe.scan("our response time") == {"respon", "response", "res", "re", "r"}
    assert universe.scan("responsibl") == {"respon", "res", "re", "r"}
    assert universe.scan("服务级别协议") == {"服务级别", "服务"}
    assert universe.scan("") == set()


def test_a_term_list_added_after_a_text_was_scanned_still_finds_its_match() -> None:
    text = "The Provider offers a zebra-crossing warranty."
    assert text_scan(text).found is not None  # scanned before the term list exists
    terms = Terms(en=("zebra-crossing",), compiled_en=(compile_term("zebra-crossing", "en"),))
    hit = any_hit(terms, text)
    assert hit is not None and hit.text == "zebra-crossing"
    assert [h.text for h in find_hits(terms, text)] == ["zebra-crossing"]


def test_a_group_named_hit_is_what_a_pattern_quotes() -> None:
    """Context a pattern needs ("available ... as measured by X") is not quoted:
    the reasons cite the `hit` group only."""
    text = "The Platform will be available 99.9% of the time, as measured by Norvale each quarter."
    term = r"/availab(?:[^.;]|\.\d){0,160}?(?P<hit>\bmeasured by [A-Z]\w+)/"
    terms = Terms(en=(term,), compiled_en=(compile_term(term, "en"),))
    assert [h.text for h in find_hits(terms, text)] == ["measured by Norvale"]
    hit = any_hit(terms, text)
    assert hit is not None and text[hit.start:hit.end] == "measured by Norvale"


def test_text_index_names_exactly_the_texts_a_term_list_can_match() -> None:
    """`TextIndex.possible` (which clauses an item is scored on) agrees with
    `active_patterns` text by text, for every term list of the bundled
    checklist over real English and Chinese clauses, and for a term list made
    after the index was built."""
    from pathlib import Path

    from reviewer.analysis.matching import build_views
    from reviewer.analysis.prefilter import TextIndex, active_patterns
    from reviewer.checklist import default_checklist
    from reviewer.checklist.literals import checklist_terms
    from reviewer.ingest import read_document
    from reviewer.segment import segment

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    paths = sorted(corpus.glob("*-en.docx"))[:2] + sorted(corpus.glob("*-zh.docx"))[:2]
    views = [v for p in paths for v in build_views(segment(read_document(p)))]
    texts = [v.text for v in views] + [v.context for v in views] + ["", "工单 ticket"]
    term_lists = list(checklist_terms(default_checklist()))
    assert len(term_lists) > 50
    late = Terms(en=("zebra-crossing",), compiled_en=(compile_term("zebra-crossing", "en"),))
    texts.append("A zebra-crossing warranty.")
    index = TextIndex(texts)  # built at the first question, before `late` adds its literal
    hits = 0
    for terms in [*term_lists, late]:
        expected = {i for i, t in enumerate(texts) if active_patterns(terms, t)}
        assert index.possible(terms) == expected
        hits += len(expected)
    assert hits > 100
    assert index.possible(late) == {len(texts) - 1}


def test_text_index_chooses_each_texts_patterns_as_active_patterns_does() -> None:
    """`TextIndex.active_by_text` (the patterns `TermGate.hits` runs on a clause) gives
    every text exactly `active_patterns`' list, in its order, for every term list of the
    bundled checklist over real English and Chinese clauses (texts with Chinese take the
    term list's other variant), and for a term list made after the index was built."""
    from pathlib import Path

    from reviewer.analysis.matching import build_views
    from reviewer.analysis.prefilter import TextIndex, active_patterns
    from reviewer.checklist import default_checklist
    from reviewer.checklist.literals import checklist_terms
    from reviewer.ingest import read_document
    from reviewer.segment import segment

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    paths = sorted(corpus.glob("*-en.docx"))[:2] + sorted(corpus.glob("*-zh.pdf"))[:2]
    views = [v for p in paths for v in build_views(segment(read_document(p)))]
    texts = [v.text for v in views] + ["", "工单 ticket", "Priority 1 response within 30 minutes"]
    assert any(not t.isascii() for t in texts) and any(t.isascii() and t for t in texts)
    late = Terms(en=("zebra-crossing",), compiled_en=(compile_term("zebra-crossing", "en"),))
    texts.append("A zebra-crossing warranty.")
    index = TextIndex(texts)
    term_lists = [*checklist_terms(default_checklist()), late]
    several = 0
    for terms in term_lists:
        chosen = index.active_by_text(terms)
        expected = {i: active_patterns(terms, t) for i, t in enumerate(texts)}
        assert chosen == {i: p for i, p in expected.items() if p}
        several += sum(len(p) > 1 for p in chosen.values())
    assert several > 20  # texts with more than one pattern to run: the order is checked
    assert index.active_by_text(late) == {len(texts) - 1: active_patterns(late, texts[-1])}
    assert index.active_by_text(Terms()) == {}


def test_checklist_terms_hold_every_term_list_of_every_item() -> None:
    """The prefilter learns a checklist's literals from `checklist_terms` before the first
    clause is scanned; a term list missing there (it was `overridden_by`) adds its literals
    mid-review, and every clause index of the contract is then built again."""
    from dataclasses import fields

    from reviewer.checklist import default_checklist
    from reviewer.checklist.literals import checklist_terms

    checklist = default_checklist()
    listed = {id(t) for t in checklist_terms(checklist)}
    checked = 0
    for item in checklist.items:
        for f in fields(item):
            value = getattr(item, f.name)
            if isinstance(value, Terms):
                assert id(value) in listed, (item.id, f.name)
                checked += 1
        for requirement in item.requirements:
            assert id(requirement.patterns) in listed, item.id
    assert checked > 100


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab –é\u33ff\u3400响\u9fff\ua000\U00020000"), max_size=12))
def test_a_text_has_chinese_exactly_when_the_pattern_finds_a_character(text: str) -> None:
    # text_scan answers an ASCII text without the search: the same answer.
    import re

    assert text_scan(text + " (one-pass cjk)").cjk == bool(re.search(r"[\u3400-\u9fff]", text))


def test_clause_views_build_their_indexes_whole_before_a_child_is_forked() -> None:
    """`ClauseViews.build_indexes` runs while the model's sums are shared, before a child
    that judges items is forked: it must leave each text index built (every clause scanned
    for every literal of the checklist), or the child and this process would each build
    them again at their first item. Built early, they answer as built at the first question."""
    from pathlib import Path

    from reviewer.analysis.matching import build_views
    from reviewer.analysis.prefilter import _UNIVERSE
    from reviewer.checklist import default_checklist
    from reviewer.ingest import read_document
    from reviewer.segment import segment

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    paths = sorted(corpus.glob("*-en.pdf"))[:1] + sorted(corpus.glob("*-zh.pdf"))[:1]
    items = default_checklist().items
    for path in paths:
        clauses = segment(read_document(path))
        early, late = build_views(clauses), build_views(clauses)
        early.build_indexes()
        for part in ("text", "context", "heading"):
            index = early.text_index(part)
            assert index.known == len(_UNIVERSE.lits) > 0  # built, for every literal in use
            assert len(index.cjk) == len(clauses)
        for item in items:
            for part, terms in (("text", item.keywords), ("context", item.headings),
                                ("heading", item.headings), ("text", item.context)):
                assert early.text_index(part).possible(terms) == late.text_index(part).possible(terms)
            assert (early.text_index("text").active_by_text(item.keywords)
                    == late.text_index("text").active_by_text(item.keywords))
