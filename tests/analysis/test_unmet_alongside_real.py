"""`unmet_alongside` (docs/checklists.md), kept for reviewers' own checklists: a playbook
that asks for the help beyond support-scope's boundary can say that help offered only as
"reasonable guidance" leaves the boundary short of met. The bundled checklist no longer
uses it (the boundary is met whatever is offered beyond it); the same contract is met
with the bundled checklist and vague with the playbook that adds the key."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from reviewer.api import review
from reviewer.checklist.loader import checklists_dir, parse_checklist
from reviewer.review import Status
from tests.analysis.conftest import MakeContract

BODY = """
# 4. Support
4.1 Support covers the Platform. It does not cover Customer's own applications or networks, for which Vendor will give reasonable guidance.
"""

ALONGSIDE = '''unmet_alongside:
              en: ["/\\\\breasonable\\\\s+guidance\\\\b/"]
            patterns:'''


def _playbook_asking_for_help_beyond_the_boundary() -> str:
    text = (checklists_dir() / "vendor-support.yaml").read_text(encoding="utf-8")
    start = text.index("      - id: support-scope")
    met = text.index("          - patterns:", start)
    return text[:met] + "          - " + ALONGSIDE + text[met + len("          - patterns:"):]


def test_unmet_alongside_keeps_a_boundary_from_being_met(contract: MakeContract) -> None:
    path = contract(BODY)
    assert review(path).finding("support-scope").status is Status.MET
    playbook = parse_checklist(_playbook_asking_for_help_beyond_the_boundary(), "playbook.yaml")
    (requirement, *_) = playbook.item("support-scope").requirements
    assert requirement.unmet_alongside.en
    f = review(path, checklist=playbook).finding("support-scope")
    assert f.status is Status.VAGUE, f.reasons
