"""The fact vocabulary: the names a checklist's `met` alternative may list under `facts`.

Declared here, with the checklist format, so validating a checklist does not
need the analysis (the analysis imports the checklist, never the other way
round). `reviewer.analysis.facts` implements one extractor per name;
tests/checklist/test_fact_vocabulary.py keeps the two lists equal.
"""

from __future__ import annotations

# Found in one piece of text (reviewer.analysis.facts.EXTRACTORS).
EXTRACTED: tuple[str, ...] = ("duration", "months", "hours", "percent", "time-range", "date")
# Judged over several clauses at once (reviewer.analysis.level_times).
COLLECTIVE: tuple[str, ...] = ("level-durations", "severity-criteria")

FACT_NAMES: frozenset[str] = frozenset(EXTRACTED + COLLECTIVE)
