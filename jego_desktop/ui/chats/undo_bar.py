"""A line with what was just deleted and an Undo button, while the undo lasts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.style import SPACING


class UndoBar(QWidget):
    """Signals: undo_requested()."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.text = PlainLabel()
        self.text.setObjectName("undoText")
        self.button = QPushButton()
        self.button.setObjectName("undoButton")
        self.button.clicked.connect(self.undo_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(SPACING * 2, SPACING // 2, SPACING * 2, SPACING // 2)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()

    def offer(self, text: str) -> None:
        self.text.setText(text)
        self.button.setText(self.tr("Undo"))
        self.show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.button.setText(self.tr("Undo"))
        super().changeEvent(event)
