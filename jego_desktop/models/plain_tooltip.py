"""Outside text for a tooltip: Qt renders a tooltip that looks like HTML as HTML, so text
from a peer, a server or a file name is escaped first (see ui/plain_text.py)."""

from __future__ import annotations

from PySide6.QtGui import Qt


def plain_tooltip(text: str) -> str:
    """`text` as a tooltip shows it: escaped when Qt would take it for markup."""
    if not Qt.mightBeRichText(text):
        return text
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
