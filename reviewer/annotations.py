"""The reviewer's own work on a review: overrides, notes, vendor answers.

Kept apart from the frozen `Review` so the tool's decision stays visible next
to the correction, and so a re-run of the analysis (a changed contract, a new
checklist version) keeps everything the person did, matched by item id.
Immutable: every edit returns a new `Annotations`, which makes undo a stack
of values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from reviewer.review import Evidence, Finding, Status


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class ItemAnnotation:
    status_override: Status | None = None
    override_note: str = ""
    note: str = ""
    asked_vendor: bool = False
    vendor_response: str = ""
    extra_evidence: tuple[Evidence, ...] = ()
    updated: str = ""
    # The negotiation position the redline asks for: "preferred", "fallback",
    # "skip", or "" (the default: preferred unless the contract already has it).
    position: str = ""

    @property
    def is_empty(self) -> bool:
        return self == ItemAnnotation(updated=self.updated)


@dataclass(frozen=True)
class Annotations:
    items: Mapping[str, ItemAnnotation] = field(default_factory=lambda: MappingProxyType({}))
    reviewer: str = ""

    def item(self, item_id: str) -> ItemAnnotation:
        return self.items.get(item_id, ItemAnnotation())

    def with_item(self, item_id: str, **changes: Any) -> Annotations:
        """Return a copy with one item's annotation changed (and timestamped)."""
        new = replace(self.item(item_id), **changes, updated=now_iso())
        items = dict(self.items)
        if new.is_empty:
            items.pop(item_id, None)
        else:
            items[item_id] = new
        return replace(self, items=MappingProxyType(items))

    def with_reviewer(self, reviewer: str) -> Annotations:
        return replace(self, reviewer=reviewer)

    def effective_status(self, finding: Finding) -> Status:
        """The status a reader should see: the override if any, else the tool's."""
        override = self.item(finding.item_id).status_override
        return override if override is not None else finding.status
