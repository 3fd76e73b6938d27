"""Where to forward a message: one of the conversations, or a number, name or address."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.domain.conversations import Conversation
from jego_desktop.models.chats.conversation_list import ConversationRole
from jego_desktop.ui.chats.new_chat_dialog import UriFor
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.style import SPACING, Palette


class ForwardDialog(QDialog):
    """Once accepted, `conversation` holds the chosen conversation, or `uri` the peer
    typed (written to on the current account)."""

    def __init__(
        self,
        conversations: QAbstractItemModel,
        make_delegate: Callable[[QListView], QStyledItemDelegate],
        uri_for: UriFor,
        palette: Palette,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("forwardDialog")
        self.setWindowTitle(self.tr("Forward to…"))
        self._uri_for = uri_for
        self.conversation: Conversation | None = None
        self.uri: str | None = None
        self.list = QListView()
        self.list.setObjectName("forwardConversations")
        self.list.setModel(conversations)
        self.list.setItemDelegate(make_delegate(self.list))
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.activated.connect(lambda _index: self.accept())
        self.list.selectionModel().currentChanged.connect(lambda *_args: self._check())
        label = PlainLabel(self.tr("Or a number, name or name@server"))
        self.entry = QLineEdit()
        self.entry.setObjectName("forwardEntry")
        self.entry.setAccessibleName(label.text())
        self.entry.textChanged.connect(lambda _text: self._check())
        label.setBuddy(self.entry)
        self.problem = PlainLabel()
        self.problem.setStyleSheet(f"color: {palette.danger};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(self.tr("Forward"))
        self.send_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setSpacing(SPACING)
        column.addWidget(self.list, 1)
        column.addWidget(label)
        column.addWidget(self.entry)
        column.addWidget(self.problem)
        column.addWidget(self.buttons)
        self.setMinimumSize(380, 420)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _chosen(self) -> Conversation | None:
        index = self.list.currentIndex()
        found = index.data(ConversationRole.CONVERSATION) if index.isValid() else None
        return found if isinstance(found, Conversation) else None

    def _check(self) -> None:
        text = self.entry.text().strip()
        uri, problem = self._uri_for(text) if text else (None, "")
        self.send_button.setEnabled(uri is not None or (not text and self._chosen() is not None))
        self.problem.setText(problem if text and uri is None and "@" not in text else "")
        self.problem.setVisible(bool(self.problem.text()))

    def accept(self) -> None:
        text = self.entry.text().strip()
        if text:
            uri, problem = self._uri_for(text)
            if uri is None:
                self.problem.setText(problem)
                self.problem.show()
                return
            self.uri = uri
        else:
            self.conversation = self._chosen()
            if self.conversation is None:
                return
        super().accept()
