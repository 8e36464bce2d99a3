"""Traditional Chinese read as simplified, for matching only.

Contracts from Taiwan and Hong Kong write "24小時", "30分鐘", "12個月", "2個工作日",
"每週"; the patterns that read durations and percentages are written in simplified
characters. `simplified(text)` maps the traditional characters those patterns use
(units, numerals and the words around them) to their simplified forms, one character
for one, so every position found in the mapped text is the same position in the
original: the caller quotes the original, never the mapped text.

A small explicit table rather than a full converter: each character here has one
simplified form and no other use in simplified text.
"""

from __future__ import annotations

# Traditional -> simplified, pairwise: units and numerals (時 鐘 個 週 兩 萬 點 曆 務 間),
# and the words of the filters around them (超過, 遲延, 延誤, 持續, 內, 下線, 維護, 廢棄,
# 舊, 繼續, 運行, 低於, 未達, 賠償, 補償, 返還, 順延).
_PAIRS = ("時时鐘钟個个週周兩两萬万點点曆历務务間间"
          "過过遲迟誤误續续內内線线維维護护廢废舊旧繼继運运"
          "於于達达賠赔償偿補补還还順顺")
_TABLE = str.maketrans(_PAIRS[0::2], _PAIRS[1::2])


def simplified(text: str) -> str:
    """`text` with the table's traditional characters in their simplified forms (same length)."""
    return text if text.isascii() else text.translate(_TABLE)
