"""Asks for a number, a name or a SIP address to write to; says why one cannot be used."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.style import SPACING, Palette

UriFor = Callable[[str], tuple[str | None, str]]  # DialPadModel.uri_for


class NewChatDialog(QDialog):
    """`uri` holds the chosen SIP URI once accepted."""

    def __init__(self, uri_for: UriFor, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newChat")
        self.setWindowTitle(self.tr("New chat"))
        self._uri_for = uri_for
        self.uri: str | None = None
        label = PlainLabel(self.tr("Number, name or name@server"))
        self.entry = QLineEdit()
        self.entry.setObjectName("newChatEntry")
        self.entry.setPlaceholderText(self.tr("e.g. 06 12 34 56 78 or alice@example.org"))
        self.entry.setAccessibleName(label.text())
        label.setBuddy(self.entry)
        self.problem = PlainLabel()
        self.problem.setObjectName("newChatProblem")
        self.problem.setStyleSheet(f"color: {palette.danger};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.open_button.setText(self.tr("Open chat"))
        self.open_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setSpacing(SPACING)
        column.addWidget(label)
        column.addWidget(self.entry)
        column.addWidget(self.problem)
        column.addWidget(self.buttons)
        self.entry.textChanged.connect(self._check)
        self.setMinimumWidth(380)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _check(self, text: str) -> None:
        """Open chat only for what can be written to; say why not as soon as it is typed."""
        uri, problem = self._uri_for(text)
        self.open_button.setEnabled(uri is not None)
        half_typed = "@" in text and uri is None  # "bob@" on its way to "bob@server"
        shown = bool(text.strip()) and uri is None and not half_typed
        self.problem.setText(problem if shown else "")
        self.problem.setVisible(shown)

    def accept(self) -> None:
        uri, problem = self._uri_for(self.entry.text())
        if uri is None:
            self.problem.setText(problem)
            self.problem.show()
            self.entry.setFocus()
            return
        self.uri = uri
        super().accept()
