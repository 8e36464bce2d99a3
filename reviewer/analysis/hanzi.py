"""Traditional Chinese read as simplified, for matching only.

Contracts from Taiwan and Hong Kong write "24小時", "30分鐘", "12個月", "2個工作日",
"每週"; the checklist's phrases and the patterns that read durations and percentages
are written in simplified characters. `simplified(text)` maps every traditional
character that has no use in simplified text (`hanzi_table`, from Unicode's Unihan
data) to its simplified form, one character for one, so every position found in the
mapped text is the same position in the original: the caller quotes the original,
never the mapped text.
"""

from __future__ import annotations

from functools import cache
from types import MappingProxyType
from typing import Final

from reviewer.analysis.hanzi_table import PAIRS

# Pairs Unihan's selection leaves out: "週" is 周's variant, not its traditional form,
# but a week in Taiwan's and Hong Kong's contracts ("每週", "兩週").
_EXTRA = "週周"
_PAIRS = PAIRS + _EXTRA  # traditional, simplified, pairwise: the reading's whole table


# Simplified forms that traditional text also prints as themselves, in the sense a
# contract means: Unihan makes 合 and 同 the simplified forms of 閤 and 衕, 出 of 齣, 面 of
# 麵, 只 of 隻, but a Taiwan contract writes 合同, 出具, 書面, 只有; and 系統, 平台, 每周
# keep 系, 台, 周 (`traditional.ContractScript` writes these as they are unless the
# contract prints another form).
ALSO_TRADITIONAL: Final = "出同合面回制只向表家致才干板千克系台周蒙"


@cache
def traditional_forms() -> MappingProxyType[str, tuple[str, ...]]:
    """Each simplified character's traditional forms in the reading's table ("后": 後)."""
    forms: dict[str, tuple[str, ...]] = {}
    for t, s in zip(_PAIRS[0::2], _PAIRS[1::2], strict=True):
        forms[s] = (*forms.get(s, ()), t)
    return MappingProxyType(forms)


@cache
def _tables() -> tuple[dict[int, int], dict[int, None]]:
    """The reading (traditional -> simplified) and the traditional characters dropped,
    made when a Chinese text first asks (~2 ms)."""
    return str.maketrans(_PAIRS[0::2], _PAIRS[1::2]), dict.fromkeys(map(ord, _PAIRS[0::2]))


def simplified(text: str) -> str:
    """`text` with every traditional-only character in its simplified form (same length)."""
    return text if text.isascii() else text.translate(_tables()[0])


def traditional_count(text: str) -> int:
    """How many of `text`'s characters are traditional-only ones."""
    return 0 if text.isascii() else len(text) - len(text.translate(_tables()[1]))
