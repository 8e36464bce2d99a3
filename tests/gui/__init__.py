"""Helpers for the GUI tests: a presenter that records instead of blocking,
and builders for real contract files and windows."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reviewer.gui.messages import SaveChoice


@dataclass
class RecordingPresenter:
    """Answers dialogs from a script and records what was shown."""

    errors: list[tuple[str, str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    confirms: list[tuple[str, str]] = field(default_factory=list)
    passwords: list[tuple[str, bool]] = field(default_factory=list)
    confirm_answer: bool = True
    password_answers: list[str | None] = field(default_factory=list)
    save_choice: SaveChoice = SaveChoice.DISCARD
    playbook_choice: SaveChoice = SaveChoice.DISCARD
    playbook_questions: list[str] = field(default_factory=list)

    def error(self, title: str, text: str, details: str = "") -> None:
        self.errors.append((title, text, details))

    def info(self, title: str, text: str) -> None:
        self.infos.append((title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.confirms.append((title, text))
        return self.confirm_answer

    def ask_password(self, file_name: str, wrong: bool) -> str | None:
        self.passwords.append((file_name, wrong))
        return self.password_answers.pop(0) if self.password_answers else None

    def ask_save_changes(self, name: str) -> SaveChoice:
        return self.save_choice

    def ask_save_playbook(self, name: str) -> SaveChoice:
        self.playbook_questions.append(name)
        return self.playbook_choice


def corpus_file(name: str, fmt: str, out_dir: Path) -> Path:
    """Build one corpus contract (tests/corpus/src/NAME.txt) as a real PDF or DOCX."""
    from tests.corpus.build import build_docx, build_pdf, parse_source

    src = parse_source(Path(__file__).resolve().parent.parent / "corpus" / "src" / f"{name}.txt")
    out = out_dir / f"{name}.{fmt}"
    (build_pdf if fmt == "pdf" else build_docx)(src, out)
    return out
