"""Atomic file writes: a temporary file in the target folder, then replace.

A crash or a full disk mid-write leaves the previous file intact. Failures
become `WriteError` with a message a user can act on.
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
        os.replace(tmp, target)
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
