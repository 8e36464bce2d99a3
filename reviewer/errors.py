"""Errors a user can cause, each with a message that says what to do.

Every error the CLI or the GUI shows to a person derives from `ReviewerError`.
Its `str()` is the whole user-facing message: what happened, in plain words,
and what to do next. The CLI prints it and exits with status 2; the GUI shows
it in a dialog. Anything that is not a ReviewerError is a bug in our code.
"""

from __future__ import annotations


class ReviewerError(Exception):
    """Base class for errors caused by the user's input, not by a bug."""

    exit_code = 2


class InputError(ReviewerError):
    """A contract file could not be read (missing, unreadable, unsupported...)."""


class PasswordRequired(InputError):
    """The PDF is encrypted and no password (or a wrong one) was given."""

    def __init__(self, message: str, *, wrong_password: bool = False) -> None:
        super().__init__(message)
        self.wrong_password = wrong_password


class NoTextLayer(InputError):
    """The PDF is a scan: it has pages but no text to read."""


class ChecklistError(ReviewerError):
    """A checklist file is invalid. The message names the file, line and key."""

    def __init__(
        self, message: str, *, path: str | None = None, line: int | None = None,
        key: str | None = None,
    ) -> None:
        where = []
        if path:
            where.append(str(path))
        if line is not None:
            where.append(f"line {line}")
        if key:
            where.append(f"key '{key}'")
        full = f"{', '.join(where)}: {message}" if where else message
        super().__init__(full)
        self.path, self.line, self.key = path, line, key


class Cancelled(ReviewerError):
    """The user cancelled a long operation."""

    exit_code = 130
