"""A strip of notices about what the system lacks (sound, keyring, network)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import SPACING

TextMaker = Callable[[], str]


class NoticeArea(QWidget):
    """Shows one line per notice; hidden when there is nothing to say.

    A notice given as a function is written again in the new language on a live switch.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(SPACING * 2, SPACING, SPACING * 2, 0)
        self._layout.setSpacing(SPACING // 2)
        self._notices: dict[str, QFrame] = {}
        self._makers: dict[str, TextMaker] = {}
        self.setVisible(False)

    def set_notice(self, key: str, text: str | TextMaker) -> None:
        """Show `text` under `key` (replacing an older one), or remove it when text is empty.

        `text` may be a function that makes it in the current language."""
        old = self._notices.pop(key, None)
        self._makers.pop(key, None)
        if old is not None:
            old.deleteLater()
        if callable(text):
            self._makers[key] = text
            text = text()
        if text:
            frame = self._make_notice(text)
            frame.setObjectName("notice")
            frame.setAccessibleName(text)
            self._notices[key] = frame
            self._layout.addWidget(frame)
        self.setVisible(bool(self._notices))

    def texts(self) -> list[str]:
        return [frame.accessibleName() for frame in self._notices.values()]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            for key, make in self._makers.items():
                frame = self._notices.get(key)
                label = frame.findChild(QLabel, "noticeText") if frame is not None else None
                if frame is not None and label is not None:
                    text = make()
                    label.setText(text)
                    frame.setAccessibleName(text)
        super().changeEvent(event)

    @staticmethod
    def _make_notice(text: str) -> QFrame:
        frame = QFrame()
        row = QHBoxLayout(frame)
        row.setContentsMargins(SPACING + 4, SPACING, SPACING + 4, SPACING)
        sign = PlainLabel()
        sign.setPixmap(icon("warning").pixmap(18, 18))
        label = PlainLabel(text)
        label.setObjectName("noticeText")
        label.setWordWrap(True)
        row.addWidget(sign)
        row.addWidget(label, 1)
        return frame
