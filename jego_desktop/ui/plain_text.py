"""Text from outside shown as text, never as markup.

QLabel and tooltips guess: a text that looks like HTML is rendered as HTML, so a codec
name, a contact's name from a vCard, a SIP reason or a file name of
`<img src="/dev/zero">` made Qt read /dev/zero until it aborted. Every label of the app
is a `PlainLabel`; a tooltip that carries outside text goes through `plain_tooltip`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from jego_desktop.models.plain_tooltip import plain_tooltip

__all__ = ["PlainLabel", "plain_tooltip"]


class PlainLabel(QLabel):
    """A QLabel whose text is always plain text (no markup, no images, no links)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if text:
            self.setText(text)
