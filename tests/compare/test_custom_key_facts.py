"""Key facts are checklist data: a custom checklist's renamed items keep them.

The custom checklist is a copy of the bundled one with two items renamed
(response-times -> first-response, availability -> uptime-commitment) and one
key fact sent to a batch summary column of its own. Compare, diff and the
batch summary must show the same facts under the new ids.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from reviewer.batch.runner import run_batch
from reviewer.checklist import default_checklist, load_checklist
from reviewer.checklist.model import Checklist
from reviewer.compare.vendors import Comparison, compare_vendors
from reviewer.compare.versions import diff_versions

from . import three_vendors


@pytest.fixture(scope="module")
def custom(tmp_path_factory: pytest.TempPathFactory) -> Path:
    text = Path(default_checklist().path).read_text(encoding="utf-8")
    for old, new in [
        ("\nid: vendor-support\n", "\nid: custom-support\n"),
        ("- id: response-times\n", "- id: first-response\n"),
        ("[severity-definitions, response-times,", "[severity-definitions, first-response,"),
        ("- id: availability\n", "- id: uptime-commitment\n"),
        ("items: [availability, quality-metrics", "items: [uptime-commitment, quality-metrics"),
        ("{kind: percent, better: higher, column: availability}",
         "{kind: percent, better: higher, column: uptime_pct}"),
    ]:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path_factory.mktemp("checklist") / "custom-support.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def contracts(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return three_vendors(tmp_path_factory.mktemp("vendors"))


@pytest.fixture(scope="module")
def comparison(contracts: list[Path], custom: Path) -> Comparison:
    return compare_vendors(contracts, custom)


def test_the_custom_checklist_declares_the_key_facts(custom: Path) -> None:
    checklist: Checklist = load_checklist(custom)
    spec = checklist.item("first-response").key_fact
    assert spec is not None and spec.kind == "level-durations" and spec.better == "lower"
    assert checklist.item("uptime-commitment").key_fact is not None


def test_compare_ranks_the_renamed_items(comparison: Comparison) -> None:
    row = comparison.row("first-response")
    assert row.better == "lower"
    assert [c.value for c in row.cells] == [15, 60, 30]
    assert [c.best for c in row.cells] == [True, False, False]
    assert row.cells[0].fact.endswith("15 min")
    uptime = comparison.row("uptime-commitment")
    assert uptime.better == "higher"
    assert [c.value for c in uptime.cells] == [99.95, 99.9, 99.5]


def test_diff_lists_level_changes_of_the_renamed_item(contracts: list[Path], custom: Path) -> None:
    diff = diff_versions(contracts[0], contracts[1], custom)
    changes = diff.item("first-response").fact_changes
    assert any("response 15 min -> 1 h" in c.en for c in changes), changes


def test_batch_summary_has_the_renamed_items_key_facts(
        contracts: list[Path], custom: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(contracts[0], folder / contracts[0].name)
    run_batch(folder, tmp_path / "out", checklist=custom)
    with open(tmp_path / "out" / "summary.csv", encoding="utf-8-sig", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert row["Top-severity response"].endswith("15 min")
    assert row["uptime_pct"] == "99.95"
    assert row["Availability %"] == ""
