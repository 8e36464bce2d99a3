"""How long something is kept is no response or restoration time (round 58): "backups ... are
kept for no more than 30 days" beside "fast recovery after a disaster" was read as a 30-day
restoration time, a false met."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from reviewer.analysis.level_durations import times
from reviewer.review import Status
from tests.analysis.conftest import ReviewContract


@pytest.mark.parametrize("text", [
    "All backups are encrypted and are kept for no more than 30 days.",
    "Logs are retained for 90 days.",
    "日志保留不超过30天。",
])
def test_a_retention_period_is_no_time(text: str) -> None:
    assert times(text, 480) == []


@pytest.mark.parametrize(("text", "found"), [
    ("We will restore service within 4 hours.", ["4 hours"]),
    ("备份数据保存30天，故障恢复时间不超过4小时。", ["4小时"]),
])
def test_the_time_beside_it_stays(text: str, found: list[str]) -> None:
    assert [d.text for d in times(text, 480)] == found


def test_backups_kept_for_30_days_are_no_restoration_time(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Backups
        Every critical asset is backed up, and we test restores of those backups at regular intervals, so that we can guarantee a fast recovery after a disaster. All backups are encrypted and are kept for no more than 30 days.
        """).finding("resolution-times")
    assert f.status is not Status.MET, f.reasons
