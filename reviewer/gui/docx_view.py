"""A DOCX contract shown as formatted text: headings, numbering, tables.

Built with QTextCursor so we know where every body block (and every table
row) starts and ends; evidence is highlighted with extra selections over
those ranges, which leaves the text itself untouched. ``Location.index`` is
the body block index, ``row`` the table row (0 = first body row).
"""

from __future__ import annotations

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTableFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from reviewer.document import Block, BlockKind, Document, Location

HEADING_SIZES = {1: 1.5, 2: 1.25, 3: 1.1}


class DocxView(QTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(self.textInteractionFlags()
                                     | self.textInteractionFlags().TextSelectableByKeyboard)
        self.ranges: dict[tuple[int, int | None], tuple[int, int]] = {}
        self.document_model: Document | None = None

    def set_document(self, document: Document | None) -> None:
        self.document_model = document
        self.ranges = {}
        doc = QTextDocument(self)
        doc.setDefaultFont(self.font())
        doc.setDocumentMargin(18)
        self.setDocument(doc)
        if document is None:
            return
        cursor = QTextCursor(doc)
        first = True
        for block in document.blocks:
            index = block.location.index if block.location.index is not None else -1
            if not first:
                cursor.insertBlock()
            first = False
            start = cursor.position()
            if block.kind is BlockKind.TABLE and block.table is not None:
                self._insert_table(cursor, block, index)
                cursor.movePosition(QTextCursor.MoveOperation.End)
            else:
                self._insert_paragraph(cursor, block)
            self.ranges[(index, None)] = (start, cursor.position())
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _insert_paragraph(self, cursor: QTextCursor, block: Block) -> None:
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(6)
        char = QTextCharFormat()
        if block.kind is BlockKind.HEADING:
            size = HEADING_SIZES.get(block.level or 3, 1.05)
            char.setFontPointSize(self.font().pointSizeF() * size)
            char.setFontWeight(QFont.Weight.Bold)
            fmt.setTopMargin(10)
        elif block.bold:
            char.setFontWeight(QFont.Weight.Bold)
        cursor.setBlockFormat(fmt)
        if block.number:
            cursor.insertText(block.number + "\u2003", char)
        cursor.insertText(block.text, char)

    def _insert_table(self, cursor: QTextCursor, block: Block, index: int) -> None:
        table = block.table
        assert table is not None
        if table.title:
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            cursor.insertText(table.title, bold)
            cursor.insertBlock()
        cols = max([len(table.header)] + [len(r.cells) for r in table.rows] + [1])
        nrows = len(table.rows) + (1 if table.header else 0)
        tf = QTextTableFormat()
        tf.setBorder(1)
        tf.setBorderCollapse(True)
        tf.setBorderStyle(QTextTableFormat.BorderStyle.BorderStyle_Solid)
        tf.setCellPadding(4)
        tf.setCellSpacing(0)
        tf.setBorderBrush(QColor("#999"))
        tf.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        qt_table = cursor.insertTable(max(nrows, 1), cols, tf)
        offset = 0
        if table.header:
            head = QTextCharFormat()
            head.setFontWeight(QFont.Weight.Bold)
            for c, text in enumerate(table.header):
                qt_table.cellAt(0, c).firstCursorPosition().insertText(text, head)
            offset = 1
        for r, row in enumerate(table.rows):
            for c, text in enumerate(row.cells[:cols]):
                qt_table.cellAt(r + offset, c).firstCursorPosition().insertText(text)
        for r, row in enumerate(table.rows):
            start = qt_table.cellAt(r + offset, 0).firstCursorPosition().position()
            end = qt_table.cellAt(r + offset, cols - 1).lastCursorPosition().position()
            row_no = row.location.row if row.location.row is not None else r
            self.ranges[(index, row_no)] = (start, end)

    # --- evidence ----------------------------------------------------------------
    def range_of(self, loc: Location) -> tuple[int, int] | None:
        if loc.index is None:
            return None
        if loc.row is not None and (loc.index, loc.row) in self.ranges:
            return self.ranges[(loc.index, loc.row)]
        return self.ranges.get((loc.index, None))

    def show_locations(self, locations: list[Location], scroll: bool = True,
                       colour: QColor | None = None) -> bool:
        selections = []
        first: tuple[int, int] | None = None
        for loc in locations:
            rng = self.range_of(loc)
            if rng is None:
                continue
            first = first or rng
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(self.document())
            sel.cursor.setPosition(rng[0])
            sel.cursor.setPosition(rng[1], QTextCursor.MoveMode.KeepAnchor)
            sel.format.setBackground(colour or QColor(255, 214, 0, 140))
            selections.append(sel)
        self.setExtraSelections(selections)
        if scroll and first is not None:
            self.scroll_to_position(first[0])
        return first is not None

    def scroll_to_position(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 4)

    def position_visible(self, position: int) -> bool:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        rect = self.cursorRect(cursor)
        return 0 <= rect.top() < self.viewport().height()

    def selected_blocks(self) -> tuple[str, list[tuple[int, int | None]]]:
        """The selected text and the (block index, row) keys it touches."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return "", []
        a, b = cursor.selectionStart(), cursor.selectionEnd()
        keys = [k for k, (s, e) in self.ranges.items() if s <= b and e >= a]
        # Prefer table rows over the whole table when both overlap.
        rows = {k[0] for k in keys if k[1] is not None}
        keys = [k for k in keys if k[1] is not None or k[0] not in rows]
        text = cursor.selectedText().replace("\u2029", "\n").strip()
        return text, sorted(keys, key=lambda k: (k[0], -1 if k[1] is None else k[1]))
