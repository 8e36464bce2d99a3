"""How the checklist workbooks print, and what the vendor may edit in theirs.

Printing: the paper the user asked for (A4 or Letter, see `paper`), the
table landscape with narrow margins, the header row repeated on every page,
a footer with the contract's name and "Page N of M", the Summary sheet
fitted to one portrait page. The vendor's table fits one page wide at
about 85 % (its column widths are chosen for that); the internal table,
with twice the columns, prints two pages wide, left half then right half of
the same rows, the item's name repeated on both.

Locking: the vendor's sheets are protected WITHOUT a password (so nobody is
locked out of their own file, and so a vendor who must change something can
lift it in one click); only the answer cells are unlocked. Filtering,
sorting and resizing rows and columns stay allowed.
"""

from __future__ import annotations

from openpyxl.styles import Protection
from openpyxl.worksheet.worksheet import Worksheet

from reviewer.language import Language

PAPER_SIZES = {"a4": Worksheet.PAPERSIZE_A4, "letter": Worksheet.PAPERSIZE_LETTER}
MARGIN_SIDE_IN = 0.4
MARGIN_TOP_IN = 0.5
MARGIN_BOTTOM_IN = 0.7  # room for the footer
FOOTER_PT = 8

FOOTER_WORDS = {"en": "Page &P of &N", "zh": "第 &P 页，共 &N 页"}
UNLOCKED = Protection(locked=False)


def _footer_text(text: str) -> str:
    # "&" starts a header/footer code ("&P"): a literal one is written "&&".
    return text.replace("&", "&&")


def set_footer(ws: Worksheet, contract: str, lang: Language) -> None:
    """Contract name on the left, "Page N of M" on the right, on every page."""
    for footer in (ws.oddFooter, ws.evenFooter, ws.firstFooter):
        footer.left.text = _footer_text(contract)
        footer.left.size = FOOTER_PT
        footer.right.text = FOOTER_WORDS["zh" if lang == "zh" else "en"]
        footer.right.size = FOOTER_PT


def _paper_and_margins(ws: Worksheet, paper: str) -> None:
    ws.page_setup.paperSize = PAPER_SIZES[paper]
    margins = ws.page_margins
    margins.left = margins.right = MARGIN_SIDE_IN
    margins.top = MARGIN_TOP_IN
    margins.bottom = MARGIN_BOTTOM_IN
    margins.header = 0.2
    margins.footer = 0.3


def table_print_setup(ws: Worksheet, paper: str, contract: str, lang: Language, *,
                      pages_wide: int = 1, title_columns: str = "") -> None:
    """Landscape, ``pages_wide`` pages across, header row on every page."""
    _paper_and_margins(ws, paper)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = pages_wide
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if pages_wide > 1:
        # Page 1 is the left half of the first rows, page 2 their right half.
        ws.page_setup.pageOrder = "overThenDown"
    ws.print_title_rows = "1:1"
    if title_columns:
        ws.print_title_cols = title_columns
    ws.print_options.horizontalCentered = True
    set_footer(ws, contract, lang)


def summary_print_setup(ws: Worksheet, paper: str, contract: str, lang: Language) -> None:
    """Portrait, the whole sheet on one page."""
    _paper_and_margins(ws, paper)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    set_footer(ws, contract, lang)


def protect(ws: Worksheet) -> None:
    """Lock the sheet without a password; cells keep their own locked flag."""
    p = ws.protection
    p.sheet = True
    # False = allowed: the vendor may filter, sort and resize, not edit locked cells.
    p.autoFilter = False
    p.sort = False
    p.formatRows = False
    p.formatColumns = False
    p.selectLockedCells = False
    p.selectUnlockedCells = False


def unlock(ws: Worksheet, column: int, first_row: int, last_row: int) -> None:
    """Make one column's cells in the rows editable under the sheet's protection."""
    for r in range(first_row, last_row + 1):
        ws.cell(row=r, column=column).protection = UNLOCKED
