"""reviewer.atomic: the umask is respected, an existing file keeps its mode,
the write is whole or not at all."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.atomic import WriteError, write_atomic, write_bytes_atomic


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_file_follows_the_umask(tmp_path: Path, umask: None) -> None:
    target = tmp_path / "review.xlsx"
    write_bytes_atomic(target, b"data")
    assert _mode(target) == 0o640  # 0666 less 027, not mkstemp's 0600
    assert target.read_bytes() == b"data"


def test_existing_file_keeps_its_mode(tmp_path: Path, umask: None) -> None:
    target = tmp_path / "shared.csv"
    target.write_bytes(b"old")
    target.chmod(0o664)
    write_bytes_atomic(target, b"new")
    assert _mode(target) == 0o664 and target.read_bytes() == b"new"


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")

    def broken(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(WriteError, match="disk is full"):
        write_atomic(target, broken)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
