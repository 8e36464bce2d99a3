"""The best case an offering reaches is no time promised per level.

"If you need faster responses, our SLA Expert offering comes with stronger commitments: ...
response times on critical incidents as low as 20 minutes": "as low as", "as little as",
"down to", "starting at" give the floor of a range (usually an upsell), not a commitment for
every request. Before, it was read as a fifth level, "critical", beside P1 - Critical.
"""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.analysis.level_durations import times
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_a_floor_is_no_time() -> None:
    assert [d.value for d in times("response times on critical incidents as low as 20 minutes", 480)] == []
    assert [d.value for d in times("resolution in as little as 2 hours, down to 30 minutes", 480)] == []
    assert [d.value for d in times("we respond within 20 minutes", 480)] == [20]


def test_an_upsells_floor_beside_the_table(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Support
        1.1 Priority levels and maximum response times:
        | Priority | Description | Maximum response time |
        | P1 - Critical | The whole system crashes or critical functions are unavailable and there is no workaround | 4 h |
        | P2 - Major | Performance is badly impaired or the system only runs in restricted mode | 8 h |
        | P3 - Minor | An error that has a workaround, little impact | 24 h |
        1.2 If you need faster responses, our SLA Expert offering comes with stronger commitments: support up to 24x7, and response times on critical incidents as low as 20 minutes.
        """).finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert [lv["minutes"] for lv in f.facts["levels"]] == [240, 480, 1440]
