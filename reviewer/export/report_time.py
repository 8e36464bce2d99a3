"""When a review was done, for the reports' document properties.

The reviewer's annotations carry the time of each change: the report's
"created" is the first, "modified" the last. A review nobody annotated has
only the time it is exported.
"""

from __future__ import annotations

from datetime import UTC, datetime

from reviewer.annotations import Annotations


def review_times(annotations: Annotations | None, now: datetime | None = None) -> tuple[datetime, datetime]:
    """(created, modified), UTC, whole seconds."""
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    stamps = []
    for item in (annotations.items.values() if annotations is not None else ()):
        try:
            stamps.append(datetime.fromisoformat(item.updated).astimezone(UTC).replace(microsecond=0))
        except (TypeError, ValueError):
            continue
    if not stamps:
        return now, now
    return min(stamps), max(stamps)
