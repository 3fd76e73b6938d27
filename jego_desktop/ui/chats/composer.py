"""Writing a message: multi-line text, Enter sends, Shift+Enter breaks the line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from jego_desktop.ui.chats.offered_files import offered_paths, offered_picture, offers_files
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import SPACING, Palette

if TYPE_CHECKING:
    from jego_desktop.ui.chats.emoji_picker import EmojiPicker

TYPING_IDLE_MS = 5_000  # no key for this long: "stopped typing"
MAX_LINES = 8


class _Editor(QPlainTextEdit):
    """Enter submits; a pasted or dropped file or picture goes to `files_offered` /
    `picture_offered` (once `accepts_files`) instead of becoming text."""

    submitted = Signal()
    files_offered = Signal(list)  # list[Path]
    picture_offered = Signal(QImage)

    def __init__(self) -> None:
        super().__init__()
        self.accepts_files = False

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        if self.accepts_files and offers_files(source):
            return True
        return super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        if self.accepts_files and offers_files(source):
            paths = offered_paths(source)
            if paths:
                self.files_offered.emit(paths)
                return
            picture = offered_picture(source)
            if picture is not None:
                self.picture_offered.emit(picture)
                return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    """The line under a conversation.

    Signals:
        send_requested(str): the text to send (already trimmed, never empty).
        typing_changed(bool): the user started (True) or stopped (False) writing.
        attach_requested(Path): a file the user picked to send.
        record_requested(): the user wants to record a voice message.
        empty_submitted(): Enter or Send with no text (files may be waiting).
    """

    send_requested = Signal(str)
    empty_submitted = Signal()
    typing_changed = Signal(bool)
    attach_requested = Signal(Path)
    record_requested = Signal()

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self._palette = palette
        muted = QColor(palette.muted)
        self.attach_button = self._tool("attach", icon("add", muted))
        self.emoji_button = self._tool("emoji", icon("emoji", muted))
        self.editor = _Editor()
        self.editor.setObjectName("composerEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.record_button = self._tool("record", icon("mic", muted))
        self.send_button = self._tool("send", icon("send", QColor(palette.accent_text)))
        self.send_button.setFixedSize(40, 40)
        self.send_button.setIconSize(QSize(20, 20))
        self.picker: EmojiPicker | None = None

        row = QHBoxLayout(self)
        row.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        row.setSpacing(SPACING // 2)
        row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.editor, 1)
        row.addWidget(self.emoji_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)

        self._typing = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(TYPING_IDLE_MS)
        self._idle.timeout.connect(lambda: self._set_typing(False))
        self.editor.submitted.connect(self.submit)
        self.editor.textChanged.connect(self._on_text_changed)
        self.send_button.clicked.connect(self.submit)
        self.attach_button.clicked.connect(self.choose_file)
        self.record_button.clicked.connect(self.record_requested)
        self.emoji_button.clicked.connect(self.show_emoji)
        self._fit_height()
        self._show_send(False)
        self._retranslate()

    def _tool(self, name: str, picture: QIcon) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"composer_{name}")
        button.setIcon(picture)
        button.setIconSize(QSize(22, 22))
        button.setAutoRaise(True)
        button.setFixedSize(36, 36)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    # ----- actions --------------------------------------------------------------------

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    def submit(self) -> None:
        text = self.text().strip()
        if not text:
            self.empty_submitted.emit()
            return
        self.send_requested.emit(text)

    def clear_after_send(self) -> None:
        """The text went out: empty the editor; the message itself ends "typing"."""
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self._idle.stop()
        self._typing = False
        self._fit_height()
        self._show_send(False)

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # with its enums: not before the first paint

        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Send a file"))
        if path:
            self.attach_requested.emit(Path(path))

    def show_emoji(self) -> None:
        if self.picker is None:
            from jego_desktop.ui.chats.emoji_picker import EmojiPicker

            self.picker = EmojiPicker(self)
            self.picker.chosen.connect(self.insert_text)
        self.picker.popup_above(self.emoji_button)

    def insert_text(self, text: str) -> None:
        self.editor.insertPlainText(text)
        self.editor.setFocus()

    def focus_editor(self) -> None:
        self.editor.setFocus()

    # ----- internals ------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        has_text = bool(self.text().strip())
        self._fit_height()
        self._show_send(has_text)
        if has_text:
            self._set_typing(True)
            self._idle.start()
        else:
            self._idle.stop()
            self._set_typing(False)

    def _set_typing(self, typing: bool) -> None:
        if typing != self._typing:
            self._typing = typing
            self.typing_changed.emit(typing)

    def _show_send(self, has_text: bool) -> None:
        # Like current messengers: the microphone while empty, the send arrow with text.
        self.send_button.setVisible(has_text)
        self.record_button.setVisible(not has_text)

    def _fit_height(self) -> None:
        metrics = self.editor.fontMetrics()
        wanted = int(self.editor.document().size().height())  # lines, in a QPlainTextEdit
        lines = max(1, min(MAX_LINES, wanted))
        self.editor.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if wanted > MAX_LINES
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        margins = self.editor.contentsMargins()
        frame = 2 * self.editor.frameWidth() + margins.top() + margins.bottom()
        # Room for scripts drawn from taller fallback fonts (Chinese) as well.
        self.editor.setFixedHeight(lines * round(metrics.lineSpacing() * 1.3) + frame + 10)

    def _retranslate(self) -> None:
        self.editor.setPlaceholderText(self.tr("Write a message…"))
        self.editor.setAccessibleName(self.tr("Message text"))
        for button, text in (
            (self.attach_button, self.tr("Attach a file")),
            (self.emoji_button, self.tr("Insert an emoji")),
            (self.record_button, self.tr("Record a voice message")),
            (self.send_button, self.tr("Send (Enter)")),
        ):
            button.setToolTip(text)
            button.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
