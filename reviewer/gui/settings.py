"""Preferences kept between runs (QSettings), and where the app keeps files.

``REVIEWER_DATA_DIR`` moves everything (settings INI, recovery file, log)
into one folder, which is what tests and portable installs want.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ENV_DATA_DIR = "REVIEWER_DATA_DIR"
MAX_RECENT = 10


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        path = Path(override)
    else:
        loc = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        path = Path(loc) if loc else Path.home() / ".contract-reviewer"
    path.mkdir(parents=True, exist_ok=True)
    return path


def contract_identity(path: str) -> str:
    """``a/vendor.pdf`` and ``a/vendor.review.json`` name the same contract."""
    p = Path(path)
    name = p.name[: -len(".review.json")] if p.name.endswith(".review.json") else p.stem
    return str(p.parent / name)


class AppSettings:
    """Typed access to the few settings we keep."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            if os.environ.get(ENV_DATA_DIR):
                qsettings = QSettings(str(data_dir() / "settings.ini"),
                                      QSettings.Format.IniFormat)
            else:
                qsettings = QSettings("ContractReviewer", "Contract Reviewer")
        self.q = qsettings

    def _str(self, key: str, default: str = "") -> str:
        value = self.q.value(key, default)
        return str(value) if value is not None else default

    # recent files
    def recent_files(self) -> list[str]:
        value = self.q.value("recent/files", [])
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, (list, tuple)):
            return [str(v) for v in value]
        return []

    def add_recent(self, path: str, same_contract: tuple[str, ...] = ()) -> list[str]:
        """Put ``path`` first; one entry per contract: entries for the same contract
        (its review file next to it, or the paths in ``same_contract``) go."""
        same = {contract_identity(p) for p in (path, *same_contract)}
        files = [path] + [p for p in self.recent_files()
                          if p != path and contract_identity(p) not in same]
        files = files[:MAX_RECENT]
        self.q.setValue("recent/files", files)
        return files

    # the last review file saved for a contract's SHA-256
    def review_for(self, sha256: str) -> str:
        return self._str(f"reviews/{sha256[:32]}", "")

    def remember_review(self, sha256: str, review_file: str) -> None:
        if sha256:
            self.q.setValue(f"reviews/{sha256[:32]}", review_file)

    def clear_recent(self) -> None:
        self.q.setValue("recent/files", [])

    # language, checklist, reviewer
    def language(self) -> str:
        return self._str("ui/language", "")

    def set_language(self, lang: str) -> None:
        self.q.setValue("ui/language", lang)

    def checklist(self) -> str:
        """A bundled checklist id, or a path to a user's YAML; "" = the default."""
        return self._str("review/checklist", "")

    def set_checklist(self, value: str) -> None:
        self.q.setValue("review/checklist", value)

    def reviewer_name(self) -> str:
        return self._str("review/reviewer", "")

    def set_reviewer_name(self, name: str) -> None:
        self.q.setValue("review/reviewer", name)

    # paper for the exports with pages: "a4", "letter", or "" for the locale's
    # (what the CLI does without --paper; reviewer.export.paper decides)
    def export_paper(self) -> str:
        value = self._str("export/paper", "").lower()
        return value if value in ("a4", "letter") else ""

    def set_export_paper(self, paper: str) -> None:
        self.q.setValue("export/paper", paper if paper in ("a4", "letter") else "")

    # window layout
    def geometry(self, key: str) -> QByteArray | None:
        value = self.q.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self.q.setValue(f"window/{key}", value)

    def sync(self) -> None:
        self.q.sync()
