"""The bundled vendor-support checklist matches the spec (shared/checklist-spec.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.checklist import bundled_checklists, checklists_dir, default_checklist
from reviewer.checklist.model import Checklist

SPEC = {
    "response": (25, ["severity-definitions", "response-times", "resolution-times",
                      "response-clock", "support-hours"]),
    "process": (20, ["support-channels", "escalation-path", "ticket-closure",
                     "service-reports", "incident-rca", "proactive-notice"]),
    "versions": (20, ["update-policy", "version-support-window", "compatibility"]),
    "service-level": (20, ["availability", "quality-metrics", "sla-measurement",
                           "service-credits"]),
    "security": (10, ["security-certifications", "encryption", "security-incident",
                      "data-residency", "data-use"]),
    "scope": (5, ["support-scope", "documentation-training"]),
    # Issue 15: terms that undo the commitments above (docs/checklist-spec.md).
    "red-flags": (10, ["unilateral-amendment", "credits-not-sole-remedy", "independent-measurement",
                       "no-final-interpretation", "suspension-limits"]),
}
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def checklist(monkeypatch: pytest.MonkeyPatch) -> Checklist:
    monkeypatch.delenv("REVIEWER_CHECKLISTS", raising=False)
    default_checklist.cache_clear()
    try:
        return default_checklist()
    finally:
        default_checklist.cache_clear()


def test_found_next_to_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REVIEWER_CHECKLISTS", raising=False)
    assert checklists_dir() == REPO / "checklists"
    assert "vendor-support" in [b.id for b in bundled_checklists()]


def test_sections_items_and_weights_follow_the_spec(checklist: Checklist) -> None:
    assert checklist.id == "vendor-support"
    assert [s.id for s in checklist.sections] == list(SPEC)
    for section in checklist.sections:
        weight, items = SPEC[section.id]
        assert section.weight == weight, section.id
        assert [i.id for i in section.items] == items, section.id
    assert len(checklist.items) == 30


def test_every_item_is_bilingual(checklist: Checklist) -> None:
    for item in checklist.items:
        assert item.keywords.en and item.keywords.zh, item.id
        for text in (item.title, item.description, item.question):
            assert text.en != text.zh, item.id  # both languages written, no fallback
        assert item.line is not None


def test_validate_command_on_the_bundled_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reviewer import cli

    monkeypatch.setattr(cli, "COMMANDS", ("checklist",))
    path = REPO / "checklists" / "vendor-support.yaml"
    assert cli.main(["checklist", "validate", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "OK: vendor-support v1: 7 sections, 30 items"
