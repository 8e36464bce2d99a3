"""Where the checklist caches live and how a cache file is written.

The compiled checklists (`compiled.py`) and the patterns' compiled code
(`regex_code.py`) share the folder and the writer.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

ENV_DIR = "REVIEWER_CACHE_DIR"
ENV_OFF = "REVIEWER_NO_CACHE"


def cache_dir() -> Path | None:
    """The folder of compiled checklists, or None when caching is off."""
    if os.environ.get(ENV_OFF, "").strip() not in ("", "0"):
        return None
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "contract-reviewer"


def write_cache_file(path: Path, header: bytes, body: bytes) -> None:
    """A cache file (its header line, then its body), replaced atomically; raises OSError.

    No fsync: a cache lost in a crash only costs speed, and its header's
    SHA-256 rejects a torn file."""
    import tempfile  # only when writing: not on the path of a cached load

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(header + b"\n" + body)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
