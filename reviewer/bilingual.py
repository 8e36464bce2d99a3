"""`Text`: a sentence in both output languages.

Its own module so that loading a checklist, whose every title, question and
message is one, does not import the review's and the document's model
(`reviewer.review`, `reviewer.clause`, `reviewer.document`: ~10 ms of
dataclass making in every process that only needs the checklist).
`reviewer.review` offers it under its old name too.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """A sentence in both output languages."""

    en: str
    zh: str

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en
