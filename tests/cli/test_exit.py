"""`reviewer` ends without the interpreter's teardown once its work is done.

The teardown after a review costs ~80 ms of a 4-page `reviewer review`. The
exit status, the output and the exit handlers registered while the command
ran (here the pattern-code store's save) must all be as before.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "acme-rtc-support-terms.pdf"

# An object freed only by the teardown writes a file when it is.
CODE = """
import sys
from pathlib import Path

class AtTeardown:
    def __init__(self, path):
        self.write = Path(path).write_text  # (module globals may be gone when __del__ runs)

    def __del__(self):
        self.write("torn down")

kept = AtTeardown(sys.argv[1])
sys.argv = ["reviewer", *sys.argv[2:]]
from reviewer.cli import console_main
console_main()
"""


def _run(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], bool]:
    env = dict(os.environ, REVIEWER_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    env.pop("REVIEWER_NO_CACHE", None)
    marker = tmp_path / "torn-down"
    marker.unlink(missing_ok=True)
    done = subprocess.run([sys.executable, "-c", CODE, str(marker), *args], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=120)
    return done, marker.exists()


@pytest.mark.slow  # starts processes
def test_a_review_ends_without_teardown_with_its_status_output_and_exit_handlers(tmp_path: Path) -> None:
    done, torn_down = _run(tmp_path, "review", str(SAMPLE), "--quiet")
    assert done.returncode == 0, done.stderr
    assert "score" in done.stdout
    assert not torn_down
    # The store of compiled pattern code is saved by an exit handler, which still ran.
    assert list((tmp_path / "cache").glob("regex-code-*.sre"))


@pytest.mark.slow
@pytest.mark.parametrize(("args", "status", "text"), [
    (["--version"], 0, "reviewer "),
    (["review"], 2, "the following arguments are required"),
    (["review", "missing.pdf"], 2, "was not found"),
])
def test_exit_statuses_are_kept(tmp_path: Path, args: list[str], status: int, text: str) -> None:
    done, torn_down = _run(tmp_path, *args)
    assert done.returncode == status
    assert text in done.stdout + done.stderr
    assert not torn_down


@pytest.mark.slow
def test_the_window_keeps_the_teardown(tmp_path: Path) -> None:
    # Qt syncs the settings when its objects are torn down: `gui` ends as before.
    # (`gui --help` parses the window's options and ends without opening it.)
    done, torn_down = _run(tmp_path, "gui", "--help")
    assert done.returncode == 0, done.stderr
    assert torn_down


# Records whether the cyclic garbage collector is on when the command starts.
GC_CODE = """
import gc, sys
from pathlib import Path
import reviewer.cli as cli

marker, sys.argv = Path(sys.argv[1]), ["reviewer", *sys.argv[2:]]
run = cli.main

def main(argv=None):
    marker.write_text(str(gc.isenabled()))
    return run(argv)

cli.main = main
cli.console_main()
"""


@pytest.mark.slow  # starts processes
@pytest.mark.parametrize(("args", "collector"), [
    (["review", str(SAMPLE), "--quiet"], "False"),  # one contract, then the process ends
    (["segment", str(SAMPLE)], "True"),
    (["checklist", "list"], "True"),
])
def test_only_a_single_review_runs_without_the_garbage_collector(tmp_path: Path, args: list[str],
                                                                 collector: str) -> None:
    env = dict(os.environ, REVIEWER_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    marker = tmp_path / "collector"
    done = subprocess.run([sys.executable, "-c", GC_CODE, str(marker), *args], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert marker.read_text() == collector
