"""The SHA-256 of a file: how a contract is recognised as the same or changed.

One function for every place that fingerprints a file (the document read, the
review file, the annotated copy's check, the batch manifest), so they always
agree on what "unchanged" means.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def file_sha256(path: str | os.PathLike[str]) -> str:
    """Hex SHA-256 of the file's bytes, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
