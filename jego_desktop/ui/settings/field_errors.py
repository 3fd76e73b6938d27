"""An error shown under a form field, and the field marked invalid while it shows."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from jego_desktop.ui.plain_text import PlainLabel


def error_label() -> QLabel:
    label = PlainLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def set_error(field: QLineEdit, label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    field.setProperty("invalid", bool(text))
    field.style().unpolish(field)
    field.style().polish(field)
