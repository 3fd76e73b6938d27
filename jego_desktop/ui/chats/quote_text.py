"""The words of a reply's quote and of a taken-back message, in the current language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jego_desktop.domain.messages import Message, MessageDirection, Quote


def _tr(text: str) -> str:
    return QCoreApplication.translate("Quote", text)


def quote_author(quote: Quote, peer_name: str) -> str:
    if quote.direction is MessageDirection.OUTGOING:
        return _tr("You")
    return peer_name or _tr("Them")


def quote_line(quote: Quote) -> str:
    if quote.recalled:
        return _tr("A message taken back")
    if quote.file_name:
        return "📎 " + quote.file_name
    return quote.first_line


def recalled_notice(message: Message, peer_name: str) -> str:
    if message.direction is MessageDirection.OUTGOING:
        return _tr("You took back a message")
    return _tr("%1 took back a message").replace("%1", peer_name or _tr("Your contact"))
