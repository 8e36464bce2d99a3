"""The item ids the labelled corpora are scored on.

``SPEC_ITEM_IDS`` are the 25 items of ``shared/checklist-spec.md`` in its
order: the "25 items" of the README's accuracy figures, the floors and the
relevance model. ``RED_FLAG_IDS`` are the section ``red-flags`` of
``docs/checklist-spec.md`` (issue 15), labelled on part of the corpus. The
label checkers ``tests/corpus_real/check.py`` and ``agreement.py`` run without
importing ``reviewer`` and keep their own copies; a test holds them equal.
"""

from __future__ import annotations

SPEC_ITEM_IDS: tuple[str, ...] = (
    "severity-definitions", "response-times", "resolution-times", "response-clock",
    "support-hours", "support-channels", "escalation-path", "ticket-closure",
    "service-reports", "incident-rca", "proactive-notice", "update-policy",
    "version-support-window", "compatibility", "availability", "quality-metrics",
    "sla-measurement", "service-credits", "security-certifications", "encryption",
    "security-incident", "data-residency", "data-use", "support-scope",
    "documentation-training",
)

RED_FLAG_IDS: tuple[str, ...] = (
    "unilateral-amendment", "credits-not-sole-remedy", "independent-measurement",
    "no-final-interpretation", "suspension-limits",
)
