"""Above the composer while the user answers one message: whom and what, and a way out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.style import SPACING


class ReplyBar(QWidget):
    """Shows "Replying to Bob" and the quoted line; hidden when not replying.

    Signals:
        cancelled(): the user closed it (the message will not be a reply).
    """

    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.author = PlainLabel()
        self.author.setObjectName("replyAuthor")
        self.line = PlainLabel()
        self.line.setObjectName("replyLine")
        self.close_button = QToolButton()
        self.close_button.setObjectName("replyCancel")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.cancelled)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(self.author)
        texts.addWidget(self.line)
        row = QHBoxLayout(self)
        row.setContentsMargins(SPACING * 2, SPACING // 2, SPACING, SPACING // 2)
        row.addLayout(texts, 1)
        row.addWidget(self.close_button)
        self._name = ""
        self.hide()
        self._retranslate()

    def show_reply(self, author: str, line: str) -> None:
        self._name = author
        self.line.setText(
            self.line.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, 480)
        )
        self._retranslate()
        self.show()

    def _retranslate(self) -> None:
        self.author.setText(self.tr("Replying to %1").replace("%1", self._name))
        self.close_button.setToolTip(self.tr("Cancel the reply"))
        self.close_button.setAccessibleName(self.tr("Cancel the reply"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
