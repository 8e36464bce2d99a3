"""Atomic file writes: a temporary file in the target folder, then replace.

A crash or a full disk mid-write leaves the previous file intact. Failures
become `WriteError` with a message a user can act on.

The file gets the mode a plain ``open(path, "w")`` would give: an existing
file keeps its mode, a new one gets 0666 less the user's umask (mkstemp's
0600 is not kept). The data is fsynced before the rename and the folder
after it, so a power cut leaves either the old file or the new one.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from reviewer.errors import ReviewerError


class WriteError(ReviewerError):
    """A file could not be written (folder missing, no permission, locked)."""


def _explain(path: Path, exc: OSError) -> str:
    if not path.parent.exists():
        return f"Cannot save {path.name}: the folder {path.parent} does not exist. Choose another folder."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return (f"Cannot save {path}: permission denied. The file may be open in another "
                "program (close it) or the folder is read-only (choose another folder).")
    if exc.errno == errno.ENOSPC:
        return f"Cannot save {path}: the disk is full. Free some space or choose another drive."
    if exc.errno == errno.EISDIR or path.is_dir():
        return f"Cannot save to {path}: it is a folder. Choose a file name."
    return f"Cannot save {path}: {exc.strerror or exc}."


def _umask() -> int:
    """The process umask: from /proc on Linux (no race with other threads),
    elsewhere by setting it and setting it back."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mode_for(target: Path) -> int:
    """An existing file's permission bits, else 0666 less the umask."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """The rename made durable; not every system can open a folder (skipped there)."""
    try:
        fd = os.open(folder or Path("."), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: str | Path, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp_path)`` to produce the file, then move it onto ``path``.

    ``write`` receives a path in the same folder (so the final rename stays on
    one file system) and may use any library that writes to a path.
    """
    target = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or Path(".")
        )
    except OSError as exc:
        raise WriteError(_explain(target, exc)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, _mode_for(target))
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        raise WriteError(_explain(target, exc)) from exc
    finally:
        if tmp.exists():
            tmp.unlink(missing_ok=True)


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    write_atomic(path, write)


def write_text_atomic(path: str | Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_json_atomic(path: str | Path, data: object) -> None:
    """UTF-8 JSON, Chinese kept readable, indented, with a final newline."""
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
